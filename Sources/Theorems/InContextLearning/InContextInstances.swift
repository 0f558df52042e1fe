import ExactMath
import FloatMath

/// Seeded generators of rational in-context regression instances (project note §9.1).
/// Every draw comes from the ``SeededGenerator`` handed in.
public enum InContextInstances {
    /// The noise levels of note §9.1.
    public static let noiseLevels: [Rational] = [0, Rational(1, 4), Rational(1, 2), 1, Rational(3, 2)]

    /// Σ = LLᵀ/q² + δI with L integer lower triangular (entries in −3…3, diagonal nonzero),
    /// q ∈ 1…2 and δ ∈ {0, ½}: rational and positive definite by construction (L invertible).
    public static func covariance(dimension d: Int, using rng: inout SeededGenerator) -> Matrix<Rational> {
        var l = Matrix<Rational>.zero(rows: d, columns: d)
        for i in 0..<d {
            for j in 0...i {
                if i == j {
                    var v = 0
                    while v == 0 { v = rng.int(in: -3...3) }
                    l[i, j] = Rational(v)
                } else {
                    l[i, j] = Rational(rng.int(in: -3...3))
                }
            }
        }
        let q = Rational(rng.int(in: 1...2))
        let delta = rng.bool() ? Rational(1, 2) : .zero
        return (1 / (q * q)) * (l * l.transposed) + delta * .identity(d)
    }

    /// A covariance with exactly known spectrum: Σ = U diag(λ) Uᵀ, U a rational orthogonal matrix
    /// (product of Householder reflections), λᵢ = p/q with p ∈ 1…8, q ∈ 1…4.
    public static func spectralCovariance(dimension d: Int, using rng: inout SeededGenerator)
        -> (covariance: Matrix<Rational>, eigenvalues: [Rational], eigenvectors: Matrix<Rational>) {
        let lambda = (0..<d).map { _ in Rational(rng.int(in: 1...8), rng.int(in: 1...4)) }
        let u = d == 1 ? Matrix<Rational>.identity(1) : RationalOrthogonal.random(dimension: d, reflections: 2, bound: 2, using: &rng)
        return (u * .diagonal(lambda) * u.transposed, lambda, u)
    }

    /// A noise level from ``noiseLevels``.
    public static func noise(using rng: inout SeededGenerator) -> Rational {
        noiseLevels[rng.int(below: noiseLevels.count)]
    }
}
