/// Ordinary least-squares fit of a straight line y = intercept + slope·x, with the
/// classical standard errors under i.i.d. Gaussian residuals.
///
/// Computed from centred sums (two passes: means, then Sxx = Σ(x−x̄)², Sxy, Syy), which is
/// stable when the x or y values share a large offset. R² = 1 − SSE/Syy (1 when Syy = 0
/// and the fit is exact). The slope's standard error is √(SSE/(n−2) / Sxx), NaN when
/// n = 2.
public struct LinearFit: Sendable, Equatable {
    /// The fitted slope b.
    public let slope: Double
    /// The fitted intercept a.
    public let intercept: Double
    /// The coefficient of determination R² ∈ [0, 1].
    public let rSquared: Double
    /// The standard error of the slope, √(σ̂²/Sxx) with σ̂² = SSE/(n − 2); NaN when n = 2.
    public let slopeStandardError: Double
    /// The standard error of the intercept, √(σ̂²(1/n + x̄²/Sxx)); NaN when n = 2.
    public let interceptStandardError: Double
    /// The residual sum of squares SSE.
    public let residualSumOfSquares: Double
    /// The number of points.
    public let count: Int

    /// Fits y = a + b·x to the points (x[i], y[i]).
    ///
    /// - Throws: ``StatisticsError/insufficientData(count:needed:)`` for fewer than 2
    ///   points or unequal lengths (count is the shorter length),
    ///   ``StatisticsError/nonFinite(index:)`` for NaN/∞, and
    ///   ``StatisticsError/degenerateDesign`` when all x are equal.
    public init(x: [Double], y: [Double]) throws(StatisticsError) {
        let n = Swift.min(x.count, y.count)
        guard x.count == y.count, n >= 2 else { throw .insufficientData(count: n, needed: 2) }
        for i in 0..<n where !(x[i].isFinite && y[i].isFinite) { throw .nonFinite(index: i) }
        var sx = 0.0, sy = 0.0
        for i in 0..<n { sx += x[i]; sy += y[i] }
        let xBar = sx / Double(n), yBar = sy / Double(n)
        var sxx = 0.0, sxy = 0.0, syy = 0.0
        for i in 0..<n {
            let dx = x[i] - xBar, dy = y[i] - yBar
            sxx += dx * dx
            sxy += dx * dy
            syy += dy * dy
        }
        guard sxx > 0 else { throw .degenerateDesign }
        let b = sxy / sxx
        let a = yBar - b * xBar
        var sse = 0.0
        for i in 0..<n {
            let r = y[i] - (a + b * x[i])
            sse += r * r
        }
        let sigma2 = n > 2 ? sse / Double(n - 2) : .nan
        slope = b
        intercept = a
        residualSumOfSquares = sse
        rSquared = syy > 0 ? Swift.max(0, Swift.min(1, 1 - sse / syy)) : 1
        slopeStandardError = (sigma2 / sxx).squareRoot()
        interceptStandardError = (sigma2 * (1 / Double(n) + xBar * xBar / sxx)).squareRoot()
        count = n
    }

    /// The fitted value a + b·x.
    public func predict(_ x: Double) -> Double { intercept + slope * x }

    /// The two-sided confidence interval for the slope, b ± t_{(1+level)/2, n−2}·SE(b).
    ///
    /// - Throws: ``StatisticsError/insufficientData(count:needed:)`` when n < 3 and
    ///   ``StatisticsError/invalidProbability(_:)`` unless 0 < level < 1.
    public func slopeConfidenceInterval(level: Double) throws(StatisticsError) -> ClosedRange<Double> {
        guard level > 0 && level < 1 else { throw .invalidProbability(level) }
        guard count >= 3 else { throw .insufficientData(count: count, needed: 3) }
        let t = try studentTQuantile(0.5 + 0.5 * level, degreesOfFreedom: count - 2)
        let h = t * slopeStandardError
        return (slope - h)...(slope + h)
    }
}
