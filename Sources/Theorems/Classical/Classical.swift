import ExactMath
import Optimizers

/// Classical rates that prove the theorem model end to end before the families: gradient
/// descent and heavy-ball momentum on strongly convex quadratics (Polyak 1987).
public enum Classical {
    /// The family's theorems, in report order, run on the project's methods.
    public static let theorems: [any Theorem] = theorems()

    /// The family's theorems run on `methods` (the project's ``ClassicalMethods/project``, a
    /// mutant or a researcher's own implementations) with `radiusTests` deciding the spectral claims.
    public static func theorems(using methods: ClassicalMethods = .project, radiusTests: RootRadiusTests = .verified) -> [any Theorem] {
        [
            GradientDescentQuadraticRate(methods: methods, tests: radiusTests),
            HeavyBallQuadraticRate(methods: methods, tests: radiusTests),
            GradientDescentTrajectory(methods: methods),
            HeavyBallTransient(methods: methods),
        ]
    }
}

extension Citation {
    /// B. T. Polyak, *Introduction to Optimization*, Optimization Software, 1987.
    public static let polyak1987 = Citation(
        authors: ["Boris T. Polyak"], title: "Introduction to Optimization",
        venue: "Optimization Software, Inc., Publications Division, New York", year: 1987,
        bibtexKey: "polyak1987introduction", entryType: "book")

    /// L. Lessard, B. Recht, A. Packard, "Analysis and Design of Optimization Algorithms via
    /// Integral Quadratic Constraints", SIAM J. Optim. 26(1):57–95, 2016.
    public static let lessardRechtPackard2016 = Citation(
        authors: ["Laurent Lessard", "Benjamin Recht", "Andrew Packard"],
        title: "Analysis and Design of Optimization Algorithms via Integral Quadratic Constraints",
        venue: "SIAM Journal on Optimization", year: 2016, arxiv: "1408.3595",
        bibtexKey: "lessard2016analysis", entryType: "article", volume: "26", number: "1", pages: "57--95")
}

/// Hypotheses shared by the classical theorems, decided exactly on the instance.
enum QuadraticHypotheses {
    /// A is symmetric with μI ⪯ A ⪯ LI, μ > 0, and μ, L are eigenvalues (so they are the
    /// extreme ones), by exact LDLᵀ and the characteristic polynomial.
    static let spectrum = Hypothesis<SpectralQuadratic>("A symmetric, 0 < μ, μI ⪯ A ⪯ LI, μ and L eigenvalues of A") { q in
        guard q.mu > 0 else { return "μ = \(q.mu) is not positive" }
        return ExactSpectrum.intervalViolation(q.hessian, name: "A", lo: q.mu, hi: q.smoothness)
    }

    /// The same hypothesis on an instance that carries a quadratic.
    static func spectrum<I>(_ quadratic: @escaping @Sendable (I) -> SpectralQuadratic) -> Hypothesis<I> {
        Hypothesis(spectrum.statement) { spectrum.check(quadratic($0)) }
    }
}
