import BigInt

/// An exact rational number p/q over arbitrary-precision integers.
///
/// Every observable value is normalized: the denominator is positive and
/// gcd(|p|, q) = 1, so two equal rationals have identical fields and hash alike.
/// Arithmetic takes an `Int64` fast path whenever the operands and the
/// intermediate products fit (overflow is detected, never wrapped), and falls
/// back to `BigInt` otherwise.
///
/// Computations that combine many terms can avoid one gcd per operation by
/// accumulating with ``Rational/sum(_:)`` or ``Rational/dot(_:_:)``, which
/// reduce once at the end.
public struct Rational: Sendable {
    /// The numerator p; its sign is the sign of the number.
    public let numerator: BigInt
    /// The denominator q > 0, coprime to the numerator.
    public let denominator: BigInt
    /// The fields as machine integers when both have at most 63 bits (then
    /// `smallDenominator` > 0), read once at construction so that the `Int64` fast paths of
    /// the arithmetic cost no conversion; `smallDenominator` is 0 otherwise.
    @usableFromInline let smallNumerator: Int64
    @usableFromInline let smallDenominator: Int64

    /// Creates a normalized value from fields already known to be normalized.
    @usableFromInline
    init(normalizedNumerator p: BigInt, denominator q: BigInt) {
        numerator = p
        denominator = q
        if let a = Rational.int64(p), let b = Rational.int64(q) {
            smallNumerator = a
            smallDenominator = b
        } else {
            smallNumerator = 0
            smallDenominator = 0
        }
    }

    /// x as `Int64` when |x| < 2⁶³ (read from its one word, no generic conversion).
    @usableFromInline
    static func int64(_ x: BigInt) -> Int64? {
        let m = x.magnitude
        guard m.bitWidth <= 63 else { return nil }
        let w = m.isZero ? 0 : Int64(m.words[0])
        return x.sign == .minus ? -w : w
    }

    /// The rational p/q, reduced to lowest terms.
    ///
    /// - Precondition: `q != 0`. Use ``Rational/init(_:over:)-throws`` style
    ///   checks (``RationalError/zeroDenominator``) for values that come from users.
    public init(_ p: BigInt, _ q: BigInt) {
        precondition(!q.isZero, "Rational: zero denominator")
        self = Rational.reduce(p, q)
    }

    /// The rational p/q from machine integers, reduced to lowest terms.
    public init(_ p: Int, _ q: Int) {
        precondition(q != 0, "Rational: zero denominator")
        if let (a, b) = Rational.reduceSmall(Int64(p), Int64(q)) {
            self.init(normalizedNumerator: BigInt(a), denominator: BigInt(b))
        } else {
            self = Rational.reduce(BigInt(p), BigInt(q))
        }
    }

    /// The integer n as a rational.
    public init(_ n: BigInt) {
        self.init(normalizedNumerator: n, denominator: 1)
    }

    /// The integer n as a rational.
    public init(_ n: Int) {
        self.init(normalizedNumerator: BigInt(n), denominator: 1)
    }

    /// The exact value of a finite `Double` (every finite double is a dyadic rational).
    /// Returns `nil` for NaN and infinities.
    public init?(exactly x: Double) {
        guard x.isFinite else { return nil }
        if x == 0 { self = .zero; return }
        let significand = BigInt(x.significandBitPattern | (x.isNormal ? (1 << 52) : 0))
        let exponent = (x.isNormal ? Int(x.exponent) : -1022) - 52
        let signed = x < 0 ? -significand : significand
        if exponent >= 0 {
            self.init(signed << exponent)
        } else {
            self.init(signed, BigInt(1) << (-exponent))
        }
    }

    public static let zero = Rational(normalizedNumerator: 0, denominator: 1)
    public static let one = Rational(normalizedNumerator: 1, denominator: 1)

    /// Whether the value is an integer.
    public var isInteger: Bool { denominator == 1 }
    /// Whether the value is zero.
    public var isZero: Bool { numerator.isZero }
    /// −1, 0 or 1.
    public var signum: Int { numerator.isZero ? 0 : (numerator.sign == .minus ? -1 : 1) }

    /// Reduces p/q (q ≠ 0) to lowest terms with a positive denominator.
    @usableFromInline
    static func reduce(_ p: BigInt, _ q: BigInt) -> Rational {
        if p.isZero { return .zero }
        if let p64 = int64(p), let q64 = int64(q),
           let (a, b) = reduceSmall(p64, q64) {
            return Rational(normalizedNumerator: BigInt(a), denominator: BigInt(b))
        }
        var p = p, q = q
        if q.sign == .minus { p.negate(); q.negate() }
        let g = LehmerGCD.gcd(p, q)
        if g != 1 { p /= g; q /= g }
        return Rational(normalizedNumerator: p, denominator: q)
    }

    /// Reduces p/q in 64-bit arithmetic; `nil` if negation would overflow.
    @usableFromInline
    static func reduceSmall(_ p: Int64, _ q: Int64) -> (Int64, Int64)? {
        if p == 0 { return (0, 1) }
        guard p != .min, q != .min else { return nil }
        let g = Int64(gcd(p.magnitude, q.magnitude))
        var a = p / g, b = q / g
        if b < 0 { a = -a; b = -b }
        return (a, b)
    }

    /// Binary gcd of two machine words.
    @usableFromInline
    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var a = a, b = b
        if a == 0 { return b }
        if b == 0 { return a }
        let shift = (a | b).trailingZeroBitCount
        a >>= a.trailingZeroBitCount
        repeat {
            b >>= b.trailingZeroBitCount
            if a > b { swap(&a, &b) }
            b -= a
        } while b != 0
        return a << shift
    }
}
