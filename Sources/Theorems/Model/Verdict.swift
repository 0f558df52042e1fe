/// The verdict on a whole theorem, over all of its instances and false variants.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// The claim holds on every instance and every false variant is refuted.
    case holds
    /// The claim is refuted on at least one instance.
    case refuted
    /// No instance refutes the claim, but at least one decided nothing (budget,
    /// hypothesis not met, numerical trouble), or no instance was decided at all.
    case inconclusive
    /// The claim holds, but some false variant was not refuted on any instance: the
    /// check could not tell the truth from a deliberately wrong statement. A failure.
    case notDiscriminating = "not-discriminating"

    /// Whether the verdict lets `provable check` exit 0.
    public var isSuccess: Bool { self == .holds }
}

/// The result of the claim on one instance.
public struct InstanceReport: Sendable, Hashable {
    /// The instance's position in the generated list: stable for a seed and scale, so two
    /// reports can be compared instance by instance.
    public var index: Int
    /// One line describing the instance.
    public var summary: String
    /// The instance's structured parameters.
    public var parameters: [InstanceParameter]
    /// The claim's judgement (inconclusive when a hypothesis failed or measuring threw).
    public var judgement: Judgement
}

/// How a false variant fared across the instances.
public struct FalseVariantReport: Sendable, Hashable {
    /// The deliberately wrong statement.
    public var statement: String
    /// Whether some instance refuted it.
    public var refuted: Bool
    /// How many instances refuted it, out of how many it applied to.
    public var refutingInstances: Int
    public var applicableInstances: Int
    /// The first refutation (measured against the false prediction), when refuted.
    public var witness: Judgement?
    /// The summary of the instance that refuted it.
    public var witnessInstance: String?
}

/// Everything the runner learned about one theorem.
public struct TheoremReport: Sendable, Hashable {
    public var id: String
    public var family: Family
    public var citation: Citation
    public var provenance: Provenance
    public var statement: String
    public var claimStatement: String
    public var kind: ClaimKind
    public var exact: Bool
    public var verdict: Verdict
    public var instances: [InstanceReport]
    public var falseVariants: [FalseVariantReport]
    /// The instance whose judgement is shown in the summary table: the first refuted one,
    /// else the first inconclusive one, else the first one.
    public var representative: InstanceReport?
    /// When the theorem could not even generate its instances.
    public var failure: String?
    /// The theorem's evidence as plots (empty unless the run asked for them).
    public var plots: [Plot]
}
