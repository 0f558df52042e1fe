import ExactMath
import FloatMath
import Optimizers

/// Practical SAM does not converge on a one-dimensional quadratic: on f(x) = (a/2)x² with
/// s = ηa ∈ (0, 2) and constant ρ, SAM is x ↦ (1 − s)x − sρ·sign(x), which has the exact
/// 2-cycle ±c, c = sρ/(2 − s); |x_t| → c with ||x_{t+1}| − c| ≤ |1 − s|·||x_t| − c|, so
/// f(x_t) → ac²/2 > 0 while gradient descent with the same η contracts to 0 (Si–Yun 2023, the
/// mechanism behind the Θ̃(1/T²) lower bound of deterministic SAM). Exact over ℚ along T steps
/// of the implementation under test. See Proofs/si-yun-2023/one-dimensional-two-cycle.md.
public struct OneDimensionalTwoCycle: Theorem {
    public typealias Instance = ScalarQuadraticRun

    public struct Measurement: Sendable {
        /// |x_t| along SAM's orbit, t = 0…T.
        public let magnitudes: [Rational]
        /// SAM applied to c and to ηaρ (the amplitude of a wrong derivation).
        public let imageOfAmplitude: Rational, imageOfWrongAmplitude: Rational
        /// |x_t| along gradient descent's orbit.
        public let gradientDescent: [Rational]
    }

    public let id = "si-yun-2023/one-dimensional-two-cycle"
    public let family = Family.sharpnessAware
    public let citation = Citation.siYun2023.at("the one-dimensional quadratic behind the lower bounds for deterministic SAM with constant ρ (as recalled; the cycle is the project's derivation)")
    public let provenance = Provenance.derived(
        "the paper's text was not read (abstract only: SAM with constant ρ converges only to a neighbourhood, Θ̃(1/T²)); the exact 2-cycle, the contraction and the invariant are the project's derivation (Proofs document)")
    public let statement = "On f = (a/2)x² with s = ηa ∈ (0, 2), SAM maps c = sρ/(2 − s) to −c; ||x_{t+1}| − c| ≤ |1 − s|·||x_t| − c| and max(|x_t|, |x_{t+1}|) ≥ min(|x₀|, c) at every step, while GD contracts, |x_{t+1}| ≤ |1 − s|·|x_t|."

    public let methods: SAMMethods

