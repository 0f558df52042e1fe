/// Streaming summary of a sample of `Double`s: count, mean, unbiased variance, standard
/// deviation, standard error, extremes, and Student-t confidence intervals for the mean.
///
/// Updates use Welford's algorithm (B. P. Welford, "Note on a method for calculating
/// corrected sums of squares and products", Technometrics 4(3), 1962): the running mean
/// and the sum of squared deviations M₂ are updated by δ = x − mean, mean += δ/n,
/// M₂ += δ·(x − mean), which avoids the catastrophic cancellation of Σx² − n·mean².
/// ``merge(_:)`` combines two summaries exactly as Chan–Golub–LeVeque (1979).
///
/// NaN or infinite observations are not rejected by ``add(_:)`` (they propagate into the
/// mean and variance); use ``init(validating:)`` for user-shaped input.
public struct SampleSummary: Sendable, Equatable {
    /// The number of observations.
    public private(set) var count: Int = 0
    /// The sample mean (0 for an empty sample).
    public private(set) var mean: Double = 0
    /// Σ (xᵢ − mean)².
    public private(set) var sumOfSquaredDeviations: Double = 0
    /// The smallest observation (+∞ for an empty sample).
    public private(set) var minimum: Double = .infinity
    /// The largest observation (−∞ for an empty sample).
    public private(set) var maximum: Double = -.infinity

    /// An empty summary.
    public init() {}

    /// The summary of the given observations, added in order.
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for x in values { add(x) }
    }

    /// The summary of the given observations, rejecting NaN and infinities.
    /// - Throws: ``StatisticsError/nonFinite(index:)``.
    public init<S: Sequence>(validating values: S) throws(StatisticsError) where S.Element == Double {
        for (i, x) in values.enumerated() {
            guard x.isFinite else { throw .nonFinite(index: i) }
            add(x)
        }
    }

    /// Adds one observation (Welford's update).
    public mutating func add(_ x: Double) {
        count += 1
        let delta = x - mean
        mean += delta / Double(count)
        sumOfSquaredDeviations += delta * (x - mean)
        minimum = Swift.min(minimum, x)
        maximum = Swift.max(maximum, x)
    }

    /// Combines with the summary of another sample (Chan–Golub–LeVeque pairwise update).
    public mutating func merge(_ other: SampleSummary) {
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        let n = Double(count + other.count)
        let delta = other.mean - mean
        mean += delta * Double(other.count) / n
        sumOfSquaredDeviations += other.sumOfSquaredDeviations
            + delta * delta * Double(count) * Double(other.count) / n
        count += other.count
        minimum = Swift.min(minimum, other.minimum)
        maximum = Swift.max(maximum, other.maximum)
    }

    /// The unbiased sample variance M₂/(n − 1); NaN when n < 2.
    public var variance: Double { count < 2 ? .nan : sumOfSquaredDeviations / Double(count - 1) }

    /// The sample standard deviation √variance; NaN when n < 2.
    public var standardDeviation: Double { variance.squareRoot() }

    /// The standard error of the mean, s/√n; NaN when n < 2.
    public var standardError: Double { (variance / Double(count)).squareRoot() }

    /// The two-sided Student-t confidence interval for the mean at the given level:
    /// mean ± t_{(1+level)/2, n−1} · s/√n (see ``studentTQuantile(_:degreesOfFreedom:)``
    /// for the quantile's accuracy). Exact coverage for Gaussian data.
    ///
    /// - Throws: ``StatisticsError/insufficientData(count:needed:)`` when n < 2 and
    ///   ``StatisticsError/invalidProbability(_:)`` unless 0 < level < 1.
    public func confidenceInterval(level: Double) throws(StatisticsError) -> ClosedRange<Double> {
        guard level > 0 && level < 1 else { throw .invalidProbability(level) }
        guard count >= 2 else { throw .insufficientData(count: count, needed: 2) }
        let t = try studentTQuantile(0.5 + 0.5 * level, degreesOfFreedom: count - 1)
        let halfWidth = t * standardError
        guard halfWidth.isFinite, mean.isFinite else { throw .nonFinite(index: count - 1) }
        return (mean - halfWidth)...(mean + halfWidth)
    }
}
