import BigInt
import RealModule

// Linear systems, inverses and rank: Gaussian elimination with partial pivoting for any
// ordered field, and a fraction-free (Bareiss 1968) path for exact rationals.

extension Matrix where Scalar: OrderedField {
    /// Solves AX = B by Gaussian elimination with partial pivoting (at each step the
    /// row with the largest pivot magnitude is swapped up), then back substitution.
    ///
    /// For `Double` this is the textbook LU solve (Golub–Van Loan, Alg. 3.4.1); a pivot
    /// that is exactly zero reports the matrix singular (near-singular Float64 systems
    /// are not detected — check a condition estimate if that matters). For `Rational`
    /// the result is exact; `Matrix<Rational>` picks a faster fraction-free overload.
    ///
    /// - Throws: ``LinearAlgebraError/notSquare(rows:columns:)`` if A is not square,
    ///   ``LinearAlgebraError/dimensionMismatch(_:)`` if B has a different row count,
    ///   ``LinearAlgebraError/singular`` if A is singular.
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        guard isSquare else { throw .notSquare(rows: rows, columns: columns) }
        guard b.rows == rows else {
            throw .dimensionMismatch("a \(rows)×\(columns) system with a right-hand side of \(b.rows) rows")
        }
        let n = rows, m = b.columns
        var a = elements
        var x = b.elements
        for k in 0..<n {
            let (p, best) = Self.partialPivot(a, width: n, rowCount: n, column: k, firstRow: k)
            guard best != 0 else { throw .singular }
            if p != k {
                for j in k..<n { a.swapAt(k * n + j, p * n + j) }
                for j in 0..<m { x.swapAt(k * m + j, p * m + j) }
            }
            let pivot = a[k * n + k]
            for i in (k + 1)..<n {
                let f = a[i * n + k] / pivot
                if f == 0 { continue }
                a[i * n + k] = 0
                for j in (k + 1)..<n { a[i * n + j] -= f * a[k * n + j] }
                for j in 0..<m { x[i * m + j] -= f * x[k * m + j] }
            }
        }
        for k in stride(from: n - 1, through: 0, by: -1) {
            let pivot = a[k * n + k]
            for j in 0..<m {
                var s = x[k * m + j]
                for l in (k + 1)..<n { s -= a[k * n + l] * x[l * m + j] }
                x[k * m + j] = s / pivot
            }
        }
        return Matrix(rows: n, columns: m, elements: x)
    }

    /// Solves Ax = b (see ``solve(_:)-(Matrix)``).
    ///
    /// - Throws: `.notSquare`, `.dimensionMismatch` (b.count ≠ rows), `.singular`.
    public func solve(_ b: Vector<Scalar>) throws(LinearAlgebraError) -> Vector<Scalar> {
        Vector(try solve(b.columnMatrix).elements)
    }

    /// A⁻¹, by solving AX = I.
    ///
    /// - Throws: `.notSquare` or `.singular`.
    public func inverse() throws(LinearAlgebraError) -> Matrix {
        guard isSquare else { throw .notSquare(rows: rows, columns: columns) }
        return try solve(Matrix.identity(rows))
    }

    /// The numerical rank: the number of pivots of magnitude greater than `tolerance`
    /// found by Gaussian elimination with partial pivoting (a column whose candidate
    /// pivots are all within the tolerance is skipped). With `tolerance` 0 and exact
    /// arithmetic (`Rational`) this is the exact rank; for `Double` choose a tolerance
    /// such as `n · ε · max|aᵢⱼ|`. Works for rectangular matrices.
    public func rank(tolerance: Scalar) -> Int {
        var a = elements
        let n = columns
        var r = 0
        for c in 0..<n where r < rows {
            let (p, best) = Self.partialPivot(a, width: n, rowCount: rows, column: c, firstRow: r)
            guard best > tolerance else { continue }
            if p != r { for j in c..<n { a.swapAt(r * n + j, p * n + j) } }
            let pivot = a[r * n + c]
            for i in (r + 1)..<rows {
                let f = a[i * n + c] / pivot
                if f == 0 { continue }
                a[i * n + c] = 0
                for j in (c + 1)..<n { a[i * n + j] -= f * a[r * n + j] }
            }
            r += 1
        }
        return r
    }
}

