import ExactMath
import FloatMath
import Optimizers

extension Citation {
    /// C. Moon, D. Si, C. Yun, "Minor First, Major Last: A Depth-Induced Implicit Bias of
    /// Sharpness-Aware Minimization", ICLR 2026.
    public static let moonSiYun2026 = Citation(
        authors: ["Chaewon Moon", "Dongkuk Si", "Chulhee Yun"],
        title: "Minor First, Major Last: A Depth-Induced Implicit Bias of Sharpness-Aware Minimization",
        venue: "ICLR", year: 2026, arxiv: "2603.08290", bibtexKey: "moon2026minor", entryType: "inproceedings")
}

extension ImplicitBias {
    /// For a linear model (depth L = 1), SAM with an ℓ2 or an ℓ∞ perturbation converges in
    /// direction to the ℓ2 max-margin classifier, like GD (Moon–Si–Yun, ICLR 2026,
    /// Theorem 3.1; implicit-bias note check C9). Checked on the NGD-style step for the
    /// exponential loss (a discretization the paper does not state: its result is for the
    /// SAM flow). See Proofs/moon-si-yun-2026/sam-linear-l2-margin.md.
    public static let sharpnessAwareL2Margin = MarginDynamicsTheorem(
        id: "moon-si-yun-2026/sam-linear-l2-margin",
        citation: .moonSiYun2026.at("Theorem 3.1 (L = 1: SAM → ℓ2 max margin)"),
        provenance: .paperShape("limit as recalled from Moon–Si–Yun 2026, Theorem 3.1 (stated for the SAM flow; the discretization is the project's), not re-read; the finite-budget criterion (LimitEvidence) is the project's"),
        statement: "On a linear model over separable data, SAM with ℓ2 or ℓ∞ perturbations (radius ρ) converges in direction to the ℓ2 max-margin classifier, the same limit as GD.",
        hypotheses: [MarginHypotheses.separated(Rational(1, 20)) { $0.margins }],
        limit: .l2,
        claim: MarginClaims.converges(to: .l2, "SAM (NGD-style step, η = 1, ρ = 0.1)"),
        falseVariants: [MarginClaims.convergesInstead(to: .linf, of: .l2, "SAM (the ℓ∞ perturbation's geometry)")],
        instances: { seed, scale in
            BiasRunInstances.gaussian(seed: seed, scale: scale, separation: Rational(1, 20), quick: 50_000, standard: 100_000)
                .flatMap { run in ["ℓ2-SAM", "ℓ∞-SAM"].map { BiasRun(margins: run.margins, steps: run.steps, variant: $0, doublings: run.doublings) } }
        },
        optimizer: samLinearOptimizer(.project))

    /// The check's configuration: η = 1, ρ = 0.1, the run's perturbation (ℓ2 or ℓ∞).
    static func samLinearConfiguration(_ perturbation: SharpnessAwareClassifier.Perturbation) -> SharpnessAwareClassifier {
        SharpnessAwareClassifier(step: 1, radius: 0.1, perturbation: perturbation)
    }

    /// The optimizer of ``sharpnessAwareL2Margin`` run by `sam` (a mutant swaps the runner).
    static func samLinearOptimizer(_ sam: SAMLinearRunner) -> @Sendable (BiasRun) -> MarginRun {
        { run in
            sam.run(samLinearConfiguration(run.variant == "ℓ2-SAM" ? .l2 : .lInfinity), run.margins.data, run.steps, [run.steps / 10])
        }
    }
}
