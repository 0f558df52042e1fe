import ExactMath
import FloatMath
import Optimizers

/// Heavy-ball momentum with Polyak's tuned parameters α = 4/(√L + √μ)²,
/// β = ((√κ − 1)/(√κ + 1))² has iteration-matrix spectral radius exactly
/// (√κ − 1)/(√κ + 1) on every quadratic with spec(A) ⊂ [μ, L]; gradient descent, at any
/// constant step, cannot do better than (κ − 1)/(κ + 1).
///
/// Polyak, *Introduction to Optimization* (1987), Ch. 3 §2 (heavy-ball method);
/// Lessard–Recht–Packard, SIAM J. Optim. 2016, §2.2. Instances take μ and L perfect
/// squares of rationals, so √κ, α, β and the rate are rational and the check is exact.
/// See Proofs/polyak-1987/heavy-ball-quadratic-rate.md.
public struct HeavyBallQuadraticRate: Theorem {
    public struct Instance: Sendable {
        public let quadratic: SpectralQuadratic
        /// √μ and √L (rational by construction).
        public let sqrtMu: Rational
        public let sqrtL: Rational
    }

    /// The exact evidence for the heavy-ball matrix and for GD at its best step.
    public struct Measurement: Sendable {
        public let heavyBall: SpectralRadiusEvidence
        public let gradientDescentAtBestStep: SpectralRadiusEvidence
    }

    public let id = "polyak-1987/heavy-ball-quadratic-rate"
    public let family = Family.classical
    public let citation = Citation.polyak1987.at("Chapter 3, §2 (heavy-ball method, quadratic case)")
    public let provenance = Provenance.derived(
        "the spectrum of the heavy-ball matrix at Polyak's parameters is re-derived in the Proofs document; Polyak's book, cited for the method and its parameters, was not reachable")
    public let statement = "Heavy-ball with α = 4/(√L+√μ)², β = ((√κ−1)/(√κ+1))² on f = ½xᵀAx with spec(A) ⊂ [μ, L] ∋ μ, L has spectral radius exactly (√κ−1)/(√κ+1), below gradient descent's best (κ−1)/(κ+1)."
    public let methods: ClassicalMethods
    public let tests: RootRadiusTests

    public init(methods: ClassicalMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            QuadraticHypotheses.spectrum { $0.quadratic },
            Hypothesis("√μ, √L are the rational square roots used") { i in
                i.sqrtMu > 0 && i.sqrtMu * i.sqrtMu == i.quadratic.mu && i.sqrtL * i.sqrtL == i.quadratic.smoothness
                    ? nil : "square roots do not square to μ, L"
            },
        ]
    }

    /// Random quadratics with rational √μ and √L.
    static func draw(seed: UInt64, scale: Scale, hypotheses: [Hypothesis<Instance>]) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 10, thorough: 30)
        let maxDimension = scale.pick(quick: 3, standard: 4, thorough: 5)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 4, hypotheses: hypotheses) { _, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let d = rng.int(in: 2...maxDimension)
            let sqrtMu = Rational(rng.int(in: 1...3), rng.int(in: 1...3))
            let sqrtL = sqrtMu * Rational(rng.int(in: 2...12))
            let q = try SpectralQuadratic.random(dimension: d, mu: sqrtMu * sqrtMu, smoothness: sqrtL * sqrtL, using: &rng)
            return .accept(Instance(quadratic: q, sqrtMu: sqrtMu, sqrtL: sqrtL))
        }
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        try Self.draw(seed: seed, scale: scale, hypotheses: hypotheses)
    }

    public func summary(of instance: Instance) -> String { instance.quadratic.summary }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        let (alpha, beta) = Self.tunedParameters(i)
        return i.quadratic.parameters + [.exact("alpha", alpha), .exact("beta", beta)]
    }

    /// Polyak's tuned (α, β).
    static func tunedParameters(_ i: Instance) -> (step: Rational, momentum: Rational) {
        let s = i.sqrtL + i.sqrtMu
        let r = (i.sqrtL - i.sqrtMu) / s
        return (4 / (s * s), r * r)
    }

    /// (√κ − 1)/(√κ + 1).
    static func heavyBallRate(_ i: Instance) -> Rational { (i.sqrtL - i.sqrtMu) / (i.sqrtL + i.sqrtMu) }

    public func measure(_ instance: Instance) -> Measurement {
        let (step, momentum) = Self.tunedParameters(instance)
        let a = instance.quadratic.hessian
        let hb = methods.heavyBall.exact(FirstOrderParameters(step: step, momentum: momentum)).iterationMatrix(hessian: a)
        let bestStep = 2 / (instance.quadratic.mu + instance.quadratic.smoothness)
        let gd = methods.gradientDescent.exact(FirstOrderParameters(step: bestStep)).iterationMatrix(hessian: a)
        return Measurement(heavyBall: SpectralRadiusEvidence(matrix: hb, tests: tests),
                           gradientDescentAtBestStep: SpectralRadiusEvidence(matrix: gd, tests: tests))
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("ρ(M_HB) = (√κ−1)/(√κ+1), exactly", kind: .tight, exact: true) { instance, m in
            m.heavyBall.judgeEqual(Self.heavyBallRate(instance))
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            // For every η, ρ(I − ηA) ≥ max(|1−ημ|, |1−ηL|) ≥ (κ−1)/(κ+1) because μ and L are
            // eigenvalues (hypothesis); the minimum is attained at η = 2/(μ+L). So GD attains
            // the heavy-ball rate at some step iff it does at this one: decided exactly there.
            Claim("gradient descent with a suitable constant step attains the heavy-ball rate (√κ−1)/(√κ+1)", kind: .upperBound, exact: true) { instance, m in
                m.gradientDescentAtBestStep.judgeAtMost(Self.heavyBallRate(instance))
            },
        ]
    }

    /// ρ of heavy-ball and of GD at its best step against κ, with both formulas.
    public func plots(_ runs: [MeasuredInstance<Instance, Measurement>]) -> [Plot] {
        let xs = runs.map { $0.instance.quadratic.conditionNumber.doubleValue }
        return [Plot(id: "rate-vs-kappa", title: "Heavy-ball at Polyak's parameters against gradient descent at its best step",
                     xLabel: "κ = L/μ", yLabel: "ρ (certified bracket)", xAxis: .log,
                     series: [RatePlots.radius("heavy-ball", zip(xs, runs).map { ($0, $1.measurement.heavyBall) }),
                              RatePlots.radius("gradient descent, η = 2/(μ+L)", zip(xs, runs).map { ($0, $1.measurement.gradientDescentAtBestStep) }),
                              RatePlots.curve("Polyak: (√κ−1)/(√κ+1)", role: .predicted, at: xs) { ($0.squareRoot() - 1) / ($0.squareRoot() + 1) },
                              RatePlots.curve("(κ−1)/(κ+1)", role: .reference, at: xs) { ($0 - 1) / ($0 + 1) }])]
    }
}
