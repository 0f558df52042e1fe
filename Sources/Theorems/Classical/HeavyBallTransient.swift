import ExactMath
import FloatMath
import Optimizers

/// Heavy-ball at Polyak's parameters, started at rest (x₋₁ = x₀), is critically damped along
/// the extreme eigenvectors: with ρ = (√κ − 1)/(√κ + 1), the error x_k − x* is exactly
/// ρ^k(1 + k(1 − ρ))·(x₀ − x*) when x₀ − x* is an eigenvector of μ, and
/// (−ρ)^k(1 + k(1 + ρ))·(x₀ − x*) when it is an eigenvector of L — the double roots ±ρ of
/// the two-step recursion, so the error first grows by the factor 1 + k(1 ∓ ρ) before the
/// rate ρ takes over.
///
/// Polyak, *Introduction to Optimization* (1987), Ch. 3 §2 (heavy-ball method); the closed
/// form of the transient is the project's derivation. Decided exactly on the method's own
/// rational iterates from its own initial state, with a nonzero linear term b. See
/// Proofs/polyak-1987/heavy-ball-transient.md.
public struct HeavyBallTransient: Theorem {
    public struct Instance: Sendable {
        public let base: HeavyBallQuadraticRate.Instance
        public let minimizer: Vector<Rational>
        /// x₀ − x*: a multiple of the eigenvector of μ (`alongMu`) or of L.
        public let direction: Vector<Rational>
        public let alongMu: Bool
        public let steps: Int

        public var rate: Rational { HeavyBallQuadraticRate.heavyBallRate(base) }
        /// The predicted coefficient c_k with x_k − x* = c_k (x₀ − x*).
        public func coefficient(_ k: Int) -> Rational {
            let r = rate
            return alongMu ? r.power(k) * (1 + Rational(k) * (1 - r)) : (-r).power(k) * (1 + Rational(k) * (1 + r))
        }
    }

    /// The errors x_k − x* for k = 0…K, exact.
    public struct Measurement: Sendable {
        public let errors: [Vector<Rational>]
    }

    public let id = "polyak-1987/heavy-ball-transient"
    public let family = Family.classical
    public let citation = Citation.polyak1987.at("Chapter 3, §2 (heavy-ball method, quadratic case)")
    public let provenance = Provenance.derived(
        "the closed form of the critically damped transient along the extreme eigenvectors is the project's derivation (Proofs document); Polyak's book, cited for the method and its parameters, was not reachable")
    public let statement = "Heavy-ball at α = 4/(√L+√μ)², β = ρ², ρ = (√κ−1)/(√κ+1), started at rest, has x_k − x* = ρ^k(1 + k(1−ρ))(x₀ − x*) along the eigenvector of μ and (−ρ)^k(1 + k(1+ρ))(x₀ − x*) along that of L, exactly."
    public let methods: ClassicalMethods

    public init(methods: ClassicalMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] {
        HeavyBallQuadraticRate().hypotheses.map { h in Hypothesis(h.statement) { h.check($0.base) } } + [
            Hypothesis("x₀ − x* is a nonzero eigenvector of μ (or of L), and x* ≠ 0") { i in
                let q = i.base.quadratic
                guard !i.direction.elements.allSatisfy(\.isZero) else { return "x₀ = x*" }
                guard !i.minimizer.elements.allSatisfy(\.isZero) else { return "x* = 0" }
                let lambda = i.alongMu ? q.mu : q.smoothness
                return q.hessian * i.direction == lambda * i.direction ? nil : "x₀ − x* is not an eigenvector of \(lambda)"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let steps = scale.pick(quick: 6, standard: 10, thorough: 14)
        let bases = try HeavyBallQuadraticRate.draw(seed: seed, scale: scale, hypotheses: HeavyBallQuadraticRate().hypotheses)
        return try SlotSearch.draw(slots: bases.count, attemptsPerSlot: 4, hypotheses: hypotheses) { k, _, stream in
            var rng = SeededGenerator.stream(seed: seed ^ 0x7E4A_5C0B, index: stream)
            let base = bases[k], q = base.quadratic
            let minimizer = Vector((0..<q.dimension).map { _ in Rational(rng.int(in: -4...4), rng.int(in: 1...3)) })
            let alongMu = k % 2 == 0
            let direction = Rational(rng.int(in: 1...3)) * q.eigenvector(alongMu ? 0 : q.dimension - 1)
            return .accept(Instance(base: base, minimizer: minimizer, direction: direction, alongMu: alongMu, steps: steps))
        }
    }

    public func summary(of i: Instance) -> String {
        "\(i.base.quadratic.summary), ρ=\(i.rate), \(i.steps) steps from rest, x₀ − x* along the eigenvector of \(i.alongMu ? "μ" : "L")"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        HeavyBallQuadraticRate().parameters(of: i.base) + [.exact("rho", i.rate), .int("T", i.steps), .text("start", i.alongMu ? "eigenvector of mu" : "eigenvector of L")]
    }

    public func measure(_ i: Instance) -> Measurement {
        let (step, momentum) = HeavyBallQuadraticRate.tunedParameters(i.base)
        let a = i.base.quadratic.hessian
        let objective = QuadraticObjective(hessian: a, linear: a * i.minimizer)
        let xs = methods.heavyBall.exact(FirstOrderParameters(step: step, momentum: momentum))
            .run(on: objective, from: i.minimizer + i.direction, steps: i.steps)
        return Measurement(errors: xs.map { $0 - i.minimizer })
    }

    /// The number of k at which e_k ≠ c_k·e₀.
    static func mismatches(_ m: Measurement, _ i: Instance, coefficient: (Int) -> Rational) -> Int {
        m.errors.indices.filter { m.errors[$0] != coefficient($0) * i.direction }.count
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("x_k − x* = ρ^k(1 + k(1−ρ))(x₀ − x*) along μ's eigenvector, (−ρ)^k(1 + k(1+ρ))(x₀ − x*) along L's, for every k ≤ T", kind: .tight, exact: true) { i, m in
            Judgement.exact(measured: Rational(Self.mismatches(m, i, coefficient: i.coefficient)), .equal, predicted: 0,
                            certificate: "exact iterates from rest, k = 0…\(i.steps), compared entry by entry; measured = number of k that differ")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("no transient: ‖x_k − x*‖ ≤ ρ^k‖x₀ − x*‖ at every k", kind: .upperBound, exact: true) { i, m in
                let e0 = i.direction.dot(i.direction)
                let worst = m.errors.indices.map { m.errors[$0].dot(m.errors[$0]) / (i.rate.power(2 * $0) * e0) }.max() ?? 0
                return Judgement.exact(measured: worst, .atMost, predicted: 1, certificate: "max_k of ‖e_k‖²/(ρ^{2k}‖e₀‖²)")
            },
            Claim("the transient factor is 1 + k: x_k − x* = (±ρ)^k(1 + k)(x₀ − x*)", kind: .tight, exact: true) { i, m in
                let sign: Rational = i.alongMu ? 1 : -1
                let wrong = Self.mismatches(m, i) { k in (sign * i.rate).power(k) * (1 + Rational(k)) }
                return Judgement.exact(measured: Rational(wrong), .equal, predicted: 0, certificate: "measured = number of k that differ")
            },
        ]
    }
}
