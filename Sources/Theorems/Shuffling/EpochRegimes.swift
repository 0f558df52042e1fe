import ExactMath
import FloatMath
import Optimizers

/// Random reshuffling beats with-replacement SGD only after many epochs on ill-conditioned
/// problems (Safran–Shamir, NeurIPS 2021, arXiv 2106.06880, abstract; the small-epoch branch of
/// Yun–Rajput–Sra, ICLR 2022, Theorem 3: Ω(ν²/(μNK)) for K < c₂κ, "in line with Safran &
/// Shamir (2021)"). Checked on the Safran–Shamir eq. (1) construction (equal curvature per
/// coordinate, κ = λ_max/λ), where the exact identity E_RR(η) = D + T + R(η)·N_SGD(η) holds
/// with 1 − 2/(nηλ_max) ≤ R(η) ≤ R̄(η) = (n/(n−1))[ε/2 + (2 − ε)(nε)²/24], ε = ηλ_max. With
/// ρ = min_η E_RR / min_η E_SGD over one step grid, the check asserts the derived sandwich
/// L ≤ ρ ≤ U, L = 1 − 2/(nη*λ_max) at RR's best grid step η*, U = min_η[D + T + R̄·N_SGD] / min_η E_SGD:
/// in the small-epoch regime (K ≤ κ/10, n ≥ κ ln(κ²)/K so the best step lies inside the grid)
/// L is close to 1 — RR cannot beat SGD — and in the large-epoch regime (K ≥ 10κ) U is small.
/// Float64 evaluations of the methods under test, no sampling. See
/// Proofs/safran-shamir-2021/rr-beats-sgd-only-after-many-epochs.md.
public struct EpochRegimes: Theorem {
    public struct Instance: Sendable {
        public let construction: SafranShamirConstruction
        public let epochs: Int
        public let gridPoints: Int
        /// K ≤ κ/10 (small) or K ≥ 10κ (large).
        public var isSmallEpoch: Bool { Double(epochs) <= construction.conditionNumber / 10 }
        public var isLargeEpoch: Bool { Double(epochs) >= 10 * construction.conditionNumber }
        /// The log-spaced step grid in [10⁻⁴/λ_max, 1/λ_max].
        public var steps: [Double] {
            let hi = 1 / construction.lambdaMax, lo = hi * 1e-4
            return (0..<gridPoints).map { lo * deterministicPow(hi / lo, Double($0) / Double(gridPoints - 1)) }
        }
    }

    public struct Measurement: Sendable {
        public let steps: [Double]
        /// E‖x_K − x*‖² of RR and SGD at every grid step (the methods under test).
        public let rr: [Double]
        public let sgd: [Double]
        /// The closed-form upper bound D + T + R̄·N_SGD on E_RR at every grid step.
        public let upperCurve: [Double]
        public let rrBest: Int
        public let sgdBest: Int
        public var ratio: Double { rr[rrBest] / sgd[sgdBest] }
    }

    public let id = "safran-shamir-2021/rr-beats-sgd-only-after-many-epochs"
    public let family = Family.shuffling
    public let citation = Citation.safranShamir2021.at("eq. (1) construction; regimes as in Yun–Rajput–Sra 2022, Theorem 3")
    public let provenance = Provenance.paperShape("Safran–Shamir 2021 abstract (ar5iv 2106.06880): without-replacement SGD does not significantly improve on with-replacement SGD unless the number of epochs exceeds the condition number; construction from the authors' experiment code; Yun–Rajput–Sra 2022 Theorem 3 (anonymous ICLR submission text) for the two regimes; the sandwich and its constants are the project's")
    public let statement = "On the Safran–Shamir eq. (1) construction with the best grid step per method, ρ = min E_RR / min E_SGD satisfies 1 − 2/(nη*λ_max) ≤ ρ ≤ min_η[D + T + R̄(η)N_SGD(η)] / min E_SGD: ρ ≈ 1 for K ≤ κ/10 and ρ ≪ 1 for K ≥ 10κ (κ = λ_max/λ)."

    public let methods: any ShufflingMethods

