import BigInt
import RealModule

// Determinants: exact for rationals by Bareiss' fraction-free elimination, and by
// Gaussian elimination with partial pivoting for any ordered field (Float64 LU).

/// An integer matrix in fraction-free echelon form, produced by Bareiss' algorithm
/// (E. H. Bareiss, "Sylvester's identity and multistep integer-preserving Gaussian
/// elimination", Math. Comp. 22 (1968) 565–578).
///
/// Each row i of the rational input is first multiplied by the lcm Lᵢ of its
/// denominators, giving an integer matrix M with det M = (Π Lᵢ)·det A (for square A).
/// Bareiss' one-step recurrence
///
///     m⁽ᵏ⁾ᵢⱼ = (m⁽ᵏ⁻¹⁾ᵢⱼ · m⁽ᵏ⁻¹⁾ₖₖ − m⁽ᵏ⁻¹⁾ᵢₖ · m⁽ᵏ⁻¹⁾ₖⱼ) / m⁽ᵏ⁻²⁾ₖ₋₁,ₖ₋₁
///
/// keeps every entry an integer (by Sylvester's identity each is a minor of M, so the
/// division is exact) and bounds their size by Hadamard's bound, instead of the
/// exponential growth of naive integer elimination. Columns without a nonzero pivot
/// are skipped, so the same kernel gives the rank of rectangular matrices.
struct FractionFreeEchelon {
    /// The eliminated integer matrix, row-major (`rows × columns`).
    var entries: [BigInt]
    let rows: Int
    let columns: Int
    /// Lᵢ: the factor row i of the input was multiplied by (before any swap).
    var rowScale: [BigInt]
    /// (row, column) of each pivot, in order; `pivots.count` is the rank of the
    /// eliminated columns.
    var pivots: [(row: Int, column: Int)] = []
    /// +1 or −1: the sign of the row permutation applied.
    var permutationSign = 1

    /// Clears denominators row by row and eliminates the first `eliminatedColumns`
    /// columns (all columns by default); later columns (a right-hand side) are
    /// transformed along.
    init(_ a: Matrix<Rational>, eliminatedColumns: Int? = nil) {
        rows = a.rows
        columns = a.columns
        (entries, rowScale) = Self.clearingRowDenominators(a)
        eliminate(upTo: eliminatedColumns ?? columns)
    }

    /// Each row multiplied by the lcm Lᵢ of its denominators: the integer entries and the Lᵢ.
    static func clearingRowDenominators(_ a: Matrix<Rational>) -> (entries: [BigInt], scales: [BigInt]) {
        var entries: [BigInt] = []
        entries.reserveCapacity(a.rows * a.columns)
        var scales: [BigInt] = []
        scales.reserveCapacity(a.rows)
        for i in 0..<a.rows {
            let (row, l) = IntegerMatrix.clearingDenominators(a.row(i))
            entries.append(contentsOf: row)
            scales.append(l)
        }
        return (entries, scales)
    }

    private mutating func eliminate(upTo lastColumn: Int) {
        var previous = BigInt(1)
        var k = 0
        let n = columns
        for c in 0..<lastColumn where k < rows {
            // Pivot: the first nonzero entry at or below row k in column c.
            guard let p = (k..<rows).first(where: { !entries[$0 * n + c].isZero }) else { continue }
            if p != k {
                for j in 0..<n { entries.swapAt(k * n + j, p * n + j) }
                rowScale.swapAt(k, p)
                permutationSign = -permutationSign
            }
            let pivot = entries[k * n + c]
            for i in (k + 1)..<rows {
                let factor = entries[i * n + c]
                if factor.isZero {
                    // m_ij ← m_ij · pivot / previous (still exact).
                    if pivot != previous {
                        for j in (c + 1)..<n where !entries[i * n + j].isZero {
                            entries[i * n + j] = entries[i * n + j] * pivot / previous
                        }
                    }
                    continue
                }
                for j in (c + 1)..<n {
                    let updated = entries[i * n + j] * pivot - factor * entries[k * n + j]
                    entries[i * n + j] = previous == 1 ? updated : updated / previous
                }
                entries[i * n + c] = 0
            }
            pivots.append((k, c))
            previous = pivot
            k += 1
        }
    }

    /// The entry (i, j) of the eliminated matrix.
    subscript(i: Int, j: Int) -> BigInt { entries[i * columns + j] }
}

extension Matrix where Scalar == Rational {
    /// The exact determinant, by Bareiss' fraction-free elimination (Bareiss 1968).
    ///
    /// Each row is scaled by the lcm of its denominators, the integer matrix is reduced
    /// with integer-preserving Bareiss steps (row pivoting on the first nonzero entry),
    /// and the last pivot, which equals the integer determinant up to the permutation
    /// sign, is divided by the product of the row scales. No rational is ever rounded.
    ///
    /// - Throws: ``LinearAlgebraError/notSquare(rows:columns:)`` for a non-square matrix.
    /// - Returns: det A; exactly zero iff A is singular. The 0×0 determinant is 1.
    public func determinant() throws(LinearAlgebraError) -> Rational {
        guard isSquare else { throw .notSquare(rows: rows, columns: columns) }
        if rows == 0 { return .one }
        return KernelProfile.measure(.determinant) { bareissDeterminant() }
    }

    private func bareissDeterminant() -> Rational {
        let echelon = FractionFreeEchelon(self)
        guard echelon.pivots.count == rows else { return .zero }
        var scale = BigInt(1)
        for l in echelon.rowScale { scale *= l }
        let last = echelon[rows - 1, rows - 1]
        return Rational(echelon.permutationSign < 0 ? -last : last, scale)
    }
}

extension Matrix where Scalar: OrderedField {
    /// The determinant by Gaussian elimination with partial pivoting (the row with the
    /// largest pivot magnitude is swapped up), i.e. the product of the U-diagonal of
    /// PA = LU times sign(P). For `Double` this is the standard LU determinant, backward
    /// stable but subject to rounding; for `Rational` it is exact (but prefer the
    /// fraction-free ``determinant()`` that `Matrix<Rational>` picks by default).
    ///
    /// - Throws: ``LinearAlgebraError/notSquare(rows:columns:)`` for a non-square matrix.
    public func eliminationDeterminant() throws(LinearAlgebraError) -> Scalar {
        guard isSquare else { throw .notSquare(rows: rows, columns: columns) }
        let n = rows
        var a = elements
        var det: Scalar = 1
        for k in 0..<n {
            let (p, best) = Self.partialPivot(a, width: n, rowCount: n, column: k, firstRow: k)
            if best == 0 { return 0 }
            if p != k {
                for j in k..<n { a.swapAt(k * n + j, p * n + j) }
                det = -det
            }
            let pivot = a[k * n + k]
            det *= pivot
            for i in (k + 1)..<n {
                let f = a[i * n + k] / pivot
                if f == 0 { continue }
                for j in (k + 1)..<n { a[i * n + j] -= f * a[k * n + j] }
            }
        }
        return det
    }

    /// The determinant (Gaussian elimination with partial pivoting; see
    /// ``eliminationDeterminant()``). `Matrix<Rational>` uses the fraction-free
    /// Bareiss overload instead.
    ///
    /// - Throws: ``LinearAlgebraError/notSquare(rows:columns:)`` for a non-square matrix.
    public func determinant() throws(LinearAlgebraError) -> Scalar {
        try eliminationDeterminant()
    }
}
