import BigInt

extension Rational {
    /// The small (Int64) fields of the value, when both fit.
    @inlinable
    var small: (Int64, Int64)? {
        smallDenominator > 0 ? (smallNumerator, smallDenominator) : nil
    }

    public static func + (a: Rational, b: Rational) -> Rational {
        if a.isZero { return b }
        if b.isZero { return a }
        if let (p, q) = a.small, let (r, s) = b.small {
            // p/q + r/s = (p·s + r·q)/(q·s), all in Int64 when nothing overflows.
            let (ps, o1) = p.multipliedReportingOverflow(by: s)
            let (rq, o2) = r.multipliedReportingOverflow(by: q)
            let (qs, o3) = q.multipliedReportingOverflow(by: s)
            if !o1 && !o2 && !o3 {
                let (num, o4) = ps.addingReportingOverflow(rq)
                if !o4, let (x, y) = reduceSmall(num, qs) {
                    return Rational(normalizedNumerator: BigInt(x), denominator: BigInt(y))
                }
            }
        }
        if a.denominator == b.denominator {
            return reduce(a.numerator + b.numerator, a.denominator)
        }
        return reduce(a.numerator * b.denominator + b.numerator * a.denominator,
                      a.denominator * b.denominator)
    }

    public static func - (a: Rational, b: Rational) -> Rational { a + (-b) }

    public static prefix func - (a: Rational) -> Rational {
        Rational(normalizedNumerator: -a.numerator, denominator: a.denominator)
    }

    public static func * (a: Rational, b: Rational) -> Rational {
        if a.isZero || b.isZero { return .zero }
        if let (p, q) = a.small, let (r, s) = b.small {
            let (pr, o1) = p.multipliedReportingOverflow(by: r)
            let (qs, o2) = q.multipliedReportingOverflow(by: s)
            if !o1 && !o2, let (x, y) = reduceSmall(pr, qs) {
                return Rational(normalizedNumerator: BigInt(x), denominator: BigInt(y))
            }
        }
        // Cross-cancel first so the products stay small: (p/q)(r/s) with gcd(p,s), gcd(r,q).
        let g1 = LehmerGCD.gcd(a.numerator, b.denominator)
        let g2 = LehmerGCD.gcd(b.numerator, a.denominator)
        return Rational(normalizedNumerator: (a.numerator / g1) * (b.numerator / g2),
                        denominator: (a.denominator / g2) * (b.denominator / g1))
    }

    /// a / b. - Precondition: b ≠ 0 (division by an exact zero is a programming error;
    /// check user input with ``isZero`` first, or use ``reciprocal``).
    public static func / (a: Rational, b: Rational) -> Rational {
        precondition(!b.isZero, "Rational: division by zero")
        return a * b.inverted
    }

    public static func += (a: inout Rational, b: Rational) { a = a + b }
    public static func -= (a: inout Rational, b: Rational) { a = a - b }
    public static func *= (a: inout Rational, b: Rational) { a = a * b }
    public static func /= (a: inout Rational, b: Rational) { a = a / b }

    /// 1/a. - Precondition: a ≠ 0.
    @usableFromInline
    var inverted: Rational {
        precondition(!isZero, "Rational: division by zero")
        if numerator.sign == .minus {
            return Rational(normalizedNumerator: -denominator, denominator: -numerator)
        }
        return Rational(normalizedNumerator: denominator, denominator: numerator)
    }

    /// |a|.
    public var absoluteValue: Rational {
        numerator.sign == .minus ? -self : self
    }

    /// aⁿ for an integer exponent n (negative n requires a ≠ 0).
    public func power(_ n: Int) -> Rational {
        if n < 0 { return inverted.power(-n) }
        return Rational(normalizedNumerator: numerator.power(n), denominator: denominator.power(n))
    }

    /// The largest integer ≤ the value.
    public var floor: BigInt {
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        return (r.sign == .minus && !r.isZero) ? q - 1 : q
    }

    /// The smallest integer ≥ the value.
    public var ceiling: BigInt {
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        return (r.sign == .plus && !r.isZero) ? q + 1 : q
    }

    /// The exact sum of many terms, reduced once at the end.
    ///
    /// Terms are accumulated over a common denominator (the running lcm), so no gcd of
    /// the running numerator is taken per term: summing 1/1 + … + 1/2000 this way is
    /// about forty times faster than folding with `+`.
    public static func sum<S: Sequence>(_ terms: S) -> Rational where S.Element == Rational {
        var accumulator = RationalAccumulator()
        for t in terms { accumulator.add(t) }
        return accumulator.value
    }

