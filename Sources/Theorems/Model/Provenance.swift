/// Where a theorem's claim comes from — shown in `list`, in every report format and in the
/// text table, so that no project constant is presented under a paper's theorem number
/// without its label.
///
/// - `paper`: the statement and its constants were confirmed against the paper's own text;
///   ``source`` says where (version, theorem, page).
/// - `paper-shape`: the shape of the statement was confirmed (from the abstract, the poster or
///   the authors' code — ``source`` says which); the constants are the project's derivation,
///   argued in the theorem's Proofs document.
/// - `derived`: the project's own result, with the paper cited for context; the argument is
///   in the Proofs document.
public struct Provenance: Sendable, Hashable, Codable {
    /// How much of the claim is confirmed against the paper.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
        case paper
        case paperShape = "paper-shape"
        case derived
    }

    public let level: Level
    /// Where the confirmation comes from, or what the project derived.
    public let source: String

    public init(_ level: Level, source: String) {
        self.level = level
        self.source = source
    }

    /// Statement and constants confirmed against the paper's text at `location`.
    public static func paper(_ location: String) -> Provenance { Provenance(.paper, source: location) }

    /// The shape confirmed by `source`; the constants are the project's.
    public static func paperShape(_ source: String) -> Provenance { Provenance(.paperShape, source: source) }

    /// The project's own result; `note` says what is derived.
    public static func derived(_ note: String) -> Provenance { Provenance(.derived, source: note) }
}
