import BigInt

/// Exact ring operations, Euclidean division and gcd over ℚ[z], and the substitutions
/// z ↦ r·z, z ↦ 1/z (reversal) and z ↦ q(z) used by the root-location tests.
extension Polynomial {
    /// p + q.
    public static func + (p: Polynomial, q: Polynomial) -> Polynomial {
        let n = Swift.max(p.coefficients.count, q.coefficients.count)
        return Polynomial(coefficients: (0..<n).map { p[$0] + q[$0] })
    }

    /// p − q.
    public static func - (p: Polynomial, q: Polynomial) -> Polynomial {
        let n = Swift.max(p.coefficients.count, q.coefficients.count)
        return Polynomial(coefficients: (0..<n).map { p[$0] - q[$0] })
    }

    /// −p.
    public static prefix func - (p: Polynomial) -> Polynomial {
        Polynomial(coefficients: p.coefficients.map { -$0 })
    }

    /// p·q (schoolbook convolution; each output coefficient is summed exactly with one
    /// reduction via ``Rational/dot(_:_:)``).
    public static func * (p: Polynomial, q: Polynomial) -> Polynomial {
        if p.isZero || q.isZero { return .zero }
        let n = p.degree + q.degree
        var out = [Rational](repeating: .zero, count: n + 1)
        for k in 0...n {
            let lo = Swift.max(0, k - q.degree), hi = Swift.min(k, p.degree)
            out[k] = Rational.dot(Array(p.coefficients[lo...hi]),
                                  (lo...hi).map { q.coefficients[k - $0] })
        }
        return Polynomial(coefficients: out)
    }

    /// c·p.
    public static func * (c: Rational, p: Polynomial) -> Polynomial {
        if c.isZero { return .zero }
        return Polynomial(coefficients: p.coefficients.map { c * $0 })
    }

    /// p·c.
    public static func * (p: Polynomial, c: Rational) -> Polynomial { c * p }

    /// The unique (q, r) with `self = divisor·q + r` and deg r < deg divisor
    /// (Euclidean division over the field ℚ).
    /// - Precondition: `divisor` is not the zero polynomial (a programming error).
    public func quotientAndRemainder(dividingBy divisor: Polynomial)
        -> (quotient: Polynomial, remainder: Polynomial) {
        precondition(!divisor.isZero, "Polynomial: division by the zero polynomial")
        let m = divisor.degree
        if degree < m { return (.zero, self) }
        var r = coefficients
        var q = [Rational](repeating: .zero, count: degree - m + 1)
        let lead = divisor.leadingCoefficient
        for k in stride(from: degree - m, through: 0, by: -1) {
            let c = r[k + m] / lead
            q[k] = c
            if c.isZero { continue }
            for j in 0...m { r[k + j] -= c * divisor.coefficients[j] }
        }
        return (Polynomial(coefficients: q), Polynomial(coefficients: Array(r.prefix(m))))
    }

    /// Whether `divisor` divides `self` exactly. - Precondition: divisor ≠ 0.
    public func isDivisible(by divisor: Polynomial) -> Bool {
        quotientAndRemainder(dividingBy: divisor).remainder.isZero
    }

    /// The monic greatest common divisor (Euclid's algorithm over ℚ, each remainder made
    /// monic to keep the rationals small). gcd(0, 0) = 0; otherwise the result is monic.
    public static func gcd(_ a: Polynomial, _ b: Polynomial) -> Polynomial {
        var x = a.monic, y = b.monic
        while !y.isZero {
            let r = x.quotientAndRemainder(dividingBy: y).remainder
            x = y
            y = r.monic
        }
        return x
    }

    /// The squarefree part p / gcd(p, p′), made monic: it has each distinct complex root
    /// of p exactly once. Zero and nonzero constants give themselves made monic.
    public var squarefreePart: Polynomial {
        guard degree >= 1 else { return monic }
        let g = Polynomial.gcd(self, derivative)
        return quotientAndRemainder(dividingBy: g).quotient.monic
    }

    /// p(r·z): the coefficient of zᵏ is cₖ·rᵏ, so the roots are those of p divided by r.
    /// With r = u/v in lowest terms, cₖrᵏ = (pₖuᵏ)/(qₖvᵏ) is reduced once (one gcd per
    /// coefficient instead of the two of a rational product and a rational power).
    public func scaledArgument(by r: Rational) -> Polynomial {
        if r == 1 || degree <= 0 { return self }
        var uPower = BigInt(1), vPower = BigInt(1)
        var out: [Rational] = []
        out.reserveCapacity(coefficients.count)
        for c in coefficients {
            out.append(c.isZero ? .zero : Rational(c.numerator * uPower, c.denominator * vPower))
            uPower *= r.numerator
            vPower *= r.denominator
        }
        return Polynomial(coefficients: out)
    }

    /// The reversal zⁿ·p(1/z), n = ``degree``: the coefficients in reverse order. Its
    /// roots are the reciprocals of the nonzero roots of p; when p(0) = 0 the degree
    /// drops by the multiplicity of the root 0. The zero polynomial reverses to zero.
    public var reversed: Polynomial {
        Polynomial(coefficients: coefficients.reversed())
    }

    /// The composition p(q(z)), by Horner's rule in ℚ[z].
    public func composed(with q: Polynomial) -> Polynomial {
        var value = Polynomial.zero
        for c in coefficients.reversed() { value = value * q + Polynomial(constant: c) }
        return value
    }

    /// The number k of factors z in p (the multiplicity of the root 0) and p / zᵏ.
    /// The zero polynomial gives (0, 0).
    public var strippingZeroRoots: (multiplicity: Int, rest: Polynomial) {
        guard let k = coefficients.firstIndex(where: { !$0.isZero }) else { return (0, .zero) }
        return (k, Polynomial(coefficients: Array(coefficients[k...])))
    }
}
