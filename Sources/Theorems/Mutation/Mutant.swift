/// A deliberately broken implementation of something the catalog relies on — an optimizer, a
/// solver, a formula or a generator — with the theorems that should notice it.
///
/// False variants show that a *claim* can fail; mutants show that the checks notice *wrong
/// code*. A non-equivalent mutant is killed when at least one of its theorems, rebuilt with
/// the mutant in place of the project's implementation, is `refuted` or `not-discriminating`
/// (an `inconclusive` verdict does not kill). An *equivalent* mutant — a different but correct
/// implementation (another pivot rule, another summation order) — is a control that must
/// survive every theorem.
public struct Mutant: Sendable {
    /// `component/bug`, e.g. `adam/no-second-moment-bias-correction`.
    public let id: String
    public let family: Family
    /// The bug in one sentence, as a person would describe it in a code review.
    public let summary: String
    /// Whether this is a correct alternative implementation that must survive.
    public let isEquivalent: Bool
    /// The theorems that use the mutated component, rebuilt with the mutant.
    public let theorems: @Sendable () -> [any Theorem]

    public init(id: String, family: Family, summary: String, isEquivalent: Bool = false,
                theorems: @escaping @Sendable () -> [any Theorem]) {
        self.id = id
        self.family = family
        self.summary = summary
        self.isEquivalent = isEquivalent
        self.theorems = theorems
    }
}
