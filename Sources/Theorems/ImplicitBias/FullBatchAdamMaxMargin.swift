import ExactMath
import FloatMath
import Optimizers

extension ImplicitBias {
    /// Full-batch Adam with ε negligible (here ε = 0) on linearly separable logistic
    /// regression converges in direction to the ℓ∞ max-margin classifier, in polynomial
    /// time for diminishing learning rates (Zhang–Zou–Cao, NeurIPS 2024, main theorem;
    /// implicit-bias note check C4; decided by ``LimitEvidence`` against the ℓ2 limit).
    /// See Proofs/zhang-zou-cao-2024/adam-linf-margin.md.
    public static let fullBatchAdamLinfMargin = MarginDynamicsTheorem(
        id: "zhang-zou-cao-2024/adam-linf-margin",
        citation: .zhangZouCao2024.at("main theorem (ℓ∞ max-margin limit of full-batch Adam, ε negligible)"),
        provenance: .paperShape("limit as recalled from Zhang–Zou–Cao 2024, not re-read; the finite-budget criterion (LimitEvidence) is the project's"),
        statement: "Full-batch Adam (ε = 0, diminishing η_t) on separable logistic regression converges in direction to the ℓ∞ max-margin classifier: γ∞(w_t) → γ∞.",
        hypotheses: [
            MarginHypotheses.separated(Rational(1, 20)) { $0.margins },
            Hypothesis("β₁ ≤ β₂ < 1") { $0.beta1 <= $0.beta2 && $0.beta2 < 1 ? nil : "β outside the stated range" },
        ],
        limit: .linf,
        claim: MarginClaims.converges(to: .linf, "full-batch Adam, β = (0.9, 0.99), η_t = 0.1/√(t+2), ε = 0"),
        falseVariants: [MarginClaims.convergesInstead(to: .l2, of: .linf, "full-batch Adam (the GD geometry)")],
        instances: { seed, scale in
            // Quick scale: Scaled-Rademacher only (the debug-build budget does not reach the
            // project's threshold on Gaussian data; standard scale runs both at T = 2·10⁵).
            (scale == .quick ? [] : BiasRunInstances.gaussian(seed: seed, scale: scale, separation: Rational(1, 20),
                                                               quick: 50_000, standard: 200_000)
                .map { BiasRun(margins: $0.margins, steps: $0.steps, beta1: 0.9, beta2: 0.99, doublings: $0.doublings) })
                + BiasRunInstances.rademacher(seed: seed, scale: scale, betas: [(0.9, 0.99)],
                                              quick: 50_000, standard: 200_000)
        },
        optimizer: { run in
            Adam(schedule: .inverseSquareRoot(0.1, offset: 2), beta1: run.beta1, beta2: run.beta2, epsilon: 0,
                 mode: .fullBatch, loss: .logistic)
                .run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
        })
}
