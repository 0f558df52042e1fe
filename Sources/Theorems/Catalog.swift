/// Every theorem Provable checks, in report order.
public enum Catalog {
    /// All theorems of all families.
    public static let all: [any Theorem] = Classical.theorems + ImplicitBias.theorems + Shuffling.theorems + Minimax.theorems + InContextLearning.theorems

    /// The theorem with this id, if any.
    public static func theorem(id: String) -> (any Theorem)? {
        all.first { $0.id == id }
    }

    /// The theorems of a family.
    public static func theorems(in family: Family) -> [any Theorem] {
        all.filter { $0.family == family }
    }

    /// Runs a theorem given as an existential (opens it for the generic runner).
    public static func run(_ theorem: any Theorem, seed: UInt64, scale: Scale) -> TheoremReport {
        TheoremRunner.run(theorem, seed: seed, scale: scale)
    }
}
