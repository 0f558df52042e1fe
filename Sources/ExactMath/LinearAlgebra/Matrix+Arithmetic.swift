import RealModule

extension Matrix where Scalar: AlgebraicField {
    @inlinable
    public static func + (a: Matrix, b: Matrix) -> Matrix {
        precondition(a.rows == b.rows && a.columns == b.columns, "Matrix +: shapes differ")
        return Matrix(rows: a.rows, columns: a.columns, elements: zip(a.elements, b.elements).map { $0 + $1 })
    }

    @inlinable
    public static func - (a: Matrix, b: Matrix) -> Matrix {
        precondition(a.rows == b.rows && a.columns == b.columns, "Matrix -: shapes differ")
        return Matrix(rows: a.rows, columns: a.columns, elements: zip(a.elements, b.elements).map { $0 - $1 })
    }

    public static prefix func - (a: Matrix) -> Matrix { a.map { -$0 } }

    @inlinable
    public static func * (s: Scalar, a: Matrix) -> Matrix { a.map { s * $0 } }

    /// The matrix product AB. - Precondition: A.columns == B.rows.
    @inlinable
    public static func * (a: Matrix, b: Matrix) -> Matrix {
        precondition(a.columns == b.rows, "Matrix *: \(a.rows)×\(a.columns) times \(b.rows)×\(b.columns)")
        var out = Matrix.zero(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows {
            for k in 0..<a.columns {
                let aik = a[i, k]
                if aik == 0 { continue }
                for j in 0..<b.columns { out[i, j] += aik * b[k, j] }
            }
        }
        return out
    }

    /// The matrix–vector product Av. - Precondition: A.columns == v.count.
    @inlinable
    public static func * (a: Matrix, v: Vector<Scalar>) -> Vector<Scalar> {
        precondition(a.columns == v.count, "Matrix * Vector: \(a.rows)×\(a.columns) times \(v.count)")
        var out = [Scalar](repeating: 0, count: a.rows)
        for i in 0..<a.rows {
            var s: Scalar = 0
            for j in 0..<a.columns { s += a[i, j] * v[j] }
            out[i] = s
        }
        return Vector(out)
    }

    /// Aᵏ for k ≥ 0, by repeated squaring.
    @inlinable
    public func power(_ k: Int) -> Matrix {
        precondition(isSquare && k >= 0, "Matrix.power: square matrix and k ≥ 0 required")
        var result = Matrix.identity(rows), base = self, k = k
        while k > 0 {
            if k & 1 == 1 { result = result * base }
            k >>= 1
            if k > 0 { base = base * base }
        }
        return result
    }
}

extension Matrix where Scalar == Rational {
    /// The exact product AB, each entry a dot product reduced once (see ``Rational/dot(_:_:)``).
    public static func * (a: Matrix, b: Matrix) -> Matrix {
        precondition(a.columns == b.rows, "Matrix *: \(a.rows)×\(a.columns) times \(b.rows)×\(b.columns)")
        let bt = b.transposed
        return Matrix(rows: a.rows, columns: b.columns) { i, j in
            Rational.dot(a.row(i), bt.row(j))
        }
    }

    /// The nearest `Double` matrix, entry by entry (each correctly rounded).
    public var doubleValue: Matrix<Double> { map(\.doubleValue) }
}
