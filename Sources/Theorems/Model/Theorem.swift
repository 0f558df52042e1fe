/// A result from the literature as an executable, falsifiable check.
///
/// The data flow is one way: ``instances(seed:scale:)`` generates seeded instances →
/// ``measure(_:)`` runs the optimizer or solver → ``claim`` decides the paper's
/// prediction on the measurement → the ``TheoremRunner`` aggregates verdicts. Each
/// theorem carries at least one false variant that the same measurement must refute.
public protocol Theorem: Sendable {
    /// One generated problem the claim is checked on (seeded, reproducible).
    associatedtype Instance: Sendable
    /// What is measured on an instance.
    associatedtype Measurement: Sendable

    /// `paper-key/short-name`, e.g. `polyak-1987/gd-quadratic-rate`.
    var id: String { get }
    /// The family the theorem belongs to.
    var family: Family { get }
    /// The paper and the numbered result.
    var citation: Citation { get }
    /// How much of the claim is confirmed against the paper (shown in every report).
    var provenance: Provenance { get }
    /// The statement in one or two sentences.
    var statement: String { get }
    /// The hypotheses, verified on every instance.
    var hypotheses: [Hypothesis<Instance>] { get }
    /// The instances for a seed and scale. Draws come only from the generator handed in.
    func instances(seed: UInt64, scale: Scale) throws -> [Instance]
    /// A one-line description of an instance for the report.
    func summary(of instance: Instance) -> String
    /// The instance's structured parameters (n, d, κ, η, T, …) for machine-readable reports.
    func parameters(of instance: Instance) -> [InstanceParameter]
    /// Measures the instance. Throwing makes the instance inconclusive with the error's text.
    func measure(_ instance: Instance) throws -> Measurement
    /// The paper's claim.
    var claim: Claim<Instance, Measurement> { get }
    /// Deliberately wrong versions of the claim that the same check must refute.
    var falseVariants: [Claim<Instance, Measurement>] { get }
    /// The evidence as plots (series with the theorem's predicted curve or bound), built from
    /// every measured instance after the verdict is decided; never consulted by a claim.
    func plots(_ runs: [MeasuredInstance<Instance, Measurement>]) -> [Plot]
}

extension Theorem {
    public var hypotheses: [Hypothesis<Instance>] { [] }
    public func parameters(of instance: Instance) -> [InstanceParameter] { [] }
    public func plots(_ runs: [MeasuredInstance<Instance, Measurement>]) -> [Plot] { [] }
}
