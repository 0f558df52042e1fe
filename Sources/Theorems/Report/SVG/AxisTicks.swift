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

    static func logarithmic(_ values: [Double]) -> AxisTicks {
        guard let lo = values.min(), let hi = values.max() else { return logarithmic([1, 10]) }
        let first = decade(of: lo)
        var last = decade(of: hi)
        if powerOfTen(last) < hi || last == first { last += 1 }
        let decades = last - first
        var ticks: [AxisTick] = []
        let labelEvery = max(1, (decades + 7) / 8)
        for e in first...last {
            let labelled = ((e % labelEvery) + labelEvery) % labelEvery == 0
            ticks.append(AxisTick(value: powerOfTen(e), label: labelled ? .powerOfTen(e) : nil))
            guard e < last, decades <= 6 else { continue }
            for m in 2...9 {
                let v = Double(m) * powerOfTen(e)
                let labelMinor = decades <= 1 && (m == 2 || m == 5)
                ticks.append(AxisTick(value: v, label: labelMinor ? .decimal(Quantity.format(v)) : nil))
            }
        }
        return AxisTicks(lower: powerOfTen(first), upper: powerOfTen(last), ticks: ticks)
    }
}

/// log10 through the project's deterministic logarithm (the same bits on every platform).
func deterministicLog10(_ x: Double) -> Double {
    deterministicLog(x) / deterministicLog(10)
}
