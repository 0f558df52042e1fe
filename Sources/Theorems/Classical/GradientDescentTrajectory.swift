import ExactMath
import FloatMath
import Optimizers

/// The iterates of gradient descent on f(x) = ½xᵀAx − bᵀx contract towards x* = A⁻¹b at the
/// spectral rate q = max(|1 − ημ|, |1 − ηL|) at every step, in distance and in function
/// value: ‖x_k − x*‖² ≤ q^{2k}‖x₀ − x*‖² and f(x_k) − f* ≤ q^{2k}(f(x₀) − f*), with equality
/// in distance when x₀ − x* is an eigenvector of the eigenvalue that sets q.
///
/// Polyak, *Introduction to Optimization* (1987), Ch. 1 §4 (the gradient method's linear
/// convergence, quadratic case). Decided exactly on the method's own rational iterates from
/// its own initial state, with a nonzero linear term b, over a fixed number of steps. See
/// Proofs/polyak-1987/gd-trajectory.md.
public struct GradientDescentTrajectory: Theorem {
    public struct Instance: Sendable {
        public let quadratic: SpectralQuadratic
        public let step: Rational
        /// The minimizer x* (b = A x*).
        public let minimizer: Vector<Rational>
        /// The start x₀.
        public let start: Vector<Rational>
        /// Whether x₀ − x* is an eigenvector of the eigenvalue that sets q (equality expected).
        public let alongRateEigenvector: Bool
        public let steps: Int

        /// q = max(|1 − ημ|, |1 − ηL|).
        public var rate: Rational {
            max((1 - step * quadratic.mu).absoluteValue, (1 - step * quadratic.smoothness).absoluteValue)
        }
        public var objective: QuadraticObjective<Rational> {
            QuadraticObjective(hessian: quadratic.hessian, linear: quadratic.hessian * minimizer)
        }
    }

    /// ‖x_k − x*‖² and f(x_k) − f* for k = 0…K, exact.
    public struct Measurement: Sendable {
        public let distances: [Rational]
        public let gaps: [Rational]
    }

    public let id = "polyak-1987/gd-trajectory"
    public let family = Family.classical
    public let citation = Citation.polyak1987.at("Chapter 1, §4 (gradient method, linear convergence on quadratics)")
    public let provenance = Provenance.derived(
        "the per-step contraction in distance and function value, and its equality along the rate-setting eigenvector, are re-derived in the Proofs document; Polyak's book, cited for the result, was not reachable")
    public let statement = "Gradient descent on f = ½xᵀAx − bᵀx with spec(A) ⊂ [μ, L] ∋ μ, L has ‖x_k − x*‖² ≤ q^{2k}‖x₀ − x*‖² and f(x_k) − f* ≤ q^{2k}(f(x₀) − f*), q = max(|1 − ημ|, |1 − ηL|), with equality in distance along the eigenvector that sets q."
    public let methods: ClassicalMethods

