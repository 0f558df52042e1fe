import ExactMath

/// Two classical rates that prove the theorem model end to end before the families:
/// gradient descent and heavy-ball momentum on strongly convex quadratics.
public enum Classical {
    /// The family's theorems, in report order.
    public static let theorems: [any Theorem] = [
        GradientDescentQuadraticRate(),
        HeavyBallQuadraticRate(),
    ]
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
        venue: "SIAM Journal on Optimization 26(1):57--95", year: 2016, arxiv: "1408.3595",
        bibtexKey: "lessard2016analysis", entryType: "article")
}

/// Hypotheses shared by the two classical theorems, decided exactly on the instance.
enum QuadraticHypotheses {
    /// A is symmetric with μI ⪯ A ⪯ LI, and μ, L are eigenvalues (so they are the extreme
    /// ones): A − μI and LI − A are positive semidefinite by exact LDLᵀ, and the
    /// characteristic polynomial of A vanishes at μ and at L.
    static func spectrumInInterval(_ q: SpectralQuadratic) -> String? {
        let a = q.hessian
        guard a.isSymmetric else { return "A is not symmetric" }
        let n = a.rows
        let identity = Matrix<Rational>.identity(n)
        guard (a - q.mu * identity).isPositiveSemidefinite else { return "A − μI is not PSD" }
        guard (q.smoothness * identity - a).isPositiveSemidefinite else { return "LI − A is not PSD" }
        let p = a.characteristicPolynomial
        guard p.evaluate(at: q.mu).isZero else { return "μ is not an eigenvalue" }
        guard p.evaluate(at: q.smoothness).isZero else { return "L is not an eigenvalue" }
        return nil
    }
}
