import BigInt

/// Division of a big integer by a one-word divisor in a single pass over its words (BigInt's
/// general long division normalizes, shifts and allocates even when the divisor is one word).
enum WordDivision {
    /// x mod q for q > 0.
    static func remainder(_ x: BigUInt, _ q: UInt) -> UInt {
        var r: UInt = 0
        let words = x.words
        for i in stride(from: words.count - 1, through: 0, by: -1) {
            r = q.dividingFullWidth((r, words[i])).remainder
        }
        return r
    }

    /// ⌊x / q⌋ for q > 0.
    static func quotient(_ x: BigUInt, _ q: UInt) -> BigUInt {
        let words = x.words
        var out = [UInt](repeating: 0, count: words.count)
        var r: UInt = 0
        for i in stride(from: words.count - 1, through: 0, by: -1) {
            (out[i], r) = q.dividingFullWidth((r, words[i]))
        }
        return BigUInt(words: out)
    }

    /// a / b for a divisor b > 0 of a (exact), by one-word division when b fits in a word.
    static func exactQuotient(_ a: BigInt, _ b: BigInt) -> BigInt {
        if b == 1 { return a }
        guard let small = UInt(exactly: b) else { return a / b }
        let q = BigInt(quotient(a.magnitude, small))
        return a.sign == .minus ? -q : q
    }
}
