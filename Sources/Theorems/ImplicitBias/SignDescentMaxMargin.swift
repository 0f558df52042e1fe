import ExactMath
import FloatMath
import Optimizers

extension ImplicitBias {
    /// Steepest descent with respect to ℓ∞ — sign gradient descent — on the exponential
    /// loss over separable data reaches the ℓ∞ max margin: lim minᵢ zᵢ·w_t/‖w_t‖∞ = γ∞
    /// (Gunasekar–Lee–Soudry–Srebro, ICML 2018, steepest descent w.r.t. a general norm on
    /// separable classification; implicit-bias note check C3).
    ///
    /// The theorem is asymptotic, so no finite budget refutes it by a shortfall: the check
    /// races the ℓ∞ limit against the exactly separated ℓ2 one (``LimitEvidence``), doubling
    /// the budget while undecided. The false variant ("sign-GD → ℓ2") is the same evidence
    /// read the other way. See Proofs/gunasekar-et-al-2018/sign-gd-linf-margin.md.
    public static let signGDLinfMargin = MarginDynamicsTheorem(
        id: "gunasekar-et-al-2018/sign-gd-linf-margin",
        citation: .gunasekar2018.at("steepest descent w.r.t. a general norm on separable data (ℓ∞: sign-GD)"),
        provenance: .paperShape("limit as recalled from Gunasekar et al. 2018 (steepest descent, ℓ∞), not re-read; the finite-budget criterion (LimitEvidence) is the project's"),
        statement: "Sign gradient descent (ℓ∞ steepest descent) on the exponential loss over separable data maximizes the ℓ∞ margin: γ∞(w_t) → γ∞.",
        hypotheses: [MarginHypotheses.separated(Rational(1, 20)) { $0.margins }],
        limit: .linf,
        claim: MarginClaims.converges(to: .linf, "sign-GD, η_t = 1/√(t+1)"),
        falseVariants: [MarginClaims.convergesInstead(to: .l2, of: .linf, "sign-GD (the GD geometry)")],
        instances: { seed, scale in
            BiasRunInstances.gaussian(seed: seed, scale: scale, separation: Rational(1, 20), quick: 20_000, standard: 100_000)
        },
        optimizer: { run in
            SignGradientDescent(schedule: .inverseSquareRoot(1, offset: 1), loss: .exponential)
                .run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
        })
}