extension Matrix where Scalar == Rational {
    /// The exact solution of AX = B.
    ///
    /// Fraction-free: the rows of [A | B] are cleared of denominators, reduced to
    /// integer echelon form by Bareiss' algorithm (Bareiss 1968) applied to A's columns,
    /// and the triangular system is back-substituted in integers (d·X, d the last pivot),
    /// so only the n·m final entries X = (d·X)/d are reduced. From order 12 on, the
    /// multimodular solve (``ModularSolve``: elimination modulo 62-bit primes, Chinese
    /// remaindering, an exact check M·Y = det·R) is tried first, and Bareiss decides if it
    /// does not apply (singular modulo several primes, or the check fails).
    ///
    /// - Throws: ``LinearAlgebraError/notSquare(rows:columns:)`` if A is not square,
    ///   ``LinearAlgebraError/dimensionMismatch(_:)`` if B has a different row count,
    ///   ``LinearAlgebraError/singular`` if det A = 0 (decided exactly).
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        guard isSquare else { throw .notSquare(rows: rows, columns: columns) }
        guard b.rows == rows else {
            throw .dimensionMismatch("a \(rows)×\(columns) system with a right-hand side of \(b.rows) rows")
        }
        return try KernelProfile.measure(.linearSolve) { () throws(LinearAlgebraError) in try fractionFreeSolve(b) }
    }

    private func fractionFreeSolve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        let n = rows, m = b.columns
        if n == 0 { return Matrix(rows: 0, columns: m, elements: []) }
        let augmented = Matrix(rows: n, columns: n + m) { i, j in j < n ? self[i, j] : b[i, j - n] }
        if n >= Self.modularSolveOrder, let x = Self.modularSolve(augmented, n: n, m: m) { return x }
        let echelon = FractionFreeEchelon(augmented, eliminatedColumns: n)
        guard echelon.pivots.count == n else { throw .singular }
        // Fraction-free back substitution: with d = U[n−1, n−1] = det of the permuted integer
        // system, Y = d·X is an integer matrix (Cramer), and row k of U·Y = d·B' gives
        // Y[k] = (d·B'[k] − Σ_{l>k} U[k, l]·Y[l]) / U[k, k], an exact division. Only the final
        // X = Y / d is rational: one reduction per entry.
        let d = echelon[n - 1, n - 1]
        var y = [BigInt](repeating: 0, count: n * m)
        for k in stride(from: n - 1, through: 0, by: -1) {
            let pivot = echelon[k, k]
            for j in 0..<m {
                var s = k == n - 1 ? echelon[k, n + j] : d * echelon[k, n + j]
                for l in (k + 1)..<n where !echelon[k, l].isZero && !y[l * m + j].isZero {
                    s -= echelon[k, l] * y[l * m + j]
                }
                y[k * m + j] = k == n - 1 ? s : s / pivot
            }
        }
        var x = [Rational](repeating: .zero, count: n * m)
        for i in 0..<(n * m) where !y[i].isZero { x[i] = Rational(y[i], d) }
        return Matrix(rows: n, columns: m, elements: x)
    }

    /// From this order on, ``solve(_:)-(Matrix)`` tries the multimodular solve first.
    static let modularSolveOrder = 12

    /// X for the augmented [A | B] by ``ModularSolve`` (Chinese remaindering, checked
    /// exactly), with rows cleared of denominators first; nil when it does not apply.
    static func modularSolve(_ augmented: Matrix, n: Int, m: Int) -> Matrix? {
        let (entries, _) = FractionFreeEchelon.clearingRowDenominators(augmented)
        let width = n + m
        var a: [BigInt] = [], r: [BigInt] = []
        a.reserveCapacity(n * n)
        r.reserveCapacity(n * m)
        for i in 0..<n {
            a.append(contentsOf: entries[(i * width)..<(i * width + n)])
            r.append(contentsOf: entries[(i * width + n)..<((i + 1) * width)])
        }
        guard let (y, det) = ModularSolve.solve(a, r, n: n, columns: m) else { return nil }
        return Matrix(rows: n, columns: m, elements: y.map { $0.isZero ? .zero : Rational($0, det) })
    }

    /// The exact solution of Ax = b (see ``solve(_:)-(Matrix)``).
    ///
    /// - Throws: `.notSquare`, `.dimensionMismatch` (b.count ≠ rows), `.singular`.
    public func solve(_ b: Vector<Rational>) throws(LinearAlgebraError) -> Vector<Rational> {
        Vector(try solve(b.columnMatrix).elements)
    }

    /// The exact inverse A⁻¹ (fraction-free solve of AX = I).
    ///
    /// - Throws: `.notSquare` or `.singular`.
    public func inverse() throws(LinearAlgebraError) -> Matrix {
        guard isSquare else { throw .notSquare(rows: rows, columns: columns) }
        return try solve(Matrix.identity(rows))
    }

    /// The exact rank (of any shape), from the number of pivots of the fraction-free
    /// echelon form (Bareiss 1968).
    public var rank: Int {
        KernelProfile.measure(.linearSolve) { FractionFreeEchelon(self).pivots.count }
    }
}
