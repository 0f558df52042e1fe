import ExactMath
import FloatMath
import Optimizers

/// Mishchenko–Khaled–Richtárik (NeurIPS 2020, Theorem 1; restated as Theorem 2 with ψ = 0
/// in the proximal sequel, arXiv 2102.06704): if every fᵢ is μ-strongly convex and
/// L_max-smooth and γ ≤ 1/L_max, then RR and SS (shuffle once) satisfy
/// E‖x_K − x*‖² ≤ (1 − γμ)^{nK}‖x₀ − x*‖² + 2γ²σ²_rad/μ ≤ (1 − γμ)^{nK}‖x₀ − x*‖² + γ²κnσ*²/2.
///
/// Checked exactly on rational quadratic sums with certified μ and L (LDLᵀ): E_RR, E_SS and
/// σ²_rad from the methods under test (the project's: enumeration and moment propagation). The slack
/// (bound ÷ E_RR) is recorded in the certificate. See
/// Proofs/mishchenko-khaled-richtarik-2020/rr-ss-strongly-convex-bound.md.
public struct MishchenkoRRBound: Theorem {
    public typealias Instance = QuadraticSumInstance

    /// Exact quantities on one instance.
    public struct Measurement: Sendable {
        public let rr: Rational
        public let ss: Rational
        public let shufflingRadius: Rational
        public let varianceAtOptimum: Rational
        public let initialDistance: Rational
        /// (1 − γμ)^{nK} r₀.
        public let transient: Rational
    }

    public let id = "mishchenko-khaled-richtarik-2020/rr-ss-strongly-convex-bound"
    public let family = Family.shuffling
    public let citation = Citation.mishchenkoKhaledRichtarik2020.at("Theorem 1 (restated as Theorem 2 with ψ = 0 of Proximal and Federated Random Reshuffling, whose Theorem 1 gives σ²_rad ≤ L_max nσ*²/4)")
    public let provenance = Provenance.paper("Proximal and Federated Random Reshuffling (arXiv 2102.06704, anonymous submission text), Theorem 2 with ψ = 0, Theorem 1, and the remark that they recover the 2020 result; κ = L_max/μ as defined there")
    public let statement = "For μ-strongly convex, L_max-smooth components and γ ≤ 1/L_max, RR and SS satisfy E‖x_K − x*‖² ≤ (1−γμ)^{nK}‖x₀−x*‖² + 2γ²σ²_rad/μ ≤ (1−γμ)^{nK}‖x₀−x*‖² + γ²κnσ*²/2."

    public let methods: any ShufflingMethods
    public let generators: ShufflingGenerators

