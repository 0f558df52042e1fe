extension Matrix where Scalar == Rational {
    /// The characteristic polynomial det(z·I − A) of a square rational matrix, monic of
    /// degree n, computed exactly.
    ///
    /// Method: the Faddeev–LeVerrier recurrence (Leverrier 1840, Faddeev 1949):
    /// M₀ = 0, cₙ = 1 and, for k = 1…n, Mₖ = A·Mₖ₋₁ + cₙ₋ₖ₊₁·I, cₙ₋ₖ = −tr(A·Mₖ)/k;
    /// exact over ℚ (the division by k is exact in a field).
    /// - Precondition: the matrix is square.
    public var characteristicPolynomial: Polynomial {
        precondition(isSquare, "characteristic polynomial of a non-square matrix")
        let n = rows
        var c = [Rational](repeating: .zero, count: n + 1)
        c[n] = 1
        var m = Matrix.zero(rows: n, columns: n)
        for k in stride(from: 1, through: n, by: 1) {
            m = self * m
            for i in 0..<n { m[i, i] += c[n - k + 1] }
            let am = self * m
            c[n - k] = -am.trace / Rational(k)
        }
        return Polynomial(coefficients: c)
    }
}
