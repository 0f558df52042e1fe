import FloatMath

/// One tick of a plot axis: where it sits (in data units) and how it is labelled.
struct AxisTick: Sendable, Hashable {
    /// The value in data units.
    let value: Double
    /// The label: a decimal from ``Quantity/format(_:)``, or for a decade the exponent to show
    /// as 10 to that power. `nil` for an unlabelled minor tick.
    let label: Label?

    enum Label: Sendable, Hashable {
        case decimal(String)
        case powerOfTen(Int)
    }
}

/// A plot axis's extent and ticks: "nice" linear ticks (1, 2 or 5 times a power of ten, the
/// extent widened to the outer ticks) and logarithmic ticks at decades (with 2 and 5 inside when
/// the data span less than two decades). Only +, −, ×, ÷ and comparisons: powers of ten are
/// products of tens, so the same data give the same axis on every platform.
struct AxisTicks: Sendable, Hashable {
    /// The extent in data units (for a log axis, positive).
    let lower: Double
    let upper: Double
    let ticks: [AxisTick]

    /// The axis for finite values `values` (for `.log`, positive values). Falls back to [0, 1]
    /// (log: [1, 10]) when there are none.
    init(values: [Double], axis: Plot.Axis) {
        switch axis {
        case .linear: self = AxisTicks.linear(values.filter(\.isFinite))
        case .log: self = AxisTicks.logarithmic(values.filter { $0.isFinite && $0 > 0 })
        }
    }

    private init(lower: Double, upper: Double, ticks: [AxisTick]) {
        self.lower = lower
        self.upper = upper
        self.ticks = ticks
    }

    /// 10^e, exact for |e| ≤ 22 and correctly rounded from exact tens below that.
    static func powerOfTen(_ e: Int) -> Double {
        var p = 1.0
        if e >= 0 {
            for _ in 0..<min(e, 308) { p *= 10 }
        } else {
            var q = 1.0
            for _ in 0..<min(-e, 22) { q *= 10 }
            p = 1 / q
            if -e > 22 { for _ in 0..<min(-e - 22, 300) { p /= 10 } }
        }
        return p
    }

    /// The e with 10^e ≤ x < 10^(e+1), for finite x > 0.
    static func decade(of x: Double) -> Int {
        var e = 0
        while e > -330 && powerOfTen(e) > x { e -= 1 }
        while e < 308 && powerOfTen(e + 1) <= x { e += 1 }
        return e
    }

    static func linear(_ values: [Double]) -> AxisTicks {
        guard var lo = values.min(), var hi = values.max() else { return linear([0, 1]) }
        if lo == hi {
            let pad = lo == 0 ? 1 : abs(lo) / 2
            lo -= pad
            hi += pad
        }
        let span = hi - lo
        guard span.isFinite, span > 0 else {
            return AxisTicks(lower: lo, upper: hi, ticks: [lo, hi].map { AxisTick(value: $0, label: .decimal(Quantity.format($0))) })
        }
        // A step of m·10^e with m ∈ {1, 2, 5}, giving four to ten intervals.
        let raw = span / 5
        let e = decade(of: raw)
        let unit = powerOfTen(e)
        let m: Double = raw / unit < 1.5 ? 1 : raw / unit < 3.5 ? 2 : raw / unit < 7.5 ? 5 : 10
        func value(_ k: Double) -> Double { e >= 0 ? k * m * unit : k * m / powerOfTen(-e) }
        let step = value(1)
        let first = (lo / step).rounded(.down), last = (hi / step).rounded(.up)
        guard last - first <= 50 else {
            return AxisTicks(lower: lo, upper: hi, ticks: [lo, hi].map { AxisTick(value: $0, label: .decimal(Quantity.format($0))) })
        }
        var ticks: [AxisTick] = []
        var k = first
        while k <= last {
            let v = value(k) == 0 ? 0 : value(k)  // no "-0"
            ticks.append(AxisTick(value: v, label: .decimal(Quantity.format(v))))
            k += 1
        }
        return AxisTicks(lower: value(first), upper: value(last), ticks: ticks)
    }

    /// The data's extent in log10 units, padded by 4 % of its span on each side (half a decade
    /// each way for a single value); ticks at every m·10^e (m = 1…9) inside it. Decades are
    /// labelled when two or more fall inside (every few decades on a wide axis, minor ticks only
    /// up to six decades); otherwise 1, 2 and 5 times a power of ten, or, when fewer than two of
    /// those fall inside, the nice linear ticks inside the extent.
    static func logarithmic(_ values: [Double]) -> AxisTicks {
        guard let lo = values.min(), let hi = values.max() else { return logarithmic([1, 10]) }
        var a = deterministicLog10(lo), b = deterministicLog10(hi)
        if b - a < 1e-9 { a -= 0.5; b += 0.5 }
        let pad = 0.04 * (b - a)
        let lower = min(lo, deterministicPow(10, a - pad)), upper = max(hi, deterministicPow(10, b + pad))
        var candidates: [(value: Double, m: Int, e: Int)] = []
        for e in decade(of: lower)...decade(of: upper) {
            for m in 1...9 {
                let v = Double(m) * powerOfTen(e)
                if v >= lower && v <= upper { candidates.append((v, m, e)) }
            }
        }
        let decades = candidates.filter { $0.m == 1 }
        let span = b - a
        var ticks: [AxisTick] = []
        if decades.count >= 2 {
            let labelEvery = max(1, (decades.count + 7) / 8)
            for c in candidates where c.m == 1 || span <= 6 {
                let labelled = c.m == 1 && ((c.e % labelEvery) + labelEvery) % labelEvery == 0
                ticks.append(AxisTick(value: c.value, label: labelled ? .powerOfTen(c.e) : nil))
            }
        } else if candidates.filter({ [1, 2, 5].contains($0.m) }).count >= 2 {
            for c in candidates {
                let labelled = [1, 2, 5].contains(c.m)
                ticks.append(AxisTick(value: c.value, label: labelled ? .decimal(Quantity.format(c.value)) : nil))
            }
        } else {
            // Less than a factor of ten or so: the nice linear ticks that fall inside.
            ticks = linear([lower, upper]).ticks.filter { $0.value >= lower && $0.value <= upper && $0.value > 0 }
        }
        return AxisTicks(lower: lower, upper: upper, ticks: ticks)
    }
}

/// log10 through the project's deterministic logarithm (the same bits on every platform).
func deterministicLog10(_ x: Double) -> Double {
    deterministicLog(x) / deterministicLog(10)
}
