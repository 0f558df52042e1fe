/// Haar-distributed random orthogonal matrices.
///
/// The Q factor of the QR decomposition of an n×n matrix of independent standard normals,
/// with the sign of each column chosen so that R has a positive diagonal, is distributed
/// according to Haar measure on O(n) (G. W. Stewart, "The efficient generation of random
/// orthogonal matrices with an application to condition estimators", SIAM J. Numer.
/// Anal. 1980; F. Mezzadri, "How to generate random matrices from the classical compact
/// groups", Notices AMS 2007). Without the sign fix the distribution is not Haar.
///
/// The QR decomposition uses Householder reflections (Golub–Van Loan, *Matrix
/// Computations*, 4th ed., Algorithm 5.2.1) and only +, −, ×, ÷ and `squareRoot()`, so a
/// seed gives the same bits on every platform. QᵀQ = I to a few ulp times n.
extension SeededGenerator {
    /// A Haar-random n×n orthogonal matrix (`n ≤ 0` gives the 0×0 matrix). Consumes the
    /// draws of `gaussianMatrix(rows: n, columns: n)`.
    public mutating func randomOrthogonal(_ n: Int) -> Matrix<Double> {
        guard n > 0 else { return Matrix(rows: 0, columns: 0, elements: []) }
        var a = gaussianMatrix(rows: n, columns: n).elements
        var q = Matrix<Double>.identity(n).elements
        var v = [Double](repeating: 0, count: n)
        var rDiagonalSign = [Double](repeating: 1, count: n)
        for k in 0..<n {
            let m = n - k
            var scale = 0.0
            for i in 0..<m { scale = Swift.max(scale, abs(a[(k + i) * n + k])) }
            if k == n - 1 || scale == 0 {
                // No reflector: the remaining 1×1 block (or a zero column) is R's entry.
                rDiagonalSign[k] = a[k * n + k] < 0 ? -1 : 1
                continue
            }
            var sigma = 0.0
            for i in 0..<m {
                let x = a[(k + i) * n + k] / scale
                v[i] = x
                sigma += x * x
            }
            let norm = sigma.squareRoot()
            let alpha = v[0] >= 0 ? -norm : norm  // R[k, k] = alpha · scale
            let x0 = v[0]
            v[0] = x0 - alpha
            // β = 2 / vᵀv, and vᵀv = 2(σ − α·x₀) with both terms ≥ 0 (no cancellation).
            let beta = 1 / (sigma - alpha * x0)
            rDiagonalSign[k] = alpha < 0 ? -1 : 1
            // A ← H A on rows k…n−1, columns k+1…n−1 (column k becomes alpha·e₁).
            for j in (k + 1)..<n {
                var s = 0.0
                for i in 0..<m { s += v[i] * a[(k + i) * n + j] }
                s *= beta
                for i in 0..<m { a[(k + i) * n + j] -= s * v[i] }
            }
            a[k * n + k] = alpha * scale
            for i in 1..<m { a[(k + i) * n + k] = 0 }
            // Q ← Q H on columns k…n−1.
            for i in 0..<n {
                var s = 0.0
                for j in 0..<m { s += q[i * n + k + j] * v[j] }
                s *= beta
                for j in 0..<m { q[i * n + k + j] -= s * v[j] }
            }
        }
        // Sign fix: Q ← Q · diag(sign R_kk), so that R has a positive diagonal.
        for i in 0..<n { for k in 0..<n where rDiagonalSign[k] < 0 { q[i * n + k] = -q[i * n + k] } }
        return Matrix(rows: n, columns: n, elements: q)
    }
}
