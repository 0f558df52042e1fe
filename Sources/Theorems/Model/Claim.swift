/// What kind of statement a claim is, in the sense PEPit labels its results.
public enum ClaimKind: String, Sendable, Hashable, Codable {
    /// The predicted value is attained: measured = predicted.
    case tight
    /// The predicted value bounds the measured one from above.
    case upperBound = "upper-bound"
    /// The predicted value bounds the measured one from below.
    case lowerBound = "lower-bound"
}

/// A predicate over one instance and its measurement, with the predicted value.
///
/// A theorem's true claim and its false variants are both `Claim`s over the same
/// measurement: the same check must confirm the one and refute the others.
public struct Claim<Instance: Sendable, Measurement: Sendable>: Sendable {
    /// The claim in one sentence, as a reader of the report sees it.
    public let statement: String
    /// Tight, upper bound or lower bound.
    public let kind: ClaimKind
    /// Whether the claim is decided exactly (rational arithmetic, tolerance zero).
    public let exact: Bool
    /// Decides the claim on one instance.
    public let evaluate: @Sendable (Instance, Measurement) -> Judgement

    public init(_ statement: String, kind: ClaimKind, exact: Bool,
                evaluate: @escaping @Sendable (Instance, Measurement) -> Judgement) {
        self.statement = statement
        self.kind = kind
        self.exact = exact
        self.evaluate = evaluate
    }
}

/// A precondition of the theorem, checked on every generated instance before the claim
/// is evaluated. An instance that fails a hypothesis makes its verdict inconclusive
/// ("hypothesis not met"), never a silent pass.
public struct Hypothesis<Instance: Sendable>: Sendable {
    /// The hypothesis as the paper states it (e.g. "μI ⪯ A ⪯ LI").
    public let statement: String
    /// `nil` when the hypothesis is met (verified), otherwise why it is not.
    public let check: @Sendable (Instance) -> String?

    public init(_ statement: String, check: @escaping @Sendable (Instance) -> String?) {
        self.statement = statement
        self.check = check
    }
}
