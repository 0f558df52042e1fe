import ExactMath
import FloatMath
import Optimizers

/// Gradient descent on a strongly convex quadratic contracts at exactly
/// ρ(I − ηA) = max(|1 − ημ|, |1 − ηL|) when μ and L are the extreme eigenvalues of A;
/// with η = 2/(μ + L) this is (κ − 1)/(κ + 1).
///
/// Polyak, *Introduction to Optimization* (1987), Ch. 1 §4 (gradient method on strongly
/// convex quadratics); Lessard–Recht–Packard, SIAM J. Optim. 2016, §2.2. Decided exactly:
/// the iteration matrix is rational and its spectral radius is compared with the
/// prediction by the closed-disk and Schur–Cohn tests on det(zI − M). See
/// Proofs/polyak-1987/gd-quadratic-rate.md.
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
    public let statement = "Gradient descent x ← x − η∇f(x) on f = ½xᵀAx with spec(A) ⊂ [μ, L] ∋ μ, L contracts at exactly ρ(I − ηA) = max(|1 − ημ|, |1 − ηL|); at η = 2/(μ+L) this is (κ−1)/(κ+1)."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("A symmetric, μI ⪯ A ⪯ LI, μ and L eigenvalues of A") { QuadraticHypotheses.spectrumInInterval($0.quadratic) }]
    }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let count = scale.pick(quick: 6, standard: 16, thorough: 48)
        let maxDimension = scale.pick(quick: 4, standard: 6, thorough: 8)
        return (0..<count).map { i in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(i))
            let d = rng.int(in: 2...maxDimension)
            let mu = Rational(rng.int(in: 1...4), rng.int(in: 1...4))
            let smoothness = mu * Rational(rng.int(in: 2...40), rng.int(in: 1...2)) + mu
            let q = SpectralQuadratic.random(dimension: d, mu: mu, smoothness: smoothness, using: &rng)
            // A third of the instances use the tuned step 2/(μ+L); a third a shorter step in
            // (0, 2/(μ+L)), where μ sets the rate; a third a longer one in (2/(μ+L), 5/(2L)],
            // where L does (including divergent steps η > 2/L: the formula must still hold).
            let tunedStep = Rational(2) / (mu + smoothness)
            let t = Rational(rng.int(in: 1...10), 10)
            let tuned = i % 3 == 0
            let step: Rational = switch i % 3 {
            case 0: tunedStep
            case 1: tunedStep * t * Rational(9, 10)
            default: tunedStep + t * (Rational(5, 2) / smoothness - tunedStep)
            }
            return Instance(quadratic: q, step: step, tuned: tuned)
        }
    }

    public func summary(of instance: Instance) -> String {
        "\(instance.quadratic.summary), η=\(instance.step)\(instance.tuned ? " (tuned)" : "")"
    }

    /// The exact spectral-radius evidence for M = I − ηA, built by the optimizer's own step.
    public func measure(_ instance: Instance) -> SpectralRadiusEvidence {
        let m = GradientDescent(step: instance.step).iterationMatrix(hessian: instance.quadratic.hessian)
        return SpectralRadiusEvidence(matrix: m)
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
}
