import ExactMath
import FloatMath
import Optimizers

/// Incremental gradient (fixed identity order) on μ-strongly convex, L_max-smooth
/// components with γ ≤ 1/L_max: ‖x_K − x*‖² ≤ (1 − γμ)^{nK}‖x₀ − x*‖² + γ²κn²σ*², one power
/// of n worse than RR's γ²κnσ*²/2. Mishchenko–Khaled–Richtárik (NeurIPS 2020) analyse IG
/// with the same proof; the constant here is the project's (the sequel's Theorem 2 argument
/// with a fixed π and ‖Sᵢ‖² ≤ n²σ*²), decided exactly on the orbit of the method under test.
/// See Proofs/mishchenko-khaled-richtarik-2020/incremental-gradient-bound.md.
public struct IncrementalGradientBound: Theorem {
    public typealias Instance = QuadraticSumInstance

    public struct Measurement: Sendable {
        public let error: Rational
        public let varianceAtOptimum: Rational
        public let transient: Rational
    }

    public let id = "mishchenko-khaled-richtarik-2020/incremental-gradient-bound"
    public let family = Family.shuffling
    public let citation = Citation.mishchenkoKhaledRichtarik2020.at("incremental gradient (IG) analysis")
    public let provenance = Provenance.derived("the constant γ²κn²σ*² is the project's (Proofs/mishchenko-khaled-richtarik-2020/incremental-gradient-bound.md): the RR proof with a fixed order; the paper's abstract confirms an IG analysis, not this constant")
    public let statement = "For μ-strongly convex, L_max-smooth components and γ ≤ 1/L_max, IGD satisfies ‖x_K − x*‖² ≤ (1−γμ)^{nK}‖x₀−x*‖² + γ²κn²σ*²."

    public let methods: any ShufflingMethods

    public init(methods: any ShufflingMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] { MishchenkoRRBound().hypotheses }

    /// G2 instances (two in three) and sorted ±1 offsets in 1-D with n = 16, γa = 1/16 (one in three).
    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 6, standard: 18, thorough: 45)
        let fractions = [Rational(1), Rational(1, 2), Rational(1, 4)]
        return try MishchenkoRRBound.draw(count: count, seed: seed, hypotheses: hypotheses) { i, rng in
            if i % 3 == 2 {
                let n = 16
                let offsets = (0..<n).map { $0 < n / 2 ? Rational(1) : Rational(-1) }
                let s = ScalarShufflingInstance(curvature: 1, offsets: offsets, step: Rational(1, 16), start: 0, epochs: rng.int(in: 2...4))
                return QuadraticSumInstance(problem: s.problem, mu: 1, smoothness: 1, step: s.step, start: Vector([0]), epochs: s.epochs)
            }
            return QuadraticSumInstance.random(n: rng.int(in: 2...8), d: rng.int(in: 1...3), epochs: rng.int(in: 1...4),
                                               stepFraction: fractions[i % 3], startAtOptimum: i % 2 == 0, using: &rng)
        }
    }

    public func summary(of instance: Instance) -> String { instance.summary }

    public func parameters(of i: Instance) -> [InstanceParameter] { MishchenkoRRBound.parameters(i) + [.text("schemes", "igd")] }

    public func measure(_ i: Instance) throws -> Measurement {
        let optimum = try i.problem.optimum()
        let e = try methods.expectation(.incremental, problem: i.problem, step: i.step, from: i.start, epochs: i.epochs).expectedSquaredDistance
        let r0 = (i.start - optimum).squaredNorm
        return Measurement(error: e, varianceAtOptimum: i.problem.varianceAtOptimum(i.problem.gradients(at: optimum)),
                           transient: (1 - i.step * i.mu).power(i.problem.count * i.epochs) * r0)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("‖x_K − x*‖² ≤ (1−γμ)^{nK}r₀ + γ²κn²σ*², exactly", kind: .upperBound, exact: true) { i, m in
            let n = Rational(i.problem.count)
            return .exact(measured: m.error, .atMost,
                          predicted: m.transient + i.step * i.step * (i.smoothness / i.mu) * n * n * m.varianceAtOptimum)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("IGD obeys RR's bound: ‖x_K − x*‖² ≤ (1−γμ)^{nK}r₀ + γ²κnσ*²/2", kind: .upperBound, exact: true) { i, m in
                .exact(measured: m.error, .atMost,
                       predicted: m.transient + i.step * i.step * (i.smoothness / i.mu) * Rational(i.problem.count) * m.varianceAtOptimum / 2)
            },
        ]
    }
}