    public init(methods: any ShufflingMethods = .project, generators: ShufflingGenerators = .project) {
        self.methods = methods
        self.generators = generators
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("every Aᵢ symmetric with μI ⪯ Aᵢ ⪯ L_max·I, μ > 0 (exact LDLᵀ)") { $0.certificationFailure() },
            Hypothesis("0 < γ ≤ 1/L_max") { i in i.step > 0 && i.step * i.smoothness <= 1 ? nil : "γ·L = \(i.step * i.smoothness)" },
        ]
    }

    /// G2 instances (three in four) and 1-D equal-curvature instances at γ = 1/L (one in four),
    /// through ``InstanceSearch``: the hypotheses are checked on every draw, and a draw with
    /// σ*² = 0 (every component minimized at x*: no noise, every bound trivially tight) is re-drawn.
    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 8, standard: 20, thorough: 48)
        let maxN = scale.pick(quick: 4, standard: 5, thorough: 5)
        let maxD = scale.pick(quick: 2, standard: 3, thorough: 3)
        let maxK = scale.pick(quick: 3, standard: 4, thorough: 6)
        return try Self.draw(count: count, seed: seed, hypotheses: hypotheses) { i, rng in
            let n = rng.int(in: 2...maxN), k = rng.int(in: 1...maxK)
            if i % 4 == 3 {
                let s = generators.scalar(n, k, &rng)
                return QuadraticSumInstance(problem: s.problem, mu: s.curvature, smoothness: s.curvature,
                                            step: 1 / s.curvature, start: Vector([0]), epochs: k)
            }
            return QuadraticSumInstance.random(n: n, d: rng.int(in: 1...maxD), epochs: k, stepFraction: [Rational(1), Rational(1, 2), Rational(1, 4)][i % 3],
                                               startAtOptimum: i % 2 == 0, using: &rng)
        }
    }

    /// Bounded re-drawing of quadratic-sum instances: the hypotheses on every draw, and σ*² > 0.
    static func draw(count: Int, seed: UInt64, hypotheses: [Hypothesis<Instance>],
                     _ make: (Int, inout SeededGenerator) -> Instance) throws -> [Instance] {
        try InstanceSearch.draw(count: count, maxAttempts: 4 * count, minimumAcceptance: 0.5, hypotheses: hypotheses) { index in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(index))
            let instance = make(index, &rng)
            guard let x = try? instance.problem.optimum() else { return .reject("the mean Hessian is singular") }
            return instance.problem.varianceAtOptimum(instance.problem.gradients(at: x)).isZero
                ? .reject("σ*² = 0 (every component is minimized at x*)") : .accept(instance)
        }
    }

    public func summary(of instance: Instance) -> String { instance.summary }

    public func parameters(of i: Instance) -> [InstanceParameter] { Self.parameters(i) + [.text("schemes", "rr, ss")] }

    /// n, d, μ, L, κ = L/μ, γ, K of a quadratic-sum instance.
    static func parameters(_ i: Instance) -> [InstanceParameter] {
        [.int("n", i.problem.count), .int("d", i.problem.dimension), .exact("μ", i.mu), .exact("L", i.smoothness),
         .exact("κ", i.smoothness / i.mu), .exact("γ", i.step), .int("K", i.epochs)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let optimum = try i.problem.optimum()
        let g = i.problem.gradients(at: optimum)
        let rr = try methods.expectation(.randomReshuffling, problem: i.problem, step: i.step, from: i.start, epochs: i.epochs).expectedSquaredDistance
        let ss = try methods.expectation(.singleShuffle, problem: i.problem, step: i.step, from: i.start, epochs: i.epochs).expectedSquaredDistance
        let r0 = (i.start - optimum).squaredNorm
        return Measurement(rr: rr, ss: ss, shufflingRadius: try methods.shufflingRadius(problem: i.problem),
                           varianceAtOptimum: i.problem.varianceAtOptimum(g),
                           initialDistance: r0, transient: (1 - i.step * i.mu).power(i.problem.count * i.epochs) * r0)
    }

    /// (1−γμ)^{nK} r₀ + 2γ²σ²_rad/μ.
    static func radiusBound(_ i: Instance, _ m: Measurement) -> Rational {
        m.transient + 2 * i.step * i.step * m.shufflingRadius / i.mu
    }

    /// (1−γμ)^{nK} r₀ + γ²κnσ*²/2.
    static func varianceBound(_ i: Instance, _ m: Measurement) -> Rational {
        m.transient + i.step * i.step * (i.smoothness / i.mu) * Rational(i.problem.count) * m.varianceAtOptimum / 2
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("E_RR ≤ (1−γμ)^{nK}r₀ + 2γ²σ²_rad/μ, E_SS ≤ the same, and that ≤ (1−γμ)^{nK}r₀ + γ²κnσ*²/2, exactly",
              kind: .upperBound, exact: true) { i, m in
            let b = Self.radiusBound(i, m), v = Self.varianceBound(i, m)
            var j = JudgementConjunction.all([
                ("E_RR ≤ B_rad", .exact(measured: m.rr, .atMost, predicted: b)),
                ("E_SS ≤ B_rad", .exact(measured: m.ss, .atMost, predicted: b)),
                ("B_rad ≤ B_σ", .exact(measured: b, .atMost, predicted: v)),
            ])
            if j.outcome == .holds && m.rr > 0 {
                let slack = (v / m.rr).doubleValue, slackRad = (b / m.rr).doubleValue
                j.certificate = (j.certificate ?? "") + "; slack B_σ/E_RR = \(Quantity.format(slack)), B_rad/E_RR = \(Quantity.format(slackRad))"
            }
            return j
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the bound without the factor n: E_RR ≤ (1−γμ)^{nK}r₀ + γ²κσ*²/2", kind: .upperBound, exact: true) { i, m in
                .exact(measured: m.rr, .atMost,
                       predicted: m.transient + i.step * i.step * (i.smoothness / i.mu) * m.varianceAtOptimum / 2)
            },
            Claim("RR converges linearly to x* with no noise floor: E_RR ≤ (1−γμ)^{nK}r₀", kind: .upperBound, exact: true) { _, m in
                .exact(measured: m.rr, .atMost, predicted: m.transient)
            },
        ]
    }
}
