import BigInt

extension Rational {
    /// The `Double` nearest to the value, ties to even: correctly rounded, including
    /// subnormal results, overflow to ±infinity, and operands with hundreds of digits
    /// (where `Double(p) / Double(q)` would give inf/inf = NaN).
    ///
    /// Method: with a = |p|, b = q, take k so that m = ⌊a·2^k / b⌋ has 54–55 bits, keep
    /// the 53 (or, below the normal range, fewer) leading bits of m, and round the rest
    /// half-to-even using the division remainder as a sticky bit. Scaling the kept
    /// integer by a power of two is then exact.
    public var doubleValue: Double {
        if numerator.isZero { return 0 }
        // Both fields exact in a Double (|p|, q < 2⁵³): IEEE division of exact operands is
        // correctly rounded (ties to even), so it gives the same value as the method below.
        if let (p, q) = small,
           p.magnitude < (1 << 53), q < (1 << 53) {
            return Double(p) / Double(q)
        }
        let negative = numerator.sign == .minus
        let a = numerator.magnitude, b = denominator.magnitude
        let k = 54 - (a.bitWidth - b.bitWidth)
        let scaledA = k >= 0 ? a << k : a
        let scaledB = k >= 0 ? b : b << (-k)
        let (m, r) = scaledA.quotientAndRemainder(dividingBy: scaledB)
        let sticky = !r.isZero
        // m · 2^(−k) ≤ value < (m+1) · 2^(−k); the leading bit of m sits at 2^E.
        let e = m.bitWidth - 1 - k
        let keep = e >= -1022 ? 53 : 53 - (-1022 - e)
        if keep < 0 { return negative ? -0.0 : 0.0 }
        let drop = m.bitWidth - keep
        var mantissa = m >> drop
        let rest = m - (mantissa << drop)
        if drop > 0 {
            let half = BigUInt(1) << (drop - 1)
            if rest > half || (rest == half && (sticky || mantissa[bitAt: 0])) {
                mantissa += 1
            }
        }
        let magnitude = Double(sign: .plus, exponent: drop - k, significand: Double(mantissa))
        return negative ? -magnitude : magnitude
    }
}

extension Double {
    /// The `Double` nearest to an exact rational (see ``Rational/doubleValue``).
    public init(_ x: Rational) { self = x.doubleValue }
}