    public init(methods: ClassicalMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            QuadraticHypotheses.spectrum { $0.quadratic },
            Hypothesis("step η > 0, a start x₀ ≠ x* and b ≠ 0 (x* ≠ 0)") { i in
                guard i.step > 0 else { return "η = \(i.step)" }
                guard i.start != i.minimizer else { return "x₀ = x*" }
                return i.minimizer.elements.allSatisfy(\.isZero) ? "x* = 0" : nil
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 6, standard: 12, thorough: 30)
        let steps = scale.pick(quick: 6, standard: 10, thorough: 14)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 8, hypotheses: hypotheses) { i, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let d = rng.int(in: 2...4)
            let mu = Rational(rng.int(in: 1...4), rng.int(in: 1...4))
            let q = try SpectralQuadratic.random(dimension: d, mu: mu, smoothness: mu * Rational(rng.int(in: 2...20)), using: &rng)
            // Steps: tuned 2/(μ+L), shorter (μ sets q) or longer up to 2/L (L sets q).
            let tuned = 2 / (q.mu + q.smoothness), t = Rational(rng.int(in: 1...9), 10)
            let step: Rational = switch i % 3 {
            case 0: tuned
            case 1: tuned * t
            default: tuned + t * (2 / q.smoothness - tuned)
            }
            let minimizer = Vector((0..<d).map { _ in Rational(rng.int(in: -4...4), rng.int(in: 1...3)) })
            let along = i % 2 == 0
            let direction: Vector<Rational>
            if along {
                let muSets = (1 - step * q.mu).absoluteValue >= (1 - step * q.smoothness).absoluteValue
                direction = Rational(rng.int(in: 1...3)) * q.eigenvector(muSets ? 0 : d - 1)
            } else {
                direction = Vector((0..<d).map { _ in Rational(rng.int(in: -3...3)) })
            }
            guard !direction.elements.allSatisfy(\.isZero) else { return .reject("x₀ = x*") }
            return .accept(Instance(quadratic: q, step: step, minimizer: minimizer, start: minimizer + direction,
                                    alongRateEigenvector: along, steps: steps))
        }
    }

    public func summary(of i: Instance) -> String {
        "\(i.quadratic.summary), η=\(i.step), q=\(i.rate), \(i.steps) steps, x₀ − x* \(i.alongRateEigenvector ? "along the rate-setting eigenvector" : "generic")"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        i.quadratic.parameters + [.exact("eta", i.step), .exact("q", i.rate), .int("T", i.steps),
                                  .text("start", i.alongRateEigenvector ? "eigenvector" : "generic")]
    }

    public func measure(_ i: Instance) -> Measurement {
        let objective = i.objective
        let xs = methods.gradientDescent.exact(FirstOrderParameters(step: i.step)).run(on: objective, from: i.start, steps: i.steps)
        let optimum = objective.value(i.minimizer)
        return Measurement(distances: xs.map { ($0 - i.minimizer).dot($0 - i.minimizer) },
                           gaps: xs.map { objective.value($0) - optimum })
    }

    /// max over k of ‖e_k‖²/(r^{2k}‖e₀‖²) and of the function gaps' ratio (r > 0), exact; and
    /// whether the distance ratio equals 1 at every k.
    static func worstRatios(_ m: Measurement, rate r: Rational, distancePower: Int = 2) -> (distance: Rational, gap: Rational, allEqual: Bool) {
        var distance = Rational.zero, gap = Rational.zero, allEqual = true
        for k in 0..<m.distances.count {
            let d = m.distances[k] / (r.power(distancePower * k) * m.distances[0])
            let g = m.gaps[k] / (r.power(2 * k) * m.gaps[0])
            distance = max(distance, d)
            gap = max(gap, g)
            if d != 1 { allEqual = false }
        }
        return (distance, gap, allEqual)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("‖x_k − x*‖² ≤ q^{2k}‖x₀ − x*‖² and f(x_k) − f* ≤ q^{2k}(f(x₀) − f*) for every k ≤ T, with equality in distance along the rate-setting eigenvector", kind: .upperBound, exact: true) { i, m in
            let w = Self.worstRatios(m, rate: i.rate)
            let worst = max(w.distance, w.gap)
            var j = Judgement.exact(measured: worst, .atMost, predicted: 1,
                                    certificate: "exact iterates, k = 0…\(i.steps); measured = max_k of both ratios to q^{2k}")
            if j.outcome == .holds, i.alongRateEigenvector, !w.allEqual {
                j = Judgement.exact(measured: w.distance, .equal, predicted: 1,
                                    certificate: "x₀ − x* is an eigenvector of the rate-setting eigenvalue, so ‖x_k − x*‖² = q^{2k}‖x₀ − x*‖² at every k; it is not")
            }
            return j
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("every step contracts at the tuned rate: ‖x_k − x*‖ ≤ ((κ−1)/(κ+1))^k‖x₀ − x*‖", kind: .upperBound, exact: true) { i, m in
                let k = i.quadratic.conditionNumber
                return Judgement.exact(measured: Self.worstRatios(m, rate: (k - 1) / (k + 1)).distance, .atMost, predicted: 1,
                                       certificate: "max_k of ‖e_k‖²/(r^{2k}‖e₀‖²), r = (κ−1)/(κ+1)")
            },
            Claim("the distance contracts at the function gap's rate: ‖x_k − x*‖² ≤ q^{4k}‖x₀ − x*‖²", kind: .upperBound, exact: true) { i, m in
                guard i.rate < 1 else { return .inapplicable("stated for a contracting step") }
                return Judgement.exact(measured: Self.worstRatios(m, rate: i.rate, distancePower: 4).distance, .atMost, predicted: 1,
                                       certificate: "max_k of ‖e_k‖²/(q^{4k}‖e₀‖²)")
            },
        ]
    }
}
