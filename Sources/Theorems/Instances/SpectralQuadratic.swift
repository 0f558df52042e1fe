import ExactMath
import FloatMath

/// Why a quadratic with a known spectrum could not be built.
public enum SpectralQuadraticError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No eigenvalues, or a rotation whose size does not match them.
    case shapes(String)
    /// A random spectrum containing both μ and L needs d ≥ 2 and 0 < μ ≤ L.
    case parameters(String)

    public var description: String {
        switch self {
        case .shapes(let s): "shapes do not fit: \(s)"
        case .parameters(let s): "invalid parameters: \(s)"
        }
    }
}

/// A quadratic f(x) = ½xᵀAx whose Hessian has an exactly known rational spectrum in
/// [μ, L] containing both endpoints: A = Q·diag(λ)·Qᵀ with Q rational orthogonal
/// (``RationalOrthogonal``), so every fact about the spectrum — and the eigenvector of each
/// eigenvalue, the matching column of Q — is exact.
public struct SpectralQuadratic: Sendable, Hashable {
    /// The eigenvalues, ascending: the first is μ, the last is L.
    public let eigenvalues: [Rational]
    /// The rotation Q: column j is a unit eigenvector of `eigenvalues[j]`.
    public let rotation: Matrix<Rational>
    /// The Hessian A = Q·diag(λ)·Qᵀ.
    public let hessian: Matrix<Rational>
    /// The strong-convexity constant μ = λ_min.
    public let mu: Rational
    /// The smoothness constant L = λ_max.
    public let smoothness: Rational

    public var dimension: Int { eigenvalues.count }
    /// κ = L/μ.
    public var conditionNumber: Rational { smoothness / mu }

    /// The quadratic with these eigenvalues (sorted ascending) and rotation Q, whose column j
    /// becomes the eigenvector of the j-th smallest eigenvalue.
    public init(eigenvalues: [Rational], rotation q: Matrix<Rational>) throws(SpectralQuadraticError) {
        let sorted = eigenvalues.sorted()
        guard let first = sorted.first, let last = sorted.last else { throw .shapes("no eigenvalues") }
        guard q.isSquare, q.rows == sorted.count else { throw .shapes("Q is \(q.rows)×\(q.columns) for \(sorted.count) eigenvalues") }
        self.eigenvalues = sorted
        rotation = q
        hessian = q * Matrix.diagonal(sorted) * q.transposed
        mu = first
        smoothness = last
    }

    /// The j-th column of Q: a unit eigenvector of `eigenvalues[j]`.
    public func eigenvector(_ j: Int) -> Vector<Rational> {
        Vector((0..<dimension).map { rotation[$0, j] })
    }

    /// d eigenvalues: μ, L and d − 2 rationals strictly between them on a grid of `grid`
    /// steps, rotated by a random rational orthogonal matrix.
    public static func random(dimension d: Int, mu: Rational, smoothness: Rational, grid: Int = 24,
                              using rng: inout SeededGenerator) throws(SpectralQuadraticError) -> SpectralQuadratic {
        guard d >= 2, mu > 0, smoothness >= mu, grid >= 2 else {
            throw .parameters("need d ≥ 2, 0 < μ ≤ L and grid ≥ 2; got d = \(d), μ = \(mu), L = \(smoothness), grid = \(grid)")
        }
        let inner = (0..<(d - 2)).map { _ in
            mu + (smoothness - mu) * Rational(rng.int(in: 1...(grid - 1)), grid)
        }
        let q = RationalOrthogonal.random(dimension: d, using: &rng)
        return try SpectralQuadratic(eigenvalues: [mu] + inner + [smoothness], rotation: q)
    }

    /// "d=3, spec in [1, 9], κ=9".
    public var summary: String {
        "d=\(dimension), spec ⊂ [\(mu), \(smoothness)] with both ends, κ=\(conditionNumber)"
    }

    /// d, μ, L and κ.
    public var parameters: [InstanceParameter] {
        [.int("d", dimension), .exact("mu", mu), .exact("L", smoothness), .exact("kappa", conditionNumber)]
    }
}
