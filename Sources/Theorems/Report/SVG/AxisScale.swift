/// Maps data values on one axis to pixel coordinates of a plot area, linearly or through
/// log10 (``deterministicLog10(_:)``).
struct AxisScale: Sendable, Hashable {
    let axis: Plot.Axis
    let ticks: AxisTicks
    /// The pixel coordinates of `ticks.lower` and `ticks.upper` (the y axis runs downwards:
    /// `start` is the bottom edge).
    let start: Double
    let end: Double

    /// The pixel coordinate of `value`, or `nil` when it cannot be drawn (not finite, or not
    /// positive on a log axis).
    func position(_ value: Double) -> Double? {
        guard value.isFinite, axis == .linear || value > 0 else { return nil }
        let t: Double
        switch axis {
        case .linear:
            t = (value - ticks.lower) / (ticks.upper - ticks.lower)
        case .log:
            let lo = deterministicLog10(ticks.lower), hi = deterministicLog10(ticks.upper)
            t = (deterministicLog10(value) - lo) / (hi - lo)
        }
        guard t.isFinite else { return nil }
        return start + t * (end - start)
    }
}
