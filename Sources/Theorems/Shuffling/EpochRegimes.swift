import ExactMath
import FloatMath
import Optimizers

/// Random reshuffling beats with-replacement SGD only after many epochs on ill-conditioned
/// problems (Safran–Shamir, NeurIPS 2021, arXiv 2106.06880; the small-epoch branch of
/// Yun–Rajput–Sra, ICLR 2022, Theorem 3: Ω(ν²/(μNK)) for K < c₂κ, "in line with Safran &
/// Shamir (2021)"). On the Safran–Shamir RR construction, with the best step of a grid for
/// each method: K ≤ κ/10 gives min E_RR / min E_SGD ≥ 4/5 (RR no better than SGD), and
/// K ≥ 10κ gives min E_RR / min E_SGD ≤ 1/2 (RR clearly better). The thresholds are the
/// project's [DERIVED] operationalisation of the papers' order statements (whose constants
/// are unconfirmed). Float64 (closed-form moment recursions, no sampling). See
/// Proofs/safran-shamir-2021/rr-beats-sgd-only-after-many-epochs.md.
public struct EpochRegimes: Theorem {
    public struct Instance: Sendable {
        public let construction: SafranShamirConstruction
        public let epochs: Int
        public let gridPoints: Int
        /// K ≤ κ/10 (small) or K ≥ 10κ (large).
        public var isSmallEpoch: Bool { Double(epochs) <= construction.conditionNumber / 10 }
        public var isLargeEpoch: Bool { Double(epochs) >= 10 * construction.conditionNumber }
    }

    public struct Measurement: Sendable {
        public let rr: (value: Double, step: Double)
        public let sgd: (value: Double, step: Double)
        public var ratio: Double { rr.value / sgd.value }
    }

    public let id = "safran-shamir-2021/rr-beats-sgd-only-after-many-epochs"
    public let family = Family.shuffling
    public let citation = Citation.safranShamir2021.at("RR construction (eq. 2); regimes as in Yun–Rajput–Sra 2022, Theorem 3")
    public let statement = "On the Safran–Shamir RR construction with best grid steps: for K ≤ κ/10, min E_RR ≥ (4/5)·min E_SGD; for K ≥ 10κ, min E_RR ≤ (1/2)·min E_SGD."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("n even, λ > 0, λ_max > 2λ, and K in one of the two regimes") { i in
            let c = i.construction
            guard c.n % 2 == 0, c.lambda > 0, c.lambdaMax > 2 * c.lambda else { return "bad construction parameters" }
            return i.isSmallEpoch || i.isLargeEpoch ? nil : "K = \(i.epochs) is between κ/10 and 10κ"
        }]
    }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let points = scale.pick(quick: 60, standard: 150, thorough: 300)
        let small: [(Double, Int)] = scale.pick(quick: [(400, 4), (800, 16)],
                                                standard: [(400, 2), (400, 8), (400, 16), (800, 4), (800, 32)],
                                                thorough: [(400, 2), (400, 4), (400, 8), (400, 16), (800, 8), (800, 32), (1600, 64)])
        let large: [(Double, Int)] = scale.pick(quick: [(50, 256)],
                                                standard: [(50, 256), (50, 512), (100, 512)],
                                                thorough: [(50, 256), (50, 512), (50, 1024), (100, 512), (100, 1024)])
        return (small + large).map { lm, k in
            Instance(construction: SafranShamirConstruction(n: 12, lambda: 1, lambdaMax: lm, g: 1), epochs: k, gridPoints: points)
        }
    }

    public func summary(of i: Instance) -> String {
        "n=\(i.construction.n), λ=1, λ_max=\(Quantity.format(i.construction.lambdaMax)), κ=\(Quantity.format(i.construction.conditionNumber)), K=\(i.epochs) (\(i.isSmallEpoch ? "small" : "large")-epoch), \(i.gridPoints) log-spaced η ∈ [1e-5, 1/λ_max]"
    }

    public func measure(_ i: Instance) -> Measurement {
        Measurement(rr: i.construction.minimumOverSteps(.randomReshuffling, epochs: i.epochs, points: i.gridPoints),
                    sgd: i.construction.minimumOverSteps(.withReplacement, epochs: i.epochs, points: i.gridPoints))
    }

    static let reason = "Float64 moment recursions (no sampling); minimum over the step grid; threshold [DERIVED]"

    public var claim: Claim<Instance, Measurement> {
        Claim("min_η E_RR / min_η E_SGD ≥ 4/5 when K ≤ κ/10 and ≤ 1/2 when K ≥ 10κ", kind: .lowerBound, exact: false) { i, m in
            i.isSmallEpoch
                ? .approximate(measured: m.ratio, .atLeast, predicted: 0.8, tolerance: 0, reason: Self.reason)
                : .approximate(measured: m.ratio, .atMost, predicted: 0.5, tolerance: 0, reason: Self.reason)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("N7: RR beats SGD by at least 2× already in the small-epoch regime", kind: .upperBound, exact: false) { i, m in
                guard i.isSmallEpoch else { return .inapplicable("stated for K ≤ κ/10") }
                return .approximate(measured: m.ratio, .atMost, predicted: 0.5, tolerance: 0, reason: Self.reason)
            },
            Claim("RR is no better than SGD in the large-epoch regime either (ratio ≥ 4/5)", kind: .lowerBound, exact: false) { i, m in
                guard i.isLargeEpoch else { return .inapplicable("stated for K ≥ 10κ") }
                return .approximate(measured: m.ratio, .atLeast, predicted: 0.8, tolerance: 0, reason: Self.reason)
            },
        ]
    }
}
