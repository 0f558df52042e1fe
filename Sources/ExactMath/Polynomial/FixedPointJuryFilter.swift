import BigInt

/// The Schur–Cohn decision of ``JuryReduction`` on multiprecision fixed-point interval
/// enclosures (ball arithmetic in the manner of Arb/FLINT): each coefficient is an interval
/// [L, H]·2⁻ᴾ of integers, products are rounded outward (floor for the lower end, ceiling for
/// the upper), and every row is rescaled to P significant bits, so a test costs O(n²)
/// products of P-bit integers instead of rows whose length grows with every step. Like
/// ``IntervalJuryFilter`` it answers only when every comparison |a₀| < |aₙ| is decided by
/// disjoint enclosures — then the answer is exact — and returns nil otherwise. It decides
/// radii much closer to a root on the circle than Float64 can (at P = 512 bits, distances of
/// about 2⁻⁴⁰⁰ relative before the enclosures merge).
enum FixedPointJuryFilter {
    /// An interval [lo, hi] of integers (in units of 2⁻ᴾ).
    struct Ball {
        var lo: BigInt, hi: BigInt

        /// The range of |x| over the interval.
        var magnitude: (lo: BigInt, hi: BigInt) {
            if lo.sign == .plus { return (lo, hi) }
            if hi.sign == .minus || hi.isZero { return (-hi, -lo) }
            return (0, Swift.max(-lo, hi))
        }
    }

    /// ⌊x / 2ᵏ⌋ and ⌈x / 2ᵏ⌉ for k ≥ 0.
    static func floorShift(_ x: BigInt, _ k: Int) -> BigInt {
        if k == 0 { return x }
        return x.sign == .minus ? -ceilShift(-x, k) : x >> k
    }

    static func ceilShift(_ x: BigInt, _ k: Int) -> BigInt {
        if k == 0 { return x }
        if x.sign == .minus { return -floorShift(-x, k) }
        let q = x >> k
        return (q << k) == x ? q : q + 1
    }

    /// Rescales a row so that its largest bound has about `precision` bits, rounding outward.
    static func normalize(_ row: [Ball], precision: Int) -> [Ball] {
        let width = row.map { Swift.max($0.lo.magnitude.bitWidth, $0.hi.magnitude.bitWidth) }.max() ?? 0
        if width > precision {
            let k = width - precision
            return row.map { Ball(lo: floorShift($0.lo, k), hi: ceilShift($0.hi, k)) }
        }
        let k = precision - width
        return k == 0 ? row : row.map { Ball(lo: $0.lo << k, hi: $0.hi << k) }
    }

    /// Whether every root of Σ cₖzᵏ lies in the open unit disk, or nil when undecided at
    /// `precision` bits.
    static func allInside(_ coefficients: [BigInt], precision: Int) -> Bool? {
        var c = normalize(coefficients.map { Ball(lo: $0, hi: $0) }, precision: precision)
        while c.count > 1 {
            let n = c.count - 1
            let a0 = c[0].magnitude, an = c[n].magnitude
            if a0.hi < an.lo {
                // |a₀| < |aₙ| decided: reduce.
            } else if a0.lo >= an.hi {
                return false
            } else {
                return nil
            }
            var next: [Ball] = []
            next.reserveCapacity(n)
            for k in 0..<n {
                let p = product(c[n], c[k + 1]), q = product(c[0], c[n - 1 - k])
                next.append(Ball(lo: p.lo - q.hi, hi: p.hi - q.lo))
            }
            c = normalize(next, precision: precision)
        }
        return true
    }

    /// The exact product interval (units 2⁻²ᴾ before the row is normalized).
    static func product(_ a: Ball, _ b: Ball) -> Ball {
        if a.lo == a.hi && b.lo == b.hi {
            let p = a.lo * b.lo
            return Ball(lo: p, hi: p)
        }
        let p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
        return Ball(lo: p.min()!, hi: p.max()!)
    }
}
