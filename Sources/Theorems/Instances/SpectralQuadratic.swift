import ExactMath
import FloatMath

/// A quadratic f(x) = ½xᵀAx whose Hessian has an exactly known rational spectrum in
/// [μ, L] containing both endpoints: A = Q·diag(λ)·Qᵀ with Q rational orthogonal
/// (``RationalOrthogonal``), so every fact about the spectrum is exact.
public struct SpectralQuadratic: Sendable, Hashable {
    /// The eigenvalues, ascending: the first is μ, the last is L.
    public let eigenvalues: [Rational]
    /// The Hessian A = Q·diag(λ)·Qᵀ.
    public let hessian: Matrix<Rational>

    public var dimension: Int { eigenvalues.count }
    /// The strong-convexity constant μ = λ_min.
    public var mu: Rational { eigenvalues.first! }
    /// The smoothness constant L = λ_max.
    public var smoothness: Rational { eigenvalues.last! }
    /// κ = L/μ.
    public var conditionNumber: Rational { smoothness / mu }

    public init(eigenvalues: [Rational], rotation q: Matrix<Rational>) {
        self.eigenvalues = eigenvalues.sorted()
        hessian = q * Matrix.diagonal(self.eigenvalues) * q.transposed
    }

    /// d eigenvalues: μ, L and d − 2 rationals strictly between them on a grid of `grid`
    /// steps, rotated by a random rational orthogonal matrix.
    public static func random(dimension d: Int, mu: Rational, smoothness: Rational, grid: Int = 24,
                              using rng: inout SeededGenerator) -> SpectralQuadratic {
        precondition(d >= 2 && mu > 0 && smoothness >= mu, "SpectralQuadratic: need d ≥ 2 and 0 < μ ≤ L")
        let inner = (0..<(d - 2)).map { _ in
            mu + (smoothness - mu) * Rational(rng.int(in: 1...(grid - 1)), grid)
        }
        let q = RationalOrthogonal.random(dimension: d, using: &rng)
        return SpectralQuadratic(eigenvalues: [mu] + inner + [smoothness], rotation: q)
    }

    /// "d=3, spec in [1, 9], κ=9".
    public var summary: String {
        "d=\(dimension), spec ⊂ [\(mu), \(smoothness)] with both ends, κ=\(conditionNumber)"
    }
}
