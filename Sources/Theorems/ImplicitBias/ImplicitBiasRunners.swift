import Optimizers

/// How an implicit-bias check runs Adam: from the configuration (schedule, β₁, β₂, ε, batch mode,
/// loss), the data, the number of steps and the checkpoints, the iterates from w₀ = 0.
/// ``project`` is the project's ``Adam``; a mutant, or a researcher's own implementation, is
/// another value, and the theorems that take an `AdamRunner` then check that implementation.
public struct AdamRunner: Sendable {
    public let run: @Sendable (_ configuration: Adam, _ data: SeparableData, _ steps: Int, _ checkpoints: [Int]) -> MarginRun

    public init(_ run: @escaping @Sendable (_ configuration: Adam, _ data: SeparableData, _ steps: Int, _ checkpoints: [Int]) -> MarginRun) {
        self.run = run
    }

    /// The project's ``Adam/run(_:steps:checkpoints:observe:)``.
    public static let project = AdamRunner { adam, data, steps, marks in adam.run(data, steps: steps, checkpoints: marks) }
}

/// How an implicit-bias check runs SAM on a linear classifier: from the configuration (η, ρ,
/// perturbation), the data, the number of steps and the checkpoints, the iterates from w₀ = 0.
/// ``project`` is the project's ``SharpnessAwareClassifier``.
public struct SAMLinearRunner: Sendable {
    public let run: @Sendable (_ configuration: SharpnessAwareClassifier, _ data: SeparableData, _ steps: Int, _ checkpoints: [Int]) -> MarginRun

    public init(_ run: @escaping @Sendable (_ configuration: SharpnessAwareClassifier, _ data: SeparableData, _ steps: Int, _ checkpoints: [Int]) -> MarginRun) {
        self.run = run
    }

    /// The project's ``SharpnessAwareClassifier/run(_:steps:checkpoints:)``.
    public static let project = SAMLinearRunner { sam, data, steps, marks in sam.run(data, steps: steps, checkpoints: marks) }
}
