import ExactMath
import FloatMath
import Optimizers

/// Incremental gradient descent gets no 1/n gain: on the 1-D equal-curvature sum with sorted
/// offsets (+1 on the first n/2 components, −1 on the rest), the step γa = ε = 2 log(nK)/(nK)
/// and x₀ = 0, the IGD error is exactly x̄²(1 − q^{nK})² with x̄ = (1 − q^{n/2})/(1 + q^{n/2}),
/// q = 1 − ε, so that E_IGD·K²/log²(nK) lies in
/// [¼(1 − u²/3)²(1 − (nK)⁻²)², ¼(1 − ε)⁻²], u = log(nK)/(2K), whatever n — the shape of
/// Safran–Shamir (COLT 2020)'s Ω(1/k²) for IGD, independent of n (abstract), while RR is ≍ 1/(nK³)
/// up to logs. The interval is derived in Proofs/safran-shamir-2020/igd-rate-independent-of-n.md;
/// the values come from the method under test's large-n evaluator in Float64.
public struct IncrementalRateIndependentOfN: Theorem {
    public struct Instance: Sendable {
        public let n: Int
        public let epochs: Int
        /// ε = γa = 2 log(nK)/(nK).
        public var step: Double { 2 * deterministicLog(Double(n * epochs)) / Double(n * epochs) }
        /// The sorted ±1 offsets.
        public var offsets: [Double] { (0..<n).map { $0 < n / 2 ? 1.0 : -1.0 } }
        /// [¼(1 − u²/3)²(1 − (nK)⁻²)², ¼(1 − ε)⁻²], u = log(nK)/(2K).
        public var interval: ClosedRange<Double> {
            let u = deterministicLog(Double(n * epochs)) / Double(2 * epochs)
            let tail = 1 - 1 / (Double(n * epochs) * Double(n * epochs))
            let lo = 0.25 * (1 - u * u / 3) * (1 - u * u / 3) * tail * tail
            return lo...(0.25 / ((1 - step) * (1 - step)))
        }
    }

    public struct Measurement: Sendable {
        public let igd: Double
        public let rr: Double
        /// E_IGD·K²/log²(nK).
        public let normalized: Double
    }

    public let id = "safran-shamir-2020/igd-rate-independent-of-n"
    public let family = Family.shuffling
    public let citation = Citation.safranShamir2020.at("lower bound Ω(1/k²) for the incremental gradient method, independent of n")
    public let provenance = Provenance.paperShape("Safran–Shamir, COLT 2020 (PMLR 125), abstract: a non-asymptotic Ω(1/k²) lower bound for incremental gradient, independent of n; the instance, the step and the interval are the project's")
    public let statement = "On fᵢ = ½(x − cᵢ)² with sorted ±1 offsets, γ = 2log(nK)/(nK) and x₀ = 0, E_IGD·K²/log²(nK) lies in [¼(1 − u²/3)²(1 − (nK)⁻²)², ¼(1 − γ)⁻²] with u = log(nK)/(2K), for every even n: IGD has no 1/n gain."

    public let methods: any ShufflingMethods

    public init(methods: any ShufflingMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("n even, n ≥ 2, K ≥ 1, 0 < γ ≤ 1") { i in
            i.n >= 2 && i.n % 2 == 0 && i.epochs >= 1 && i.step > 0 && i.step <= 1 ? nil : "n = \(i.n), K = \(i.epochs), γ = \(i.step)"
        }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let ns = scale.pick(quick: [4, 16, 64], standard: [4, 16, 64, 256], thorough: [4, 8, 16, 32, 64, 128, 256])
        let ks = scale.pick(quick: [1024], standard: [256, 1024], thorough: [256, 1024, 4096])
        let shapes = ks.flatMap { k in ns.map { (n: $0, k: k) } }
        return try InstanceSearch.draw(count: shapes.count, maxAttempts: shapes.count, hypotheses: hypotheses) {
            .accept(Instance(n: shapes[$0].n, epochs: shapes[$0].k))
        }
    }

    public func summary(of i: Instance) -> String {
        "1-D n=\(i.n), sorted ±1 offsets, K=\(i.epochs), γ = 2log(nK)/(nK) ≈ \(Quantity.format(i.step)), x₀ = 0"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("n", i.n), .int("d", 1), .int("K", i.epochs), .float("γ", i.step), .text("offsets", "sorted ±1"), .text("schemes", "igd, rr")]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let igd = try methods.scalarMoments(.incremental, curvature: 1.0, offsets: i.offsets, step: i.step, from: 0, epochs: i.epochs).square
        let rr = try methods.scalarMoments(.randomReshuffling, curvature: 1.0, offsets: i.offsets, step: i.step, from: 0, epochs: i.epochs).square
        let l = deterministicLog(Double(i.n * i.epochs))
        return Measurement(igd: igd, rr: rr, normalized: igd * Double(i.epochs) * Double(i.epochs) / (l * l))
    }

    /// Relative Float64 rounding allowance: the closed forms take O(n + K) operations, each
    /// within 2⁻⁵³ relative, on positive terms (see the Proofs document); 10⁻⁹ covers 10⁴ times that.
    static let rounding = 1e-9

    static func inside(_ x: Double, _ r: ClosedRange<Double>, _ label: String) -> Judgement {
        JudgementConjunction.between(x, r, relative: rounding, reason: label)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("E_IGD·K²/log²(nK) ∈ [¼(1 − u²/3)²(1 − (nK)⁻²)², ¼(1 − γ)⁻²]", kind: .tight, exact: false) { i, m in
            Self.inside(m.normalized, i.interval, "derived interval (Float64 evaluation, relative rounding allowance 10⁻⁹)")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("IGD is no worse than RR with the same step (E_IGD ≤ E_RR)", kind: .upperBound, exact: false) { _, m in
                .approximate(measured: m.igd, .atMost, predicted: m.rr, tolerance: Self.rounding * m.rr, reason: "Float64 evaluation")
            },
            Claim("IGD gains 1/n like RR: n·E_IGD·K²/log²(nK) lies in the same interval", kind: .tight, exact: false) { i, m in
                Self.inside(Double(i.n) * m.normalized, i.interval, "the interval with n where 1 belongs")
            },
        ]
    }
}
