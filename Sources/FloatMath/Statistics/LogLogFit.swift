/// Least-squares fit of a power law y ≈ C·xᵇ on log–log axes: log y = a + b·log x,
/// so the slope b estimates the exponent (e.g. a convergence rate O(k^b)).
///
/// Logarithms are natural and computed with ``deterministicLog(_:)``, so the fit is the
/// same bit for bit on every platform. All statistics are those of the underlying
/// ``LinearFit`` on (log x, log y); the slope's standard error is meaningful when the
/// log-residuals are roughly i.i.d. Gaussian.
public struct LogLogFit: Sendable, Equatable {
    /// The straight-line fit on (log x, log y).
    public let linear: LinearFit

    /// The fitted exponent b (slope on log–log axes).
    public var slope: Double { linear.slope }
    /// The fitted log-prefactor a = log C.
    public var intercept: Double { linear.intercept }
    /// R² of the log–log fit.
    public var rSquared: Double { linear.rSquared }
    /// The standard error of the slope (exponent).
    public var slopeStandardError: Double { linear.slopeStandardError }

    /// Fits log y = a + b·log x.
    ///
    /// - Throws: ``StatisticsError/nonPositive(index:)`` for a non-positive x or y,
    ///   ``StatisticsError/nonFinite(index:)`` for NaN/∞, and the errors of
    ///   ``LinearFit/init(x:y:)`` (fewer than 2 points, unequal lengths, all x equal).
    public init(x: [Double], y: [Double]) throws(StatisticsError) {
        let n = Swift.min(x.count, y.count)
        guard x.count == y.count, n >= 2 else { throw .insufficientData(count: n, needed: 2) }
        var lx = [Double](repeating: 0, count: n), ly = [Double](repeating: 0, count: n)
        for i in 0..<n {
            guard x[i].isFinite && y[i].isFinite else { throw .nonFinite(index: i) }
            guard x[i] > 0 && y[i] > 0 else { throw .nonPositive(index: i) }
            lx[i] = deterministicLog(x[i])
            ly[i] = deterministicLog(y[i])
        }
        linear = try LinearFit(x: lx, y: ly)
    }

    /// The two-sided confidence interval for the exponent; see
    /// ``LinearFit/slopeConfidenceInterval(level:)``.
    public func slopeConfidenceInterval(level: Double) throws(StatisticsError) -> ClosedRange<Double> {
        try linear.slopeConfidenceInterval(level: level)
    }
}
