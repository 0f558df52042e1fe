/// A list of theorems to check, in report order: a value a program assembles.
///
/// ``builtIn`` is Provable's own catalog. A researcher's package builds its own —
/// `Catalog.builtIn + Catalog([MyTheorem()])` — and hands it to the command-line entry
/// point, so `check`, `sweep` and `list` run their theorems beside Provable's.
public struct Catalog: Sendable {
    /// The theorems, in report order.
    public let theorems: [any Theorem]

    public init(_ theorems: [any Theorem]) {
        self.theorems = theorems
    }

    /// Provable's own theorems, every family.
    public static let builtIn = Catalog(
        Classical.theorems + ImplicitBias.theorems + Shuffling.theorems + Minimax.theorems + InContextLearning.theorems
        + ExtragradientFamily.theorems + Landscapes.theorems + SharpnessAware.theorems + LargeSteps.theorems)

    /// The families present, in order of first appearance.
    public var families: [Family] {
        var seen = Set<Family>()
        return theorems.map(\.family).filter { seen.insert($0).inserted }
    }

    /// The theorem with this id, if any.
    public func theorem(id: String) -> (any Theorem)? {
        theorems.first { $0.id == id }
    }

    /// The theorems of a family.
    public func theorems(in family: Family) -> [any Theorem] {
        theorems.filter { $0.family == family }
    }

    /// Ids that occur more than once (a catalog assembled from two sources can collide).
    public var duplicateIDs: [String] {
        var seen = Set<String>(), repeated = Set<String>()
        for t in theorems where !seen.insert(t.id).inserted { repeated.insert(t.id) }
        return repeated.sorted()
    }

    /// Both catalogs, `a`'s theorems first.
    public static func + (a: Catalog, b: Catalog) -> Catalog {
        Catalog(a.theorems + b.theorems)
    }

    /// Runs a theorem given as an existential (opens it for the generic runner).
    public static func run(_ theorem: any Theorem, seed: UInt64, scale: Scale,
                           options: RunOptions = RunOptions()) -> TheoremReport {
        TheoremRunner.run(theorem, seed: seed, scale: scale, options: options)
    }
}
