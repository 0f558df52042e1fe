import Optimizers

extension ImplicitBias {
    /// The family's mutants: plausible broken implementations its theorems must notice, and
    /// equivalent (correct) alternatives they must not. The first five rebuild the family with
    /// one dynamics theorem running the mutated optimizer (the ``LimitEvidence`` race against
    /// the other geometry then leans the wrong way); the Adam and SAM implementation mutants run
    /// the theorems that take that implementation as a parameter (``AdamRunner``,
    /// ``SAMLinearRunner``). The kill matrix is in Proofs/README.md and asserted by the family's tests.
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
        adam("adam/no-second-moment-bias-correction", "Adam divides by √v instead of √(v/(1−β₂ᵗ)): the second-moment bias correction is dropped",
             .noSecondMomentCorrection),
        adam("adam/no-first-moment-bias-correction", "Adam steps along m instead of m/(1−β₁ᵗ): the first-moment bias correction is dropped",
             .noFirstMomentCorrection),
        adam("adam/swapped-betas", "Adam decays the first moment with β₂ and the second with β₁ (the two betas exchanged)", .swappedBetas),
        sam("sam-linear/unnormalized-ascent", "SAM perturbs by ρ·a for the ascent direction a instead of ρ·a/‖a‖₂ (ℓ2) or ρ·sign(a) (ℓ∞)",
            .unnormalizedAscent),
        sam("sam-linear/perturbation-unused", "SAM computes the perturbation but evaluates the gradient at w, not w + δ (ρ effectively 0)",
            .perturbationUnused),
        sam("sam-linear/ascent-sign-flipped", "SAM perturbs against the gradient, w − ρ·a/‖a‖₂ (or w − ρ·sign(a)), a descent where the ascent belongs",
            .ascentSignFlipped),
        adam("adam/corrections-in-step-size", "Adam with the bias corrections folded into the step size α_t = η_t√(1−β₂ᵗ)/(1−β₁ᵗ), ε = 0 (correct: Kingma–Ba's reordering)",
             .correctionsInStepSize, equivalent: true),
    ]

    /// An Adam mutant, run by the theorems that take the Adam implementation as a parameter.
    private static func adam(_ id: String, _ summary: String, _ change: AdamVariant.Change, equivalent: Bool = false) -> Mutant {
        Mutant(id: id, family: .implicitBias, summary: summary, isEquivalent: equivalent) {
            let runner = AdamVariant(change: change).runner
            return [AdamZeroBetasIsSignGD(adam: runner), AdamBiasCorrectedFirstSteps(adam: runner)]
        }
    }

    /// A SAM mutant, run by the linear-model SAM theorems (the long-run margin check and the first steps).
    private static func sam(_ id: String, _ summary: String, _ change: SAMLinearVariant.Change) -> Mutant {
        Mutant(id: id, family: .implicitBias, summary: summary) {
            let runner = SAMLinearVariant(change: change).runner
            return [sharpnessAwareL2Margin.replacing(optimizer: samLinearOptimizer(runner)), SAMLinearFirstSteps(sam: runner)]
        }
    }

    /// The family with `theorem` running `optimizer` in place of its own.
    private static func replacing(_ theorem: MarginDynamicsTheorem, _ id: String, _ summary: String, equivalent: Bool = false,
                                  _ optimizer: @escaping @Sendable (BiasRun) -> MarginRun) -> Mutant {
        Mutant(id: id, family: .implicitBias, summary: summary, isEquivalent: equivalent) {
            theorems.map { $0.id == theorem.id ? theorem.replacing(optimizer: optimizer) : $0 }
        }
    }
}