    /// The exact dot product Σ aᵢbᵢ, reduced once at the end: in `Int64` while every term and
    /// the running sum fit, otherwise as one integer inner product over the common
    /// denominators of a and b (``CommonDenominatorVector``).
    public static func dot(_ a: [Rational], _ b: [Rational]) -> Rational {
        precondition(a.count == b.count, "Rational.dot: lengths differ")
        var accumulator = RationalAccumulator()
        for i in a.indices where !accumulator.addIfSmall(a[i], times: b[i]) {
            return CommonDenominatorVector(a).dot(CommonDenominatorVector(b))
        }
        return accumulator.value
    }
}

/// A running exact sum kept as an unreduced fraction N/D.
///
/// Adding p/q multiplies in only the part of q not already in D (one gcd of q with D,
/// which is cheap because q is small next to D), so the cost per term is a few
/// multiplications; the single reduction happens when ``value`` is read.
public struct RationalAccumulator: Sendable {
    private var numerator: BigInt = 0
    private var denominator: BigInt = 1
    private var smallNumerator: Int64 = 0
    private var smallDenominator: Int64 = 1
    private var isSmall = true

    public init() {}

    /// Adds a term.
    public mutating func add(_ x: Rational) {
        if x.isZero { return }
        if isSmall, let (p, q) = x.small, addSmall(p, q) { return }
        spill()
        if x.denominator == denominator {
            numerator += x.numerator
            return
        }
        let g = gcdWithDenominator(x.denominator)
        let extra = x.denominator / g        // the part of q not in D
        numerator = numerator * extra + x.numerator * (g == 1 ? denominator : denominator / g)
        denominator *= extra
    }

    /// gcd(q, D) for the running denominator D: when q fits in a word, one remainder
    /// D mod q and a machine-word gcd, avoiding BigInt's slow general gcd.
    private func gcdWithDenominator(_ q: BigInt) -> BigInt {
        if let small = UInt64(exactly: q) {
            let r = UInt64(denominator.magnitude % BigUInt(small))
            return BigInt(Rational.gcd(small, r))
        }
        return LehmerGCD.gcd(q, denominator)
    }

    /// Adds the product a·b.
    public mutating func add(_ a: Rational, times b: Rational) {
        if a.isZero || b.isZero { return }
        if isSmall, let (p, q) = a.small, let (r, s) = b.small {
            let (pr, o1) = p.multipliedReportingOverflow(by: r)
            let (qs, o2) = q.multipliedReportingOverflow(by: s)
            if !o1 && !o2 && addSmall(pr, qs) { return }
        }
        spill()
        let p = a.numerator * b.numerator, q = a.denominator * b.denominator
        let g = gcdWithDenominator(q)
        let extra = q / g
        numerator = numerator * extra + p * (denominator / g)
        denominator *= extra
    }

    /// Adds a·b if the sum stays in machine integers; returns false (and changes nothing) otherwise.
    mutating func addIfSmall(_ a: Rational, times b: Rational) -> Bool {
        if a.isZero || b.isZero { return true }
        guard isSmall, let (p, q) = a.small, let (r, s) = b.small else { return false }
        let (pr, o1) = p.multipliedReportingOverflow(by: r)
        let (qs, o2) = q.multipliedReportingOverflow(by: s)
        return !o1 && !o2 && addSmall(pr, qs)
    }

    private mutating func addSmall(_ p: Int64, _ q: Int64) -> Bool {
        // Keep N/D in Int64 while it fits: D ← lcm(D, q).
        let g = Int64(Rational.gcd(smallDenominator.magnitude, q.magnitude))
        let extra = q / g
        let (d, o1) = smallDenominator.multipliedReportingOverflow(by: extra)
        let (n1, o2) = smallNumerator.multipliedReportingOverflow(by: extra)
        let (n2, o3) = p.multipliedReportingOverflow(by: smallDenominator / g)
        guard !o1, !o2, !o3 else { return false }
        let (n, o4) = n1.addingReportingOverflow(n2)
        guard !o4 else { return false }
        smallNumerator = n
        smallDenominator = d
        return true
    }

    private mutating func spill() {
        if isSmall {
            numerator = BigInt(smallNumerator)
            denominator = BigInt(smallDenominator)
            isSmall = false
        }
    }

    /// The sum so far, normalized.
    public var value: Rational {
        isSmall ? Rational(Int(smallNumerator), Int(smallDenominator))
                : Rational(numerator, denominator)
    }
}
