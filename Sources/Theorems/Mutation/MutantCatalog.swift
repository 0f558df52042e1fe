/// The mutants `provable mutants` runs: a value, like ``Catalog``, so a researcher's package
/// can add mutants of its own implementations.
public struct MutantCatalog: Sendable {
    public let mutants: [Mutant]

    public init(_ mutants: [Mutant]) {
        self.mutants = mutants
    }

    /// Provable's own mutants, every family.
    public static let builtIn = MutantCatalog(
        Classical.mutants + ImplicitBias.mutants + Shuffling.mutants + Minimax.mutants + InContextLearning.mutants
        + ExtragradientFamily.mutants + Landscapes.mutants + SharpnessAware.mutants + LargeSteps.mutants)

    /// The mutants of a family.
    public func mutants(in family: Family) -> [Mutant] {
        mutants.filter { $0.family == family }
    }

    /// Both catalogs, `a`'s mutants first.
    public static func + (a: MutantCatalog, b: MutantCatalog) -> MutantCatalog {
        MutantCatalog(a.mutants + b.mutants)
    }
}
