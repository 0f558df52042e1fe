import ExactMath
import FloatMath
import Optimizers

/// The first steps of SAM on a linear classifier, recomputed from the definition of the
/// discretization that ``ImplicitBias/sharpnessAwareL2Margin`` checks (Moon–Si–Yun, ICLR 2026,
/// Theorem 3.1 is stated for the SAM flow; the NGD-style step is the project's): with
/// q(w) = softmax(−Zw) and the ascent a = −Zᵀq(w) ∝ ∇L(w),
///
///     δ = ρ·a/‖a‖₂ (ℓ2-SAM) or ρ·sign(a) (ℓ∞-SAM),   w_{t+1} = w_t + η·Zᵀq(w_t + δ).
///
/// The long-run claim cannot see the perturbation (ρ is fixed while ‖w_t‖ grows, so every
/// SAM variant inherits the ℓ2 limit); the first steps from w₀ = 0 can: there ‖δ‖ is
/// comparable to ‖w‖ and the step differs from the unperturbed NGD step by O(ρ). The check
/// runs the SAM implementation under test for k = 5 steps at the check's η = 1, ρ = 0.1,
/// recomputes each step at the implementation's own iterate, and compares within a Float64
/// rounding allowance derived in Proofs/moon-si-yun-2026/sam-linear-first-steps.md.
public struct SAMLinearFirstSteps: Theorem {
    public struct Instance: Sendable {
        public let margins: MarginInstance
        public let perturbation: SharpnessAwareClassifier.Perturbation
    }

    public struct Measurement: Sendable {
        /// maxₜ,ⱼ |w_{t+1,j} − ŵ_{t+1,j}| / allowance_t over the compared steps.
        public let stepRatio: Double
        /// The same against the unperturbed NGD step w_t + η·Zᵀq(w_t) (false variant).
        public let unperturbedRatio: Double
        /// Steps not compared: an ascent coordinate whose sign rounding does not certify (ℓ∞ only).
        public let uncertifiedSteps: Int
        /// The largest allowance relative to η·R.
        public let relativeAllowance: Double
    }

    public static let steps = 5

    public let id = "moon-si-yun-2026/sam-linear-first-steps"
    public let family = Family.implicitBias
    public let citation = Citation.moonSiYun2026.at("the SAM update on a linear model (L = 1) behind Theorem 3.1; the NGD-style discretization is the project's")
    public let provenance = Provenance.derived("a restatement of the update rule checked by sam-linear-l2-margin, recomputed step by step; the Float64 allowance is the project's")
    public let statement = "SAM on a linear classifier (NGD-style step, exponential loss) from w₀ = 0 takes w_{t+1} = w_t + η·Zᵀsoftmax(−Z(w_t + δ_t)) with δ_t = ρ·a/‖a‖₂ (ℓ2) or ρ·sign(a) (ℓ∞), a = −Zᵀsoftmax(−Zw_t), and this differs from the unperturbed NGD step."

    let sam: SAMLinearRunner

    /// The check of `sam` (the project's ``SharpnessAwareClassifier`` by default).
    public init(sam: SAMLinearRunner = .project) { self.sam = sam }

    public var hypotheses: [Hypothesis<Instance>] {
        [MarginHypotheses.separated(Rational(1, 20)) { $0.margins }]
    }

