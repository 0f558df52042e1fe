import Optimizers

extension ImplicitBias {
    /// The family's mutants: plausible broken implementations its theorems must notice, and
    /// equivalent (correct) alternatives they must not. Each rebuilds the family with one
    /// dynamics theorem running the mutated optimizer; the ``LimitEvidence`` race against the
    /// other geometry then leans the wrong way.
    public static let mutants: [Mutant] = [
        replacing(signGDLinfMargin, "sign-gd/no-sign", "sign-GD steps along the loss-normalized gradient instead of its sign (it is normalized GD)") { run in
            NormalizedGradientDescent(step: 1).run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
        },
        replacing(fullBatchAdamLinfMargin, "adam/per-sample-updates", "full-batch Adam updates after every sample (it is incremental Adam)") { run in
            Adam(schedule: .inverseSquareRoot(0.1, offset: 2), beta1: run.beta1, beta2: run.beta2, epsilon: 0,
                 mode: .incremental, loss: .logistic)
                .run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
        },
        replacing(incrementalAdamL2Margin, "adam/incremental-is-full-batch", "incremental Adam accumulates the whole epoch before stepping (it is full-batch Adam)") { run in
            Adam(schedule: .inverseSquareRoot(0.1, offset: 2), beta1: run.beta1, beta2: run.beta2, epsilon: 0,
                 mode: .fullBatch, loss: .logistic)
                .run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
        },
        replacing(normalizedGDL2Margin, "normalized-gd/sign-of-gradient", "normalized GD takes the sign of the gradient (it is sign-GD)") { run in
            SignGradientDescent(schedule: .inverseSquareRoot(1, offset: 1), loss: .exponential)
                .run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
        },
        replacing(signGDLinfMargin, "sign-gd/as-adam-with-zero-betas", "sign-GD computed as full-batch Adam with β₁ = β₂ = 0, ε = 0 (correct: the same steps)",
                  equivalent: true) { run in
            Adam(schedule: .inverseSquareRoot(1, offset: 1), beta1: 0, beta2: 0, epsilon: 0, mode: .fullBatch, loss: .exponential)
                .run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
        },
    ]

    /// The family with `theorem` running `optimizer` in place of its own.
    private static func replacing(_ theorem: MarginDynamicsTheorem, _ id: String, _ summary: String, equivalent: Bool = false,
                                  _ optimizer: @escaping @Sendable (BiasRun) -> MarginRun) -> Mutant {
        Mutant(id: id, family: .implicitBias, summary: summary, isEquivalent: equivalent) {
            theorems.map { $0.id == theorem.id ? theorem.replacing(optimizer: optimizer) : $0 }
        }
    }
}
