import BigInt

/// A rational vector over one common denominator, v = numerators / denominator with the
/// denominator the lcm of the entries' denominators: the form in which exact linear algebra
/// codes (FLINT's `fmpq_mat`, QSopt_ex, exact SoPlex) keep rational data, so that inner
/// products are integer inner products and only their results are reduced.
public struct CommonDenominatorVector: Sendable, Hashable {
    /// The integer numerators Nᵢ = vᵢ·D.
    public var numerators: [BigInt] { small.map { $0.map { BigInt($0) } } ?? big }
    /// The common denominator D > 0 (the lcm of the entries' denominators).
    public let denominator: BigInt
    /// The numerators in machine integers when every entry and D fit (|Nᵢ|, D < 2⁶²).
    private let small: [Int64]?
    private let big: [BigInt]

    /// v over the lcm of its denominators.
    public init(_ v: [Rational]) {
        if let (numerators, d) = Self.smallForm(v) {
            small = numerators
            big = []
            denominator = BigInt(d)
        } else {
            small = nil
            (big, denominator) = IntegerMatrix.clearingDenominators(v)
        }
    }

    /// (Nᵢ, D) in Int64 when every entry has Int64 fields and the lcm and numerators stay below 2⁶².
    private static func smallForm(_ v: [Rational]) -> ([Int64], Int64)? {
        var d: Int64 = 1
        var fields: [(Int64, Int64)] = []
        fields.reserveCapacity(v.count)
        for x in v {
            guard let (p, q) = x.small else { return nil }
            fields.append((p, q))
            if q != 1 && q != d {
                let g = Int64(Rational.gcd(UInt64(d), UInt64(q)))
                let (l, o) = d.multipliedReportingOverflow(by: q / g)
                guard !o, l < (1 << 62) else { return nil }
                d = l
            }
        }
        var out: [Int64] = []
        out.reserveCapacity(v.count)
        for (p, q) in fields {
            let (n, o) = p.multipliedReportingOverflow(by: d / q)
            guard !o, n.magnitude < (1 << 62) else { return nil }
            out.append(n)
        }
        return (out, d)
    }

    /// Σ aᵢbᵢ exactly: one integer inner product and one reduction.
    /// - Precondition: the vectors have the same length.
    public func dot(_ other: CommonDenominatorVector) -> Rational {
        precondition(max(small?.count ?? big.count, 0) == (other.small?.count ?? other.big.count),
                     "CommonDenominatorVector.dot: lengths differ")
        let denominator = self.denominator * other.denominator
        switch (small, other.small) {
        case let (a?, b?):
            if let s = IntegerMatrix.dot(a, b) { return Rational(BigInt(s), denominator) }
            return Rational(IntegerMatrix.dot(a.map { BigInt($0) }, b.map { BigInt($0) })!, denominator)
        case let (a?, nil):
            return Rational(Self.mixedDot(a, other.big), denominator)
        case let (nil, b?):
            return Rational(Self.mixedDot(b, big), denominator)
        case (nil, nil):
            return Rational(IntegerMatrix.dot(big, other.big)!, denominator)
        }
    }

    /// Σ aᵢbᵢ with machine-integer a: one-word products accumulated in place (no allocation
    /// per term), positive and negative terms apart.
    private static func mixedDot(_ a: [Int64], _ b: [BigInt]) -> BigInt {
        var positive: [UInt] = [], negative: [UInt] = []
        for i in a.indices where a[i] != 0 && !b[i].isZero {
            let isNegative = (a[i] < 0) != (b[i].sign == .minus)
            if isNegative {
                addProduct(&negative, b[i].magnitude, UInt(a[i].magnitude))
            } else {
                addProduct(&positive, b[i].magnitude, UInt(a[i].magnitude))
            }
        }
        return BigInt(BigUInt(words: positive)) - BigInt(BigUInt(words: negative))
    }

    /// acc += x·m in place (little-endian words).
    private static func addProduct(_ acc: inout [UInt], _ x: BigUInt, _ m: UInt) {
        let words = x.words
        if acc.count < words.count + 1 { acc.append(contentsOf: repeatElement(0, count: words.count + 1 - acc.count)) }
        var carry: UInt = 0
        var i = 0
        for w in words {
            let (hi, lo) = w.multipliedFullWidth(by: m)
            let (s1, o1) = acc[i].addingReportingOverflow(lo)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            acc[i] = s2
            carry = hi &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)   // hi ≤ 2⁶⁴ − 2: no overflow
            i += 1
        }
        while carry != 0 {
            if i == acc.count { acc.append(0) }
            let (s, o) = acc[i].addingReportingOverflow(carry)
            acc[i] = s
            carry = o ? 1 : 0
            i += 1
        }
    }
}

extension Matrix where Scalar == Rational {
    /// The exact products rᵢ·v of every row rᵢ with v (Av), with v brought to a common
    /// denominator once and each row once: integer inner products, one reduction per row.
    /// - Precondition: `v.count == columns`.
    public func rowProducts(_ v: [Rational]) -> [Rational] {
        precondition(v.count == columns, "rowProducts: \(rows)×\(columns) times \(v.count)")
        let cv = CommonDenominatorVector(v)
        return (0..<rows).map { CommonDenominatorVector(row($0)).dot(cv) }
    }

    /// The exact products cⱼ·v of every column cⱼ with v (Aᵀv); see ``rowProducts(_:)``.
    /// - Precondition: `v.count == rows`.
    public func columnProducts(_ v: [Rational]) -> [Rational] {
        precondition(v.count == rows, "columnProducts: (\(rows)×\(columns))ᵀ times \(v.count)")
        let cv = CommonDenominatorVector(v)
        return (0..<columns).map { CommonDenominatorVector(column($0)).dot(cv) }
    }
}
