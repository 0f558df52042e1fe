/// A family of results in a catalog: the catalog's sections.
///
/// A struct, not a closed enum, so that a researcher's own package can declare its own
/// families (`Family("my-lab")`) and have `provable check --family my-lab` run them beside
/// Provable's. The built-in families are static members; ``builtIn`` lists them in report order.
/// Encoded (JSON, Codable) as its name.
public struct Family: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The family's name as it appears in reports and on the command line (`implicit-bias`).
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// A family with this name.
    public init(_ name: String) { self.rawValue = name }

    public var description: String { rawValue }

    public static func < (a: Family, b: Family) -> Bool { a.rawValue < b.rawValue }

    /// Classical rates that prove the model end to end (Polyak; Lessard–Recht–Packard).
    public static let classical = Family("classical")
    /// Which max-margin direction an optimizer converges to on separable data.
    public static let implicitBias = Family("implicit-bias")
    /// Random reshuffling, single shuffle, incremental GD versus with-replacement SGD.
    public static let shuffling = Family("shuffling")
    /// Simultaneous, alternating and extrapolated GDA on minimax problems.
    public static let minimax = Family("minimax")
    /// One-layer linear self-attention as one step of preconditioned GD.
    public static let inContextLearning = Family("in-context-learning")

    /// Shuffling-based stochastic extragradient with flip-flop and anchoring (Chae–Yun–Kim 2024).
    public static let extragradient = Family("extragradient")

    /// Deep linear network landscapes and mirror-descent regression (Yun–Sra–Jadbabaie 2018; Sun et al. 2023).
    public static let landscapes = Family("landscapes")

    /// Sharpness-aware minimization with a constant radius (Si–Yun 2023; Dai–Ahn–Sra 2023; Ahn–Jadbabaie–Sra 2024).
    public static let sharpnessAware = Family("sharpness-aware")

    /// Large step sizes and the edge of stability: GD 2-cycles, SGD mean-square stability (Song–Yun 2023; Mulayoff–Michaeli 2024).
    public static let largeSteps = Family("large-steps")

    /// Provable's own families, in report order.
    public static let builtIn: [Family] = [.classical, .implicitBias, .shuffling, .minimax, .inContextLearning, .extragradient, .landscapes, .sharpnessAware, .largeSteps]
}
