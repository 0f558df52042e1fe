import ExactMath
import FloatMath
import Optimizers

/// Gradient descent on a strongly convex quadratic contracts at exactly
/// ρ(I − ηA) = max(|1 − ημ|, |1 − ηL|) when μ and L are the extreme eigenvalues of A;
/// with η = 2/(μ + L) this is (κ − 1)/(κ + 1).
///
/// Polyak, *Introduction to Optimization* (1987), Ch. 1 §4 (gradient method on strongly
/// convex quadratics); Lessard–Recht–Packard, SIAM J. Optim. 2016, §2.2. Decided exactly:
/// the iteration matrix, built by the method under test, is rational and its spectral radius
/// is compared with the prediction by the closed-disk and Schur–Cohn tests on det(zI − M).
/// See Proofs/polyak-1987/gd-quadratic-rate.md.
public struct GradientDescentQuadraticRate: Theorem {
    public struct Instance: Sendable {
        public let quadratic: SpectralQuadratic
        public let step: Rational
        /// Whether `step` is the tuned 2/(μ+L).
        public let tuned: Bool
    }

    public let id = "polyak-1987/gd-quadratic-rate"
    public let family = Family.classical
    public let citation = Citation.polyak1987.at("Chapter 1, §4 (gradient method, quadratic case)")
    public let provenance = Provenance.derived(
        "elementary linear algebra re-derived in the Proofs document (the spectrum of I − ηA); Polyak's book, cited for the result, was not reachable")
    public let statement = "Gradient descent x ← x − η∇f(x) on f = ½xᵀAx with spec(A) ⊂ [μ, L] ∋ μ, L contracts at exactly ρ(I − ηA) = max(|1 − ημ|, |1 − ηL|); at η = 2/(μ+L) this is (κ−1)/(κ+1)."
    public let methods: ClassicalMethods
    public let tests: RootRadiusTests

    public init(methods: ClassicalMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            QuadraticHypotheses.spectrum { $0.quadratic },
            Hypothesis("step η > 0") { $0.step > 0 ? nil : "η = \($0.step)" },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 6, standard: 16, thorough: 48)
        let maxDimension = scale.pick(quick: 4, standard: 6, thorough: 8)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 4, hypotheses: hypotheses) { i, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let d = rng.int(in: 2...maxDimension)
            let mu = Rational(rng.int(in: 1...4), rng.int(in: 1...4))
            let smoothness = mu * Rational(rng.int(in: 2...40), rng.int(in: 1...2)) + mu
            let q = try SpectralQuadratic.random(dimension: d, mu: mu, smoothness: smoothness, using: &rng)
            // A third of the instances use the tuned step 2/(μ+L); a third a shorter step in
            // (0, 2/(μ+L)), where μ sets the rate; a third a longer one in (2/(μ+L), 5/(2L)],
            // where L does (including divergent steps η > 2/L: the formula must still hold).
            let tunedStep = Rational(2) / (mu + smoothness)
            let t = Rational(rng.int(in: 1...10), 10)
            let step: Rational = switch i % 3 {
            case 0: tunedStep
            case 1: tunedStep * t * Rational(9, 10)
            default: tunedStep + t * (Rational(5, 2) / smoothness - tunedStep)
            }
            return .accept(Instance(quadratic: q, step: step, tuned: i % 3 == 0))
        }
    }

    public func summary(of instance: Instance) -> String {
        "\(instance.quadratic.summary), η=\(instance.step)\(instance.tuned ? " (tuned)" : "")"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        i.quadratic.parameters + [.exact("eta", i.step), .text("step", i.tuned ? "tuned" : "other")]
    }

    /// The exact spectral-radius evidence for M = I − ηA, built by the method's own step.
    public func measure(_ instance: Instance) -> SpectralRadiusEvidence {
        let m = methods.gradientDescent.exact(FirstOrderParameters(step: instance.step)).iterationMatrix(hessian: instance.quadratic.hessian)
        return SpectralRadiusEvidence(matrix: m, tests: tests)
    }

    /// The prediction max(|1 − ημ|, |1 − ηL|).
    static func predictedRate(_ instance: Instance) -> Rational {
        let q = instance.quadratic
        return max((1 - instance.step * q.mu).absoluteValue, (1 - instance.step * q.smoothness).absoluteValue)
    }

    public var claim: Claim<Instance, SpectralRadiusEvidence> {
        Claim("ρ(I − ηA) = max(|1 − ημ|, |1 − ηL|), exactly", kind: .tight, exact: true) { instance, evidence in
            evidence.judgeEqual(Self.predictedRate(instance))
        }
    }

    public var falseVariants: [Claim<Instance, SpectralRadiusEvidence>] {
        [
            Claim("with η = 2/(μ+L), ρ(I − ηA) ≤ 1 − 2/κ", kind: .upperBound, exact: true) { instance, evidence in
                guard instance.tuned else { return .inapplicable("stated for the tuned step only") }
                return evidence.judgeAtMost(1 - 2 / instance.quadratic.conditionNumber)
            },
            Claim("ρ(I − ηA) = |1 − ημ| for every step (the smallest eigenvalue alone sets the rate)", kind: .tight, exact: true) { instance, evidence in
                evidence.judgeEqual((1 - instance.step * instance.quadratic.mu).absoluteValue)
            },
        ]
    }

    /// ρ at the tuned step against κ, with Polyak's (κ − 1)/(κ + 1).
    public func plots(_ runs: [MeasuredInstance<Instance, SpectralRadiusEvidence>]) -> [Plot] {
        let tuned = runs.filter(\.instance.tuned)
        let points = tuned.map { (x: $0.instance.quadratic.conditionNumber.doubleValue, evidence: $0.measurement) }
        return [Plot(id: "gd-rate-vs-kappa", title: "Gradient descent at η = 2/(μ+L)", xLabel: "κ = L/μ",
                     yLabel: "ρ(I − ηA) (certified bracket)", xAxis: .log,
                     series: [RatePlots.radius("gradient descent, tuned step", points),
                              RatePlots.curve("Polyak: (κ−1)/(κ+1)", role: .predicted, at: points.map(\.x)) { ($0 - 1) / ($0 + 1) }])]
    }
}
