import ExactMath
import FloatMath
import Optimizers

extension ImplicitBias {
    /// Steepest descent with respect to ℓ∞ — sign gradient descent — on the exponential
    /// loss over separable data reaches the ℓ∞ max margin: lim minᵢ zᵢ·w_t/‖w_t‖∞ = γ∞
    /// (Gunasekar–Lee–Soudry–Srebro, ICML 2018, steepest descent w.r.t. a general norm on
    /// separable classification; implicit-bias note check C3).
    ///
    /// The theorem is asymptotic. At the finite budget the check asserts what convergence
    /// of the margin implies there, on a threshold fixed by the instance's exact separation:
    /// the ℓ∞ gap shrinks between T/10 and T and ends below a quarter of the ℓ∞ gap of the
    /// ℓ2 solution ŵ₂. The false variant ("sign-GD → ℓ2") must end within a quarter of
    /// the ℓ2 separation of ŵ∞ and is refuted. See Proofs/gunasekar-et-al-2018/sign-gd-linf-margin.md.
    public static let signGDLinfMargin = MarginDynamicsTheorem(
        id: "gunasekar-et-al-2018/sign-gd-linf-margin",
        citation: .gunasekar2018.at("steepest descent w.r.t. a general norm on separable data (ℓ∞: sign-GD)"),
        statement: "Sign gradient descent (ℓ∞ steepest descent) on the exponential loss over separable data maximizes the ℓ∞ margin: γ∞(w_t) → γ∞.",
        hypotheses: [MarginHypotheses.separated(Rational(1, 20)) { $0.margins }],
        claim: Claim("sign-GD, η_t = 1/√(t+1): ρ∞(w_T) < ρ∞(w_{T/10}) and ρ∞(w_T) ≤ s∞/4, s∞ = ρ∞(ŵ₂) exact", kind: .upperBound, exact: false) { _, g in
            guard g.linf < g.linfEarly else {
                return Judgement(.refuted, predicted: .float(g.linfEarly), measured: .float(g.linf), relation: .below,
                                 reason: "the ℓ∞ gap did not shrink between T/10 and T")
            }
            return .approximate(measured: g.linf, .atMost, predicted: g.linfSeparation / 4, tolerance: 0,
                                reason: "ρ∞(T/10) = \(Quantity.format(g.linfEarly)); ρ₂ = \(Quantity.format(g.l2))")
        },
        falseVariants: [
            Claim("sign-GD → ℓ2 (the GD geometry): ρ₂(w_T) ≤ s₂/4, s₂ = ρ₂(ŵ∞)", kind: .upperBound, exact: false) { _, g in
                .approximate(measured: g.l2, .atMost, predicted: g.l2Separation / 4, tolerance: 0)
            },
        ],
        instances: { seed, scale in
            BiasRunInstances.gaussian(seed: seed, scale: scale, separation: Rational(1, 20), quick: 20_000, standard: 100_000)
        },
        optimizer: { run in
            SignGradientDescent(schedule: .inverseSquareRoot(1, offset: 1), loss: .exponential)
                .run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
        })
}
