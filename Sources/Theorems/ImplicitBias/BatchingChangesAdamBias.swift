import ExactMath
import FloatMath
import Optimizers

/// The same Scaled-Rademacher instance, two batching schemes: full-batch Adam ends near the
/// ℓ∞ max margin and incremental Adam does not — their ℓ∞ gaps differ by at least 0.1
/// (Baek–Song–Yun 2025, Theorem 3.3 against the full-batch ℓ∞ result they recall from
/// Zhang–Zou–Cao 2024; implicit-bias note check C7, threshold [MEASURED]).
/// See Proofs/baek-song-yun-2025/batching-changes-adam-bias.md.
public struct BatchingChangesAdamBias: Theorem {
    public struct Measurement: Sendable {
        public let incremental: MarginGaps
        public let fullBatch: MarginGaps
    }

    public let id = "baek-song-yun-2025/batching-changes-adam-bias"
    public let family = Family.implicitBias
    public let citation = Citation.baekSongYun2025.at("Theorem 3.3 vs the full-batch ℓ∞ bias (§1)")
    public let provenance = Provenance.paperShape("the contrast of Baek–Song–Yun 2025 (Theorem 3.3 vs full-batch Adam), recalled, not re-read; the gap 0.1 is the project's")
    public let statement = "On Scaled-Rademacher data incremental and full-batch Adam (ε = 0) have different limits: the incremental iterate stays far from the ℓ∞ max margin the full-batch iterate approaches."

    public init() {}

    public var hypotheses: [Hypothesis<BiasRun>] { [MarginHypotheses.separatedRademacher { $0.margins }] }

    public func instances(seed: UInt64, scale: Scale) -> [BiasRun] {
        BiasRunInstances.rademacher(seed: seed, scale: scale, betas: [(0.9, 0.99)],
                                    quick: 100_000, standard: 200_000)
    }

    public func summary(of instance: BiasRun) -> String { instance.summary }

    public func measure(_ run: BiasRun) -> Measurement {
        func adam(_ mode: BatchMode) -> MarginGaps {
            let r = Adam(schedule: .inverseSquareRoot(0.1, offset: 2), beta1: run.beta1, beta2: run.beta2, epsilon: 0,
                         mode: mode, loss: .logistic).run(run.margins.data, steps: run.steps, checkpoints: [run.steps / 10])
            return MarginGaps(run.margins, r, steps: run.steps)
        }
        return Measurement(incremental: adam(.incremental), fullBatch: adam(.fullBatch))
    }

    public var claim: Claim<BiasRun, Measurement> {
        Claim("ρ∞(Inc-Adam) − ρ∞(full-batch Adam) ≥ 0.1", kind: .lowerBound, exact: false) { _, m in
            .approximate(measured: m.incremental.linf - m.fullBatch.linf, .atLeast, predicted: 0.1, tolerance: 0,
                         reason: "ρ∞ incremental \(Quantity.format(m.incremental.linf)), full batch \(Quantity.format(m.fullBatch.linf))")
        }
    }

    public var falseVariants: [Claim<BiasRun, Measurement>] {
        [
            Claim("batching does not change Adam's bias: |ρ∞(Inc-Adam) − ρ∞(full-batch Adam)| ≤ 0.02", kind: .upperBound, exact: false) { _, m in
                .approximate(measured: abs(m.incremental.linf - m.fullBatch.linf), .atMost, predicted: 0.02, tolerance: 0)
            },
        ]
    }
}
