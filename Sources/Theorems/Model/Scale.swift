/// How much work a check does: how many instances, how large, how long a budget.
///
/// `quick` is what `swift test` runs (debug build, 2 cores, minutes for the whole suite);
/// `standard` is the CLI default; `thorough` is for a release build with time to spare.
public enum Scale: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case quick
    case standard
    case thorough

    public static func < (a: Scale, b: Scale) -> Bool {
        a.rank < b.rank
    }

    private var rank: Int {
        switch self {
        case .quick: 0
        case .standard: 1
        case .thorough: 2
        }
    }

    /// Picks the value for this scale.
    public func pick<T>(quick: T, standard: T, thorough: T) -> T {
        switch self {
        case .quick: quick
        case .standard: standard
        case .thorough: thorough
        }
    }
}
