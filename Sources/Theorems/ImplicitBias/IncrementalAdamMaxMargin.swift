import ExactMath
import FloatMath
import Optimizers

extension ImplicitBias {
    /// Incremental (per-sample, cyclic, batch size 1) Adam on Scaled-Rademacher data
    /// converges in direction to the ℓ2 max-margin classifier — unlike full-batch Adam,
    /// which goes to ℓ∞ on the same data (Baek–Song–Yun 2025, Theorem 3.3; implicit-bias
    /// note check C5; decided by ``LimitEvidence`` against the ℓ∞ limit). See
    /// Proofs/baek-song-yun-2025/incremental-adam-l2-margin.md.
    public static let incrementalAdamL2Margin = MarginDynamicsTheorem(
        id: "baek-song-yun-2025/incremental-adam-l2-margin",
        citation: .baekSongYun2025.at("Theorem 3.3 (Inc-Adam on Scaled-Rademacher data → ℓ2 max margin)"),
        provenance: .paperShape("limit as recalled from Baek–Song–Yun 2025, Theorem 3.3, not re-read; the finite-budget criterion (LimitEvidence) is the project's"),
        statement: "On Scaled-Rademacher data, incremental Adam (one sample per step, cyclic, ε = 0) converges in direction to the ℓ2 max-margin classifier, not the ℓ∞ one full-batch Adam reaches.",
        hypotheses: [
            MarginHypotheses.separatedRademacher { $0.margins },
            Hypothesis("β₁ ≤ β₂ < 1") { $0.beta1 <= $0.beta2 && $0.beta2 < 1 ? nil : "β outside the stated range" },
            Hypothesis("Scaled-Rademacher: every |zᵢⱼ| equal within a row, first coordinate positive") { run in
                let z = run.margins.z
                for i in 0..<z.rows {
                    let a = z[i, 0]
                    guard a > 0, (0..<z.columns).allSatisfy({ z[i, $0].absoluteValue == a }) else { return "row \(i) is not a_i·(1, ±1, …)" }
                }
                return nil
            },
        ],
        limit: .l2,
        claim: MarginClaims.converges(to: .l2, "Inc-Adam, η_t = 0.1/√(t+2), ε = 0"),
        falseVariants: [MarginClaims.convergesInstead(to: .linf, of: .l2, "Inc-Adam, like full-batch Adam,")],
        instances: { seed, scale in
            BiasRunInstances.rademacher(seed: seed, scale: scale, betas: scale == .quick ? [(0.9, 0.99)] : [(0.9, 0.99), (0.9, 0.999), (0, 0.999)],
                                        quick: 100_000, standard: 200_000)
        },
        optimizer: { run in
            Adam(schedule: .inverseSquareRoot(0.1, offset: 2), beta1: run.beta1, beta2: run.beta2, epsilon: 0,
                 mode: .incremental, loss: .logistic)
                .run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
        })

    /// Incremental Signum (batch size 1) converges to the ℓ∞ max-margin classifier for β
    /// close enough to 1, for any batch size (Baek–Song–Yun 2025, Theorem 5.1; note check
    /// C6, decided by ``LimitEvidence`` against the ℓ2 limit; the β threshold of the theorem is not confirmed, the β
    /// grid is the project's). See Proofs/baek-song-yun-2025/incremental-signum-linf-margin.md.
    public static let incrementalSignumLinfMargin = MarginDynamicsTheorem(
        id: "baek-song-yun-2025/incremental-signum-linf-margin",
        citation: .baekSongYun2025.at("Theorem 5.1 (Signum → ℓ∞ max margin for any batch size, β near 1)"),
        provenance: .paperShape("limit as recalled from Baek–Song–Yun 2025, Theorem 5.1 (β threshold not confirmed), not re-read; the finite-budget criterion (LimitEvidence) is the project's"),
        statement: "Incremental Signum (one sample per step, momentum β near 1) converges in direction to the ℓ∞ max-margin classifier, on the same Scaled-Rademacher data where Inc-Adam goes to ℓ2.",
        hypotheses: [MarginHypotheses.separatedRademacher { $0.margins }],
        limit: .linf,
        claim: MarginClaims.converges(to: .linf, "Inc-Signum, η_t = 0.1/√(t+2)"),
        falseVariants: [MarginClaims.convergesInstead(to: .l2, of: .linf, "Inc-Signum, like Inc-Adam,")],
        instances: { seed, scale in
            BiasRunInstances.rademacher(seed: seed, scale: scale, betas: scale == .quick ? [(0.99, 0)] : [(0.9, 0), (0.99, 0), (0.999, 0)],
                                        quick: 100_000, standard: 200_000)
        },
        optimizer: { run in
            Signum(schedule: .inverseSquareRoot(0.1, offset: 2), momentum: run.beta1, mode: .incremental, loss: .logistic)
                .run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
        })
}
