import BigInt

/// A closed interval [lo, hi] of reals with Float64 ends, for rigorous enclosures: every
/// operation rounds to nearest and then widens each end by one ulp (`nextDown`/`nextUp`),
/// which contains the exact result because a correctly rounded IEEE-754 operation is within
/// half an ulp of it. A non-finite end makes the enclosure useless (callers give up).
struct RoundedInterval {
    var lo: Double, hi: Double

    init(_ lo: Double, _ hi: Double) { self.lo = lo; self.hi = hi }

    static func - (a: RoundedInterval, b: RoundedInterval) -> RoundedInterval {
        RoundedInterval((a.lo - b.hi).nextDown, (a.hi - b.lo).nextUp)
    }

    static func * (a: RoundedInterval, b: RoundedInterval) -> RoundedInterval {
        let p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
        return RoundedInterval(p.min()!.nextDown, p.max()!.nextUp)
    }

    /// The interval times 2ᵏ (exact in binary floating point away from underflow; widened
    /// by one ulp so that an underflow still leaves an enclosure).
    func scaled(byPowerOfTwo k: Int) -> RoundedInterval {
        RoundedInterval(Double(sign: .plus, exponent: k, significand: lo).nextDown,
                        Double(sign: .plus, exponent: k, significand: hi).nextUp)
    }

    /// The range of |x| over the interval.
    var magnitude: (lo: Double, hi: Double) {
        if lo >= 0 { return (lo, hi) }
        if hi <= 0 { return (-hi, -lo) }
        return (0, Swift.max(-lo, hi))
    }

    var isFinite: Bool { lo.isFinite && hi.isFinite }

    /// An enclosure of x·2⁻ˢʰⁱᶠᵗ for an integer x: its leading 64 bits t bracket it as
    /// t·2ᵉ ≤ |x| < (t + 1)·2ᵉ, and each bound is rounded outward.
    init(_ x: BigInt, shift: Int) {
        let m = x.magnitude
        let width = m.bitWidth
        let e = Swift.max(0, width - 64)
        let t = UInt64(e == 0 ? m : m >> e)
        let below = Double(t).nextDown, above = (Double(t) + 1).nextUp
        var magnitude = RoundedInterval(Swift.max(0, below), above).scaled(byPowerOfTwo: e - shift)
        if magnitude.lo < 0 { magnitude.lo = 0 }
        if x.sign == .minus && !x.isZero {
            self.init(-magnitude.hi, -magnitude.lo)
        } else {
            self.init(x.isZero ? 0 : magnitude.lo, x.isZero ? 0 : magnitude.hi)
        }
    }
}

/// A rigorous Float64 filter for the Schur–Cohn decision of ``JuryReduction``: the same
/// reduction run on interval enclosures of the coefficients, each row rescaled by a power of
/// two. Dividing a row by a nonzero number moves no root and keeps every |a₀| < |aₙ|
/// comparison, so whenever every comparison is decided by disjoint enclosures the answer is
/// the exact one; otherwise (an enclosure too wide, near a root on the circle) it returns nil
/// and the exact integer reduction decides. This is what keeps the search fast on large
/// polynomials: far from the root radius the decision needs no big-integer row at all.
enum IntervalJuryFilter {
    /// Whether every root of Σ cₖzᵏ lies in the open unit disk, or nil when undecided.
    static func allInside(_ coefficients: [BigInt]) -> Bool? {
        guard let top = coefficients.map({ $0.magnitude.bitWidth }).max() else { return nil }
        var c = coefficients.map { RoundedInterval($0, shift: top) }
        while c.count > 1 {
            let n = c.count - 1
            let a0 = c[0].magnitude, an = c[n].magnitude
            guard c[0].isFinite, c[n].isFinite else { return nil }
            if a0.hi < an.lo {
                // |a₀| < |aₙ| decided: reduce.
            } else if a0.lo >= an.hi {
                return false  // |a₀| ≥ |aₙ| decided: not all roots inside
            } else {
                return nil
            }
            var next: [RoundedInterval] = []
            next.reserveCapacity(n)
            var largest = 0.0
            for k in 0..<n {
                let x = c[n] * c[k + 1] - c[0] * c[n - 1 - k]
                guard x.isFinite else { return nil }
                largest = Swift.max(largest, x.magnitude.hi)
            next.append(x)
            }
            guard largest > 0, largest.isFinite else { return nil }
            let k = -Int(largest.exponent)
            c = next.map { $0.scaled(byPowerOfTwo: k) }
        }
        return true
    }
}