    public init(methods: any ShufflingMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("n even, λ > 0, λ_max ≥ 2λ, G > 0, and K in one of the two regimes; for K ≤ κ/10, n ≥ κ ln(κ²)/K") { i in
            let c = i.construction
            guard c.n >= 2, c.n % 2 == 0, c.lambda > 0, c.lambdaMax >= 2 * c.lambda, c.g > 0 else { return "bad construction parameters" }
            if i.isLargeEpoch { return nil }
            guard i.isSmallEpoch else { return "K = \(i.epochs) is between κ/10 and 10κ" }
            let kappa = c.conditionNumber
            return Double(c.n) >= kappa * deterministicLog(kappa * kappa) / Double(i.epochs) ? nil : "n = \(c.n) < κ ln(κ²)/K"
        }]
    }

    /// Small-epoch shapes (κ, K) with n = 2⌈κ ln(κ²)/(2K)⌉ (so nK ≫ κ and the best step is
    /// inside the grid), large-epoch shapes with n = 64; λ = 1; G ∈ {1, 2} and κ's factor
    /// (1, 1.25, 1.5 small; 0.8, 0.9, 1 large) from the seed.
    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let points = scale.pick(quick: 60, standard: 150, thorough: 300)
        let small: [(Double, Int)] = scale.pick(quick: [(400, 4), (800, 16)],
                                                standard: [(400, 2), (400, 8), (400, 16), (800, 4), (800, 32)],
                                                thorough: [(400, 2), (400, 4), (400, 8), (400, 16), (800, 8), (800, 32), (1600, 64)])
        let large: [(Double, Int)] = scale.pick(quick: [(25, 256)],
                                                standard: [(25, 256), (25, 512), (50, 512)],
                                                thorough: [(25, 256), (25, 512), (25, 1024), (50, 512), (50, 1024)])
        let shapes = small.map { ($0, $1, true) } + large.map { ($0, $1, false) }
        return try InstanceSearch.draw(count: shapes.count, maxAttempts: shapes.count, hypotheses: hypotheses) { j in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(j))
            let (base, k, isSmall) = shapes[j]
            // κ varies with the seed within its regime: up to 1.5× in the small-epoch one, down to 0.8× in the large-epoch one.
            let kappa = base * (isSmall ? [1, 1.25, 1.5] : [0.8, 0.9, 1])[rng.int(in: 0...2)]
            let n = isSmall ? 2 * Int((kappa * deterministicLog(kappa * kappa) / Double(2 * k)).rounded(.up)) : 64
            let c = SafranShamirConstruction(n: n, lambda: 1, lambdaMax: kappa, g: Double(rng.int(in: 1...2)))
            return .accept(Instance(construction: c, epochs: k, gridPoints: points))
        }
    }

    public func summary(of i: Instance) -> String {
        let c = i.construction
        return "eq. (1), n=\(c.n), λ=1, λ_max=\(Quantity.format(c.lambdaMax)) (κ=\(Quantity.format(c.conditionNumber))), G=\(Quantity.format(c.g)), K=\(i.epochs) (\(i.isSmallEpoch ? "small" : "large")-epoch), \(i.gridPoints) log-spaced η ∈ [10⁻⁴/λ_max, 1/λ_max]"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        let c = i.construction
        return [.int("n", c.n), .int("d", 2), .int("K", i.epochs), .float("κ", c.conditionNumber), .float("G", c.g),
                .int("grid", i.gridPoints), .text("regime", i.isSmallEpoch ? "small-epoch" : "large-epoch"), .text("schemes", "rr, sgd")]
    }

    /// R̄(ε) = min(1, (n/(n−1))[ε/2 + (2 − ε)(nε)²/24]) ≥ R(η).
    static func noiseRatioBound(n: Int, eps: Double) -> Double {
        let nn = Double(n)
        return min(1, nn / (nn - 1) * (eps / 2 + (2 - eps) * (nn * eps) * (nn * eps) / 24))
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let c = i.construction, steps = i.steps
        var rr: [Double] = [], sgd: [Double] = [], upper: [Double] = []
        for eta in steps {
            rr.append(try c.signExpectedSquaredDistance(.randomReshuffling, step: eta, epochs: i.epochs, methods: methods))
            sgd.append(try c.signExpectedSquaredDistance(.withReplacement, step: eta, epochs: i.epochs, methods: methods))
            let p = c.signClosedFormPieces(step: eta, epochs: i.epochs)
            upper.append(p.bias + p.transient + Self.noiseRatioBound(n: c.n, eps: eta * c.lambdaMax) * p.sgdNoise)
        }
        func argmin(_ v: [Double]) -> Int { v.indices.min { v[$0] < v[$1] } ?? 0 }
        return Measurement(steps: steps, rr: rr, sgd: sgd, upperCurve: upper, rrBest: argmin(rr), sgdBest: argmin(sgd))
    }

    /// L = (n/(n−1))(1 − (2 − ε*)/(nε*)) at RR's best grid step, ε* = η*λ_max.
    static func lowerRatio(_ i: Instance, _ m: Measurement) -> Double {
        let n = Double(i.construction.n), eps = m.steps[m.rrBest] * i.construction.lambdaMax
        return n / (n - 1) * (1 - (2 - eps) / (n * eps))
    }

    /// U = min over the grid of the upper curve, over min E_SGD.
    static func upperRatio(_ m: Measurement) -> Double {
        (m.upperCurve.min() ?? .nan) / m.sgd[m.sgdBest]
    }

    /// Relative allowance for Float64 rounding in the closed forms (O(n + K) operations, each
    /// within 2⁻⁵³; see the Proofs document).
    static let rounding = 1e-9
    static let reason = "Float64 closed-form evaluations (no sampling); derived sandwich, relative rounding allowance 10⁻⁹"

    public var claim: Claim<Instance, Measurement> {
        Claim("(n/(n−1))(1 − (2 − ε*)/(nε*)) ≤ min E_RR / min E_SGD ≤ min_η[D + T + R̄N_SGD] / min E_SGD", kind: .tight, exact: false) { i, m in
            let rho = m.ratio, lo = Self.lowerRatio(i, m), hi = Self.upperRatio(m)
            let lower = Judgement.approximate(measured: rho, .atLeast, predicted: lo, tolerance: Self.rounding, reason: Self.reason + "; lower side (RR cannot beat SGD by more than the finite-population factor)")
            guard lower.outcome == .holds else { return lower }
            return .approximate(measured: rho, .atMost, predicted: hi, tolerance: Self.rounding * max(hi, 1),
                                reason: Self.reason + "; lower side \(Quantity.format(lo)) holds; upper side (RR's noise is at most R̄ times SGD's)")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("RR beats SGD by at least 2× already in the small-epoch regime (ρ ≤ ½)", kind: .upperBound, exact: false) { i, m in
                guard i.isSmallEpoch else { return .inapplicable("stated for K ≤ κ/10") }
                return .approximate(measured: m.ratio, .atMost, predicted: 0.5, tolerance: 0, reason: Self.reason)
            },
            Claim("RR is no better than SGD by 2× in the large-epoch regime either (ρ ≥ ½)", kind: .lowerBound, exact: false) { i, m in
                guard i.isLargeEpoch else { return .inapplicable("stated for K ≥ 10κ") }
                return .approximate(measured: m.ratio, .atLeast, predicted: 0.5, tolerance: 0, reason: Self.reason)
            },
        ]
    }

    /// ρ with its derived bounds L and U against K/κ, one point per instance.
    public func plots(_ runs: [MeasuredInstance<Instance, Measurement>]) -> [Plot] {
        let sorted = runs.sorted { Double($0.instance.epochs) / $0.instance.construction.conditionNumber < Double($1.instance.epochs) / $1.instance.construction.conditionNumber }
        let x = sorted.map { Double($0.instance.epochs) / $0.instance.construction.conditionNumber }
        // L is vacuous (≤ 0) in the large-epoch regime; it is drawn where it says something.
        let informative = zip(x, sorted.map { Self.lowerRatio($0.instance, $0.measurement) }).filter { $0.1 > 0 }
        return [Plot(id: "ratio-vs-epochs", title: "RR vs SGD at their best steps (Safran–Shamir eq. (1))",
                     xLabel: "K/κ", yLabel: "min E_RR / min E_SGD", xAxis: .log, yAxis: .log,
                     series: [Series("ρ measured", role: .measured, x: x, y: sorted.map(\.measurement.ratio)),
                              Series("lower bound L", role: .bound, x: informative.map(\.0), y: informative.map(\.1)),
                              Series("upper bound U", role: .bound, x: x, y: sorted.map { Self.upperRatio($0.measurement) })])]
    }
}
