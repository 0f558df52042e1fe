extension Matrix where Scalar == Rational {
    /// The characteristic polynomial det(z·I − A) of a square rational matrix, monic of
    /// degree n (the constant 1 for the 0×0 matrix), computed exactly by Berkowitz's
    /// division-free algorithm (Berkowitz 1984;
    /// ``Matrix/characteristicPolynomialCoefficients()``).
    /// - Precondition: the matrix is square.
    public var characteristicPolynomial: Polynomial {
        KernelProfile.measure(.characteristicPolynomial) { Polynomial(coefficients: characteristicPolynomialCoefficients()) }
    }
}
