/// The Cholesky factor of a symmetric positive-definite matrix in Float64.
///
/// Returns the lower-triangular `L` with positive diagonal and `A = LLᵀ`, computed by the
/// row-oriented Cholesky–Banachiewicz algorithm (Golub–Van Loan, *Matrix Computations*,
/// 4th ed., Algorithm 4.2.1), on the contiguous row-major storage of the matrix.
///
/// Symmetry is checked exactly (entry (i, j) must equal entry (j, i) bit for bit), as
/// `Matrix.isSymmetric` does; symmetrize first (`(A + Aᵀ)/2`) if the input carries
/// rounding noise. Positive definiteness is decided in floating point: the k-th pivot
/// `a_kk − Σ l_kj²` must be positive (and finite), otherwise the leading principal minor
/// of order k is reported as not positive.
///
/// - Throws: `.notSquare` for a non-square input, `.notSymmetric` when A ≠ Aᵀ, and
///   `.notPositiveDefinite(leadingMinor: k)` (1-based) for the first non-positive pivot
///   (which also catches NaN entries on the diagonal path).
public func cholesky(_ a: Matrix<Double>) throws(LinearAlgebraError) -> Matrix<Double> {
    guard a.isSquare else { throw .notSquare(rows: a.rows, columns: a.columns) }
    guard a.isSymmetric else { throw .notSymmetric }
    let n = a.rows
    let src = a.elements
    var l = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
        for j in 0...i {
            var s = src[i * n + j]
            for k in 0..<j { s -= l[i * n + k] * l[j * n + k] }
            if i == j {
                // `!(s > 0)` also rejects NaN.
                guard s > 0, s.isFinite else { throw .notPositiveDefinite(leadingMinor: i + 1) }
                l[i * n + i] = s.squareRoot()
            } else {
                l[i * n + j] = s / l[j * n + j]
            }
        }
    }
    return Matrix(rows: n, columns: n, elements: l)
}