    public init(methods: SAMMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("a > 0, ρ > 0, s = ηa ∈ (0, 2)") { i in
                i.curvature > 0 && i.radius > 0 && i.s > 0 && i.s < 2 ? nil : "a = \(i.curvature), ρ = \(i.radius), s = \(i.s)"
            },
            Hypothesis("x₀ ≠ 0 and |x₀| ≠ c") { i in i.start != 0 && i.start.absoluteValue != i.amplitude ? nil : "x₀ = \(i.start)" },
            Hypothesis("the orbit of x ↦ (1 − s)x − sρ·sign x never hits 0 in T steps") { i in
                var m = i.start.absoluteValue
                for t in 0..<i.steps {
                    m = ((1 - i.s) * m - i.s * i.radius).absoluteValue
                    if m == 0 { return "x_\(t + 1) = 0" }
                }
                return nil
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 5, standard: 10, thorough: 30)
        let steps = scale.pick(quick: 40, standard: 60, thorough: 100)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 12, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let a = Rational(rng.int(in: 1...5))
            let rho = [Rational(1, 10), Rational(1, 4), Rational(1, 2)][rng.int(in: 0...2)]
            // Slot 0: s ∈ (1, 2); slot 1: s ∈ (0, 1); slot 2: s = 1; slot 3: s ∈ (1, 2) started
            // inside the cycle (|x₀| < c); later slots: any s.
            let k: Int
            switch slot {
            case 0, 3: k = rng.int(in: 6...9)
            case 1: k = rng.int(in: 1...4)
            case 2: k = 5
            default: k = rng.int(in: 1...9)
            }
            let s = Rational(k, 5)
            let c = SAMAlgebra.cycleAmplitude(s: s, rho: rho)
            let magnitude: Rational
            if slot == 3 {
                guard c > rho else { return .reject("c ≤ ρ leaves no start in [ρ, c)") }
                magnitude = rho + (c - rho) * Rational(rng.int(in: 1...7), 8)
            } else {
                magnitude = Rational(rng.int(in: 1...40), 4)
            }
            let sign: Rational = rng.int(in: 0...1) == 0 ? -1 : 1
            return .accept(Instance(curvature: a, step: s / a, radius: rho, start: sign * magnitude, steps: steps))
        }
    }

    public func summary(of i: Instance) -> String { "a=\(i.curvature), η=\(i.step) (s=\(i.s)), ρ=\(i.radius), x₀=\(i.start), c=\(i.amplitude), T=\(i.steps)" }
    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.exact("a", i.curvature), .exact("eta", i.step), .exact("rho", i.radius), .exact("x0", i.start), .exact("c", i.amplitude), .int("T", i.steps)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let f = SeparableQuadratic(curvatures: [i.curvature])
        let sam = try methods.sam.exactOrbit(from: [i.start], on: f, step: i.step, radius: i.radius, steps: i.steps)
        let gd = try methods.gradientDescent.exactOrbit(from: [i.start], on: f, step: i.step, radius: i.radius, steps: i.steps)
        return Measurement(magnitudes: sam.map { $0[0].absoluteValue },
                           imageOfAmplitude: try methods.sam.step([i.amplitude], on: f, step: i.step, radius: i.radius)[0],
                           imageOfWrongAmplitude: try methods.sam.step([i.s * i.radius], on: f, step: i.step, radius: i.radius)[0],
                           gradientDescent: gd.map { $0[0].absoluteValue })
    }

    /// The first t at which `holds(t)` fails, judged as an exact comparison of its two sides.
    static func everyStep(_ count: Int, _ what: String, _ relation: Relation,
                          _ sides: (Int) -> (measured: Rational, predicted: Rational)) -> Judgement {
        for t in 0..<count {
            let (m, p) = sides(t)
            let j = Judgement.exact(measured: m, relation, predicted: p, certificate: nil)
            if j.outcome != .holds {
                var failing = j
                failing.reason = "\(what) fails at t = \(t)"
                return failing
            }
        }
        let (m, p) = sides(count - 1)
        return .exact(measured: m, relation, predicted: p, certificate: "\(what): exact at all \(count) steps")
    }

    static func contraction(_ i: Instance, _ m: Measurement, factor: Rational) -> Judgement {
        let c = i.amplitude
        return everyStep(i.steps, "||x_{t+1}| − c| ≤ \(factor)·||x_t| − c|", .atMost) { t in
            ((m.magnitudes[t + 1] - c).absoluteValue, factor * (m.magnitudes[t] - c).absoluteValue)
        }
    }

    static func invariant(_ i: Instance, _ m: Measurement, floor: Rational) -> Judgement {
        everyStep(i.steps, "max(|x_t|, |x_{t+1}|) ≥ \(floor)", .atLeast) { t in (max(m.magnitudes[t], m.magnitudes[t + 1]), floor) }
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("SAM(c) = −c for c = sρ/(2 − s); the contraction toward c and max(|x_t|, |x_{t+1}|) ≥ min(|x₀|, c) hold at every step; GD contracts by |1 − s|", kind: .tight, exact: true) { i, m in
            let s = i.s
            return Judgement.allOf([
                .exact(measured: m.imageOfAmplitude, .equal, predicted: -i.amplitude, certificate: "SAM(c) = −c exactly"),
                Self.contraction(i, m, factor: (1 - s).absoluteValue),
                Self.invariant(i, m, floor: min(i.start.absoluteValue, i.amplitude)),
                Self.everyStep(i.steps, "GD: |x_{t+1}| ≤ |1 − s|·|x_t|", .atMost) { t in
                    (m.gradientDescent[t + 1], (1 - s).absoluteValue * m.gradientDescent[t])
                },
            ])
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the cycle amplitude is ηaρ (SAM(ηaρ) = −ηaρ)", kind: .tight, exact: true) { i, m in
                .exact(measured: m.imageOfWrongAmplitude, .equal, predicted: -(i.s * i.radius), certificate: "SAM(ηaρ) exactly")
            },
            Claim("SAM with constant η converges: |x_T| ≤ c/2", kind: .upperBound, exact: true) { i, m in
                .exact(measured: m.magnitudes[i.steps], .atMost, predicted: i.amplitude / 2, certificate: "|x_T| exactly")
            },
            Claim("the contraction toward c has factor (1 − s)²", kind: .upperBound, exact: true) { i, m in
                Self.contraction(i, m, factor: (1 - i.s) * (1 - i.s))
            },
            Claim("max(|x_t|, |x_{t+1}|) ≥ c at every step, for every s ∈ (0, 2) and x₀", kind: .lowerBound, exact: true) { i, m in
                Self.invariant(i, m, floor: i.amplitude)
            },
        ]
    }
}
