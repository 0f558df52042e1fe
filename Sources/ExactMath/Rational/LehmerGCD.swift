import BigInt

/// The greatest common divisor of big integers by Lehmer's algorithm (D. H. Lehmer,
/// "Euclid's algorithm for large numbers", Amer. Math. Monthly 45 (1938) 227–233; in the form
/// of Knuth, TAOCP vol. 2, §4.5.2, Algorithm L), replacing BigInt's binary (Stein) gcd, whose
/// one shift-and-subtract per bit made every reduction of a large rational cost O(bits²)
/// with an allocation per bit.
///
/// Each round runs Euclid's algorithm on the leading 62 bits of x ≥ y in machine integers,
/// collecting the cosequence matrix [[a, b], [c, d]] while the quotients are provably those of
/// the full numbers (Knuth's two-sided test: the quotients of (x̂ + a)/(ŷ + c) and
/// (x̂ + b)/(ŷ + d) agree), then applies it to the full numbers in one pass over their words
/// (x, y ← a·x + b·y, c·x + d·y). About 30 bits are removed per pass, so the cost is
/// O(words²) word operations with a handful of allocations. When no quotient can be
/// certified (the leading digits differ too much) a full division step is taken instead.
enum LehmerGCD {
    /// gcd(a, b); gcd(0, b) = b.
    static func gcd(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        if a.isZero { return b }
        if b.isZero { return a }
        if a.words.count == 1 && b.words.count == 1 {
            return BigUInt(Rational.gcd(UInt64(a.words[0]), UInt64(b.words[0])))
        }
        var x = Array(a.words), y = Array(b.words)
        trim(&x); trim(&y)
        if isLess(x, y) { swap(&x, &y) }
        while y.count > 1 {
            let shift = bitLength(x) - 62
            var u = Int64(bits62(x, at: shift)), v = Int64(bits62(y, at: shift))
            var ca: Int64 = 1, cb: Int64 = 0, cc: Int64 = 0, cd: Int64 = 1
            while v + cc > 0 && v + cd > 0 {
                let q = (u + ca) / (v + cc)
                if q != (u + cb) / (v + cd) { break }
                (ca, cc) = (cc, ca - q * cc)
                (cb, cd) = (cd, cb - q * cd)
                (u, v) = (v, u - q * v)
            }
            if cb == 0 {
                let r = BigUInt(words: x) % BigUInt(words: y)
                x = y
                y = Array(r.words)
                trim(&y)
            } else {
                let nx = combine(x, ca, y, cb), ny = combine(x, cc, y, cd)
                x = nx
                y = ny
            }
        }
        if y.isEmpty { return BigUInt(words: x) }
        let r = WordDivision.remainder(BigUInt(words: x), y[0])
        return BigUInt(Rational.gcd(UInt64(y[0]), UInt64(r)))
    }

    /// gcd(a, b) for signed integers (non-negative).
    static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        BigInt(gcd(a.magnitude, b.magnitude))
    }

    private static func trim(_ x: inout [UInt]) {
        while let last = x.last, last == 0 { x.removeLast() }
    }

    private static func isLess(_ x: [UInt], _ y: [UInt]) -> Bool {
        if x.count != y.count { return x.count < y.count }
        for i in stride(from: x.count - 1, through: 0, by: -1) where x[i] != y[i] { return x[i] < y[i] }
        return false
    }

    private static func bitLength(_ x: [UInt]) -> Int {
        64 * x.count - x[x.count - 1].leadingZeroBitCount
    }

    /// Bits shift..<shift + 62 of x (x has no bit set at or above shift + 62).
    private static func bits62(_ x: [UInt], at shift: Int) -> UInt {
        let w = shift / 64, o = shift % 64
        guard w < x.count else { return 0 }
        var value = x[w] >> o
        if o > 0 && w + 1 < x.count { value |= x[w + 1] << (64 - o) }
        return value
    }

    /// a·x + b·y for cofactors of opposite signs whose result is known to be ≥ 0.
    private static func combine(_ x: [UInt], _ a: Int64, _ y: [UInt], _ b: Int64) -> [UInt] {
        var out = [UInt]()
        out.reserveCapacity(x.count)
        var carry: Int128 = 0
        for i in 0..<x.count {
            let yi: UInt = i < y.count ? y[i] : 0
            let t = Int128(a) * Int128(x[i]) + Int128(b) * Int128(yi) + carry
            out.append(UInt(truncatingIfNeeded: t))
            carry = t >> 64
        }
        trim(&out)
        return out
    }
}
