import ExactMath
import FloatMath
import Optimizers

extension ImplicitBias {
    /// Gradient descent on separable data converges in direction to the ℓ2 max-margin
    /// (hard-margin SVM) vector — Soudry–Hoffer–Nacson–Gunasekar–Srebro, JMLR 2018,
    /// Theorem 3 — checked on the loss-normalized step for the exponential loss,
    /// w ← w + η Zᵀsoftmax(−Zw) (Nacson et al., AISTATS 2019: normalized steps make the
    /// margin converge fast instead of at 1/log t). Implicit-bias note check C1.
    /// See Proofs/nacson-et-al-2019/normalized-gd-l2-margin.md.
    public static let normalizedGDL2Margin = MarginDynamicsTheorem(
        id: "nacson-et-al-2019/normalized-gd-l2-margin",
        citation: .nacson2019.at("normalized GD on the exponential loss; limit: Soudry et al. 2018, Theorem 3"),
        provenance: .paperShape("limit as recalled from Soudry et al. 2018, Theorem 3, for the normalized step of Nacson et al. 2019, not re-read; the finite-budget criterion (LimitEvidence) is the project's"),
        statement: "Normalized GD on the exponential loss over separable data converges in direction to the ℓ2 max-margin vector ŵ₂: the normalized ℓ2 margin of w_t tends to γ₂.",
        hypotheses: [MarginHypotheses.separated(Rational(1, 20)) { $0.margins }],
        limit: .l2,
        claim: Claim("NGD (η = 1) → ℓ2 max margin: ρ₂(w_T)/s₂ ≤ ½·ρ∞(w_T)/s∞ (budget doubled while undecided), and ‖w_T/‖w_T‖ − ŵ₂/‖ŵ₂‖‖ ≤ 2√ρ₂ at every budget", kind: .upperBound, exact: false) { _, g in
            let bound = 2 * max(g.l2, 0).squareRoot()
            guard g.l2DirectionError <= bound + 1e-12 else {
                return Judgement(.refuted, predicted: .float(bound), measured: .float(g.l2DirectionError), relation: .atMost,
                                 reason: "direction error exceeds the margin-implied bound 2√ρ₂")
            }
            return g.evidence(toward: .l2).judgement("direction error \(Quantity.format(g.l2DirectionError)); " + g.detail)
        },
        falseVariants: [MarginClaims.convergesInstead(to: .linf, of: .l2, "NGD (the sign-descent geometry)")],
        instances: { seed, scale in
            BiasRunInstances.gaussian(seed: seed, scale: scale, separation: Rational(1, 20), quick: 50_000, standard: 100_000)
        },
        optimizer: { run in
            NormalizedGradientDescent(step: 1).run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
        })
}
