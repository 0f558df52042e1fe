import RealModule

// The characteristic polynomial by Berkowitz's division-free algorithm.

extension Matrix where Scalar: AlgebraicField {
    /// The coefficients [c₀, c₁, …, cₙ] (lowest degree first, cₙ = 1) of the
    /// characteristic polynomial p(z) = det(zI − A) = Σ cₖ zᵏ.
    ///
    /// Berkowitz's algorithm (S. J. Berkowitz, "On computing the determinant in small
    /// parallel time using a small number of processors", Inf. Process. Lett. 18 (1984)
    /// 147–150) uses only ring operations — no division — so over `Rational` it is exact
    /// and never needs a nonzero pivot. Partition A = [[a, R], [C, M]] with a scalar,
    /// R a row, C a column, M the trailing (n−1)×(n−1) block. Then
    /// p_A = T · p_M, where T is the (n+1)×n lower-triangular Toeplitz matrix whose first
    /// column is (1, −a, −RC, −RMC, …, −RMⁿ⁻²C) (coefficient vectors highest degree
    /// first). Applying this from the 1×1 trailing block [aₙₙ] (p = z − aₙₙ) upward
    /// costs O(n⁴) ring operations.
    ///
    /// The 0×0 matrix has p(z) = 1. For `Matrix<Rational>` an overload computes the
    /// inner products with ``Rational/dot(_:_:)`` (one reduction per product).
    ///
    /// - Precondition: the matrix is square (a programming error otherwise).
    public func characteristicPolynomialCoefficients() -> [Scalar] {
        berkowitz { a, b in
            var s: Scalar = 0
            for i in a.indices { s += a[i] * b[i] }
            return s
        }
    }

    /// Berkowitz's recurrence with a caller-chosen inner product.
    func berkowitz(dot: ([Scalar], [Scalar]) -> Scalar) -> [Scalar] {
        precondition(isSquare, "characteristic polynomial of a non-square \(rows)×\(columns) matrix")
        let n = rows
        if n == 0 { return [1] }
        // v: coefficients of det(zI − A[k..., k...]), highest degree first.
        var v: [Scalar] = [1, -self[n - 1, n - 1]]
        for k in stride(from: n - 2, through: 0, by: -1) {
            let m = n - 1 - k                               // size of the trailing block M
            let r = (0..<m).map { self[k, k + 1 + $0] }      // R
            var w = (0..<m).map { self[k + 1 + $0, k] }      // Mʲ·C, starting at C
            let mRows = (0..<m).map { i in (0..<m).map { self[k + 1 + i, k + 1 + $0] } }
            // t = (1, −a, −RC, −RMC, …, −RMᵐ⁻¹C): m + 2 entries.
            var t: [Scalar] = [1, -self[k, k]]
            t.reserveCapacity(m + 2)
            for j in 0..<m {
                t.append(-dot(r, w))
                if j < m - 1 { w = mRows.map { dot($0, w) } }
            }
            // New v (m + 2 entries) = Toeplitz(t) · v (m + 1 entries).
            var next: [Scalar] = []
            next.reserveCapacity(m + 2)
            for i in 0...(m + 1) {
                // next[i] = Σ_{j ≤ min(i, m)} t[i − j]·v[j]  (t has m + 2 entries, so no lower cut).
                let hi = Swift.min(i, m)
                let ts = (0...hi).map { t[i - $0] }
                let vs = Array(v[0...hi])
                next.append(dot(ts, vs))
            }
            v = next
        }
        return v.reversed()
    }
}

extension Matrix where Scalar == Rational {
    /// The exact coefficients [c₀, …, cₙ] of det(zI − A), lowest degree first, cₙ = 1,
    /// by Berkowitz's division-free algorithm (Berkowitz 1984) with every inner product
    /// accumulated exactly and reduced once (``Rational/dot(_:_:)``).
    ///
    /// - Precondition: the matrix is square.
    public func characteristicPolynomialCoefficients() -> [Rational] {
        berkowitz(dot: Rational.dot)
    }
}
