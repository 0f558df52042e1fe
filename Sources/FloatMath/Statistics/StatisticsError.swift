/// Why a statistic could not be computed from its input.
public enum StatisticsError: Error, Equatable, CustomStringConvertible {
    /// Too few observations: `needed` are required, `count` were given.
    case insufficientData(count: Int, needed: Int)
    /// A probability or confidence level outside the open interval (0, 1).
    case invalidProbability(Double)
    /// Degrees of freedom must be positive.
    case invalidDegreesOfFreedom(Int)
    /// An observation is NaN or infinite (0-based index).
    case nonFinite(index: Int)
    /// A log–log fit needs strictly positive data (0-based index of the first offender).
    case nonPositive(index: Int)
    /// All x values are equal, so no slope is determined.
    case degenerateDesign

    /// A message a person can act on.
    public var description: String {
        switch self {
        case .insufficientData(let count, let needed):
            return "insufficient data: \(count) observation(s), at least \(needed) needed"
        case .invalidProbability(let p): return "probability/level \(p) is not in (0, 1)"
        case .invalidDegreesOfFreedom(let df): return "degrees of freedom must be positive, got \(df)"
        case .nonFinite(let i): return "observation \(i) is NaN or infinite"
        case .nonPositive(let i): return "observation \(i) is not strictly positive; a log–log fit needs x, y > 0"
        case .degenerateDesign: return "all x values are equal: the slope is not determined"
        }
    }
}