    /// The exact-check datasets (G1 and G2), each with both perturbations.
    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        ImplicitBiasScale.exactInstances(seed: seed, scale: scale).flatMap { x in
            [SharpnessAwareClassifier.Perturbation.l2, .lInfinity].map { Instance(margins: x, perturbation: $0) }
        }
    }

    public func summary(of i: Instance) -> String {
        "\(i.margins.summary), \(i.perturbation == .l2 ? "ℓ2" : "ℓ∞")-SAM, η = 1, ρ = 0.1"
    }

    public func measure(_ i: Instance) -> Measurement {
        let k = Self.steps, data = i.margins.data, n = data.count, d = data.dimension
        let configuration = ImplicitBias.samLinearConfiguration(i.perturbation)
        let eta = configuration.step, rho = configuration.radius
        let run = sam.run(configuration, data, k, Array(1...k))
        let iterates = [[Double](repeating: 0, count: d)] + (1...k).map { run.snapshots[$0] ?? [] }
        guard iterates.allSatisfy({ $0.count == d }) else {
            return Measurement(stepRatio: .infinity, unperturbedRatio: .infinity, uncertifiedSteps: 0, relativeAllowance: 0)
        }
        let rows = (0..<n).map { r in Array(data.rows[(r * d)..<((r + 1) * d)]) }
        let radius = rows.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() }.max() ?? 0
        let u = Double.ulpOfOne, dn = Double(n), dd = Double(d)
        var stepRatio = 0.0, unperturbed = 0.0, uncertified = 0, relative = 0.0
        for t in 0..<k {
            let w = iterates[t], next = iterates[t + 1]
            let q = Self.softmaxOfNegativeMargins(rows, w)
            let a = (0..<d).map { j in -(0..<n).reduce(0.0) { $0 + q[$1] * rows[$1][j] } }
            let mass = (0..<d).map { j in (0..<n).reduce(0.0) { $0 + q[$1] * abs(rows[$1][j]) } }
            let norm = a.reduce(0) { $0 + $1 * $1 }.squareRoot()
            var delta = [Double](repeating: 0, count: d)
            switch i.perturbation {
            case .l2:
                if norm > 0 { for j in 0..<d { delta[j] = rho * a[j] / norm } }
            case .lInfinity:
                if (0..<d).contains(where: { abs(a[$0]) <= 4 * (dn + 2) * u * mass[$0] }) { uncertified += 1; continue }
                for j in 0..<d { delta[j] = a[j] > 0 ? rho : -rho }
            }
            let perturbed = Self.softmaxOfNegativeMargins(rows, (0..<d).map { w[$0] + delta[$0] })
            let predicted = (0..<d).map { j in w[j] + eta * (0..<n).reduce(0.0) { $0 + perturbed[$1] * rows[$1][j] } }
            let plain = (0..<d).map { j in w[j] + eta * (0..<n).reduce(0.0) { $0 + q[$1] * rows[$1][j] } }
            let size = delta.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let wNorm = w.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let conditioning = norm > 0 ? radius * dd.squareRoot() / norm : 0
            let relativeTerm = 4 * (dd + 1) * radius * (wNorm + size) + 4 * (dn + 2) + 4 * (dn + dd + 2) * radius * size * conditioning
            let largest = (0..<d).map { abs(w[$0]) + abs(next[$0]) }.max() ?? 0
            let allowance = 4 * u * (eta * radius * relativeTerm + largest)
            relative = max(relative, allowance / (eta * radius))
            for j in 0..<d {
                stepRatio = max(stepRatio, Self.ratio(abs(next[j] - predicted[j]), allowance))
                unperturbed = max(unperturbed, Self.ratio(abs(next[j] - plain[j]), allowance))
            }
        }
        return Measurement(stepRatio: stepRatio, unperturbedRatio: unperturbed, uncertifiedSteps: uncertified, relativeAllowance: relative)
    }

    /// softmax(−Zw), shifted by the smallest margin (the reference's own evaluation).
    static func softmaxOfNegativeMargins(_ rows: [[Double]], _ w: [Double]) -> [Double] {
        let margins = rows.map { z in zip(z, w).reduce(0.0) { $0 + $1.0 * $1.1 } }
        let low = margins.min() ?? 0
        let e = margins.map { deterministicExp(low - $0) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }

    static func ratio(_ deviation: Double, _ allowance: Double) -> Double {
        deviation == 0 ? 0 : (allowance > 0 ? deviation / allowance : .infinity)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("each of the first \(Self.steps) steps equals w_t + η·Zᵀsoftmax(−Z(w_t + δ_t)) within the Float64 allowance: ratio ≤ 1", kind: .tight, exact: false) { _, m in
            .approximate(measured: m.stepRatio, .atMost, predicted: 1, tolerance: 0,
                         reason: "allowance up to \(Quantity.format(m.relativeAllowance))·η·R; unperturbed NGD step: ratio \(Quantity.format(m.unperturbedRatio)); \(m.uncertifiedSteps) step(s) with an uncertified ℓ∞ sign skipped")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("ρ is invisible at the start: the first steps equal the unperturbed NGD step w_t + η·Zᵀsoftmax(−Zw_t) within the allowance", kind: .tight, exact: false) { _, m in
                .approximate(measured: m.unperturbedRatio, .atMost, predicted: 1, tolerance: 0)
            },
        ]
    }
}
