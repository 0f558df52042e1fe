import BigInt

extension Rational {
    /// The square root when it is rational (numerator and denominator perfect squares, the
    /// value non-negative), nil otherwise. Exact: decided by integer square roots and a check
    /// that squaring gives back the fields, never through Double.
    public var exactSquareRoot: Rational? {
        guard signum >= 0 else { return nil }
        let p = numerator.squareRoot(), q = denominator.squareRoot()
        guard p * p == numerator, q * q == denominator else { return nil }
        return Rational(p, q)
    }
}
