/// The eigen-decomposition A = V·diag(values)·Vᵀ of a real symmetric matrix.
public struct SymmetricEigendecomposition: Sendable, Equatable {
    /// The eigenvalues, ascending.
    public let values: [Double]
    /// The orthonormal eigenvectors as columns: column i belongs to `values[i]`.
    public let vectors: Matrix<Double>
    /// The number of Jacobi sweeps performed.
    public let sweeps: Int
}

/// The eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method
/// (Golub–Van Loan, *Matrix Computations*, 4th ed., §8.5, Algorithms 8.5.1–8.5.3; the
/// threshold strategy of Rutishauser as in Wilkinson–Reinsch, *Handbook*, II/1).
///
/// Each sweep visits the pairs (p, q), p < q, in row order and annihilates a_pq with a
/// rotation chosen by the stable formula t = sign(τ)/(|τ| + √(1 + τ²)). Sweeps stop when
/// the off-diagonal Frobenius norm is at most ε·‖A‖_F, so every eigenvalue is within
/// about ε·‖A‖_F of an exact eigenvalue of A (Weyl) — Jacobi is in fact often more
/// accurate, to high relative accuracy on scaled-diagonally-dominant matrices.
///
/// - Parameter symmetryTolerance: the largest |a_ij − a_ji| accepted, relative to
///   max |a_ij|; the default 0 demands exact symmetry. An accepted matrix is symmetrized
///   as (A + Aᵀ)/2.
/// - Throws: `.notSquare`, `.notSymmetric`, and `.noConvergence` for non-finite entries or
///   when 60 sweeps do not suffice (convergence is quadratic; ~10 sweeps is typical).
public func symmetricEigen(
    _ a: Matrix<Double>, symmetryTolerance: Double = 0
) throws(LinearAlgebraError) -> SymmetricEigendecomposition {
    guard a.isSquare else { throw .notSquare(rows: a.rows, columns: a.columns) }
    let n = a.rows
    guard a.elements.allSatisfy(\.isFinite) else {
        throw .noConvergence("symmetricEigen: the matrix has a NaN or infinite entry")
    }
    var m = a.elements
    let maxAbs = m.reduce(0) { Swift.max($0, abs($1)) }
    for i in 0..<n {
        for j in 0..<i {
            let x = m[i * n + j], y = m[j * n + i]
            if x != y {
                guard abs(x - y) <= symmetryTolerance * maxAbs else { throw .notSymmetric }
                let avg = 0.5 * (x + y)
                m[i * n + j] = avg
                m[j * n + i] = avg
            }
        }
    }
    var v = Matrix<Double>.identity(n).elements
    let normF = frobeniusNorm(Matrix(rows: n, columns: n, elements: m))
    let tolerance = Double.ulpOfOne * normF
    let maxSweeps = 60
    var sweeps = 0
    func offNorm() -> Double {
        var s = 0.0
        for i in 0..<n { for j in 0..<n where i != j { s += m[i * n + j] * m[i * n + j] } }
        return s.squareRoot()
    }
    while offNorm() > tolerance {
        if sweeps == maxSweeps {
            throw .noConvergence("symmetricEigen: off-diagonal norm above ε‖A‖_F after \(maxSweeps) Jacobi sweeps")
        }
        sweeps += 1
        for p in 0..<(n - 1) {
            for q in (p + 1)..<n {
                let apq = m[p * n + q]
                if apq == 0 { continue }
                let app = m[p * n + p], aqq = m[q * n + q]
                // After a few sweeps, drop entries negligible against both diagonal entries.
                let g = 100 * abs(apq)
                if sweeps > 4 && abs(app) + g == abs(app) && abs(aqq) + g == abs(aqq) {
                    m[p * n + q] = 0
                    m[q * n + p] = 0
                    continue
                }
                let tau = (aqq - app) / (2 * apq)
                let t: Double
                if abs(tau) > 1e150 {
                    t = 1 / (2 * tau)
                } else {
                    t = (tau >= 0 ? 1 : -1) / (abs(tau) + (1 + tau * tau).squareRoot())
                }
                let c = 1 / (1 + t * t).squareRoot()
                let s = t * c
                // A ← Jᵀ A J: columns p, q, then rows p, q.
                for k in 0..<n {
                    let akp = m[k * n + p], akq = m[k * n + q]
                    m[k * n + p] = c * akp - s * akq
                    m[k * n + q] = s * akp + c * akq
                }
                for k in 0..<n {
                    let apk = m[p * n + k], aqk = m[q * n + k]
                    m[p * n + k] = c * apk - s * aqk
                    m[q * n + k] = s * apk + c * aqk
                }
                m[p * n + q] = 0
                m[q * n + p] = 0
                // V ← V J.
                for k in 0..<n {
                    let vkp = v[k * n + p], vkq = v[k * n + q]
                    v[k * n + p] = c * vkp - s * vkq
                    v[k * n + q] = s * vkp + c * vkq
                }
            }
        }
    }
    let order = (0..<n).sorted { (m[$0 * n + $0], $0) < (m[$1 * n + $1], $1) }
    let values = order.map { m[$0 * n + $0] }
    var vectors = [Double](repeating: 0, count: n * n)
    for (newColumn, oldColumn) in order.enumerated() {
        for i in 0..<n { vectors[i * n + newColumn] = v[i * n + oldColumn] }
    }
    return SymmetricEigendecomposition(
        values: values, vectors: Matrix(rows: n, columns: n, elements: vectors), sweeps: sweeps)
}

/// The eigenvalues of a real symmetric matrix, ascending (cyclic Jacobi; see
/// ``symmetricEigen(_:symmetryTolerance:)`` for accuracy and errors).
public func symmetricEigenvalues(
    _ a: Matrix<Double>, symmetryTolerance: Double = 0
) throws(LinearAlgebraError) -> [Double] {
    try symmetricEigen(a, symmetryTolerance: symmetryTolerance).values
}
