import ExactMath
import FloatMath
import Optimizers

/// ℓ∞-SAM on a depth-2 diagonal linear network, single example (μ, +1), every layer started at
/// α with α₂ < ρ < α₁: the coordinates decouple, β₂ → 0 and β_t/‖β_t‖₁ → e₁ — the *minor*
/// coordinate when μ₁ < μ₂ — not the ℓ1 max-margin direction e₂ that GD reaches
/// (Moon–Si–Yun, ICLR 2026, Theorem 3.2 / Corollary 3.5 per the note and the OpenReview
/// reviews [VERIFY]; implicit-bias note check C10b). The paper's statement is for the flow;
/// the check runs ℓ∞-SAM with a small η and cross-checks it against the exact decoupled
/// rescaled flow. See Proofs/moon-si-yun-2026/diagonal-linf-sam-minor-coordinate.md.
public struct DiagonalLinfSAMMinorCoordinate: Theorem {
    public typealias Instance = DiagonalNetworkInstance
    public typealias Measurement = DiagonalNetworkMeasurement

    public let id = "moon-si-yun-2026/diagonal-linf-sam-minor-coordinate"
    public let family = Family.implicitBias
    public let citation = Citation.moonSiYun2026.at("Theorem 3.2 and Corollary 3.5 (L = 2, ℓ∞-SAM, one example; numbers per the note, VERIFY)")
    public let provenance = Provenance.derived("the flow limit and the rescaled-flow comparison are the project's derivation after Moon–Si–Yun 2026, Theorem 3.2 / Corollary 3.5 (recalled, not re-read)")
    public let statement = "On a depth-2 diagonal linear network trained on one example (μ, +1) from w⁽¹⁾ = w⁽²⁾ = α, the ℓ∞-SAM flow sends βⱼ → 0 when αⱼ < ρ and diverges when αⱼ > ρ; its limit direction is e_{j*}, j* = argmax_{j: αⱼ > ρ} μⱼ(αⱼ − ρ)^{L−2} — with α₂ < ρ < α₁ and μ₁ < μ₂ the minor coordinate e₁, not GD's ℓ1 max-margin direction e₂."

    /// The direction tolerance τ on ‖β_T/‖β_T‖₁ − e₁‖₁ and the bound on β₂(T) [MEASURED, see the Proofs doc].
    static let directionTolerance = 1e-8
    static let vanishingTolerance = 1e-8

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("one example, d = 2, L = 2, μ > 0 and α > 0 coordinatewise (exact)") { i in
                i.mu.count == 2 && i.depth == 2 ? DiagonalNetworkInstance.positive(i) : "d = \(i.mu.count), L = \(i.depth)"
            },
            Hypothesis("α₂ < ρ < α₁ (exact)") { i in
                i.alpha[1] < i.radius && i.radius < i.alpha[0] ? nil : "α = (\(i.alpha[0]), \(i.alpha[1])), ρ = \(i.radius)"
            },
            Hypothesis("μ₁ < μ₂: e₁ is the minor coordinate, so the limits of ℓ∞-SAM and GD differ (exact)") { i in
                i.mu[0] < i.mu[1] ? nil : "μ = (\(i.mu[0]), \(i.mu[1]))"
            },
        ]
    }

    /// The flow's predicted limit coordinate j* = argmax_{j: αⱼ > ρ} μⱼ(αⱼ − ρ)^{L−2}, exactly;
    /// nil when no αⱼ exceeds ρ (then β → 0) or the maximum is tied.
    static func predictedCoordinate(_ i: Instance) -> Int? {
        let scores = i.mu.indices.filter { i.alpha[$0] > i.radius }
            .map { ($0, i.mu[$0] * (i.alpha[$0] - i.radius).power(i.depth - 2)) }
        guard let best = scores.max(by: { $0.1 < $1.1 }), scores.filter({ $0.1 == best.1 }).count == 1 else { return nil }
        return best.0
    }

    /// The canonical instance μ = (1, 2), α = (1/2, 1/10), ρ = 3/10, then seeded draws:
    /// μ = (1, μ₂) with μ₂ ∈ {3/2, 2, 5/2, 3}, ρ = k/20 (k = 2…8), α₂ = ρ·a (a = 1/4, 1/2, 3/4),
    /// α₁ = ρ + b/20 (b = 1…10). η = 1/100.
    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let count = scale.pick(quick: 3, standard: 8, thorough: 16)
        let steps = scale.pick(quick: 10_000, standard: 100_000, thorough: 100_000)
        var g = SeededGenerator(seed: seed ^ 0xD1A6)
        var out = [Instance(mu: [1, 2], alpha: [Rational(1, 2), Rational(1, 10)], radius: Rational(3, 10),
                            step: 0.01, steps: steps, depth: 2)]
        while out.count < count {
            let mu2 = [Rational(3, 2), 2, Rational(5, 2), 3][g.int(below: 4)]
            let rho = Rational(g.int(in: 2...8), 20)
            let alpha2 = rho * Rational(g.int(in: 1...3), 4)
            let alpha1 = rho + Rational(g.int(in: 1...10), 20)
            out.append(Instance(mu: [1, mu2], alpha: [alpha1, alpha2], radius: rho, step: 0.01, steps: steps, depth: 2))
        }
        return out
    }

    public func summary(of instance: Instance) -> String { instance.summary + ", ℓ∞-SAM" }

    public func measure(_ i: Instance) throws -> Measurement {
        try DiagonalNetworkMeasurement(i, method: .sharpnessAware(.lInfinity))
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("the exact flow limit is e_{j*} = e₁; the run matches the decoupled rescaled flow (coordinate 1: 0 ≤ μ₁s − log((w₁ − ρ)/(α₁ − ρ)) ≤ (μ₁²/2)Σh²; coordinate 2 crosses 0 at s ∈ [s*, s* + (μ₂/2)Σh² + η], s* = log(ρ/(ρ − α₂))/μ₂); at T: ‖β_T/‖β_T‖₁ − e₁‖₁ ≤ \(Quantity.format(Self.directionTolerance)) and |β₂(T)| ≤ \(Quantity.format(Self.vanishingTolerance))", kind: .upperBound, exact: false) { i, m in
            guard let star = Self.predictedCoordinate(i), star == 0 else {
                return Judgement(.refuted, reason: "the exact flow limit is not e₁ (j* = \(Self.predictedCoordinate(i).map { "\($0 + 1)" } ?? "none"))")
            }
            guard m.layersEqual else { return .inconclusive("the two layers drifted apart: the symmetric flow analysis does not apply") }
            if let why = m.flowDeviation(i, coordinate: 0, anchor: i.radius.doubleValue) {
                return Judgement(.refuted, reason: "discrete ℓ∞-SAM departs from the rescaled flow: \(why)")
            }
            let mu2 = i.mu[1].doubleValue, rho = i.radius.doubleValue
            let sStar = deterministicLog(rho / (rho - i.alpha[1].doubleValue)) / mu2
            let upper = sStar + mu2 / 2 * m.rescaledTimeSquares + i.step
            guard let crossing = m.signChange[1], crossing >= sStar * (1 - 1e-9), crossing <= upper else {
                return Judgement(.refuted, predicted: .float(sStar), measured: m.signChange[1].map { .float($0) },
                                 relation: .atLeast, reason: "coordinate 2 did not reach 0 inside [s*, \(Quantity.format(upper))] of the rescaled flow")
            }
            guard abs(m.product[1]) <= Self.vanishingTolerance else {
                return Judgement(.refuted, predicted: .float(Self.vanishingTolerance), measured: .float(abs(m.product[1])),
                                 relation: .atMost, reason: "β₂(T) did not vanish")
            }
            return .approximate(measured: m.distance(to: DiagonalNetworkClaims.basis(0, 2)), .atMost, predicted: Self.directionTolerance,
                                tolerance: 0,
                                reason: "β_T = \(m.product.map(Quantity.format)); s_T = \(Quantity.format(m.rescaledTime)); coordinate 2 crossed 0 at s = \(Quantity.format(crossing)) (flow: s* = \(Quantity.format(sStar))); flow deviation of coordinate 1: \(Quantity.format(m.largestFlowDeviation(i, coordinates: [0], anchor: rho))) ≤ \(Quantity.format(i.mu[0].doubleValue * i.mu[0].doubleValue / 2 * m.rescaledTimeSquares))")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            DiagonalNetworkClaims.near("ℓ∞-SAM reaches the ℓ1 max-margin direction e₂ like GD: ‖β_T/‖β_T‖₁ − e₂‖₁ ≤ 0.1", tolerance: 0.1) { _ in
                DiagonalNetworkClaims.basis(1, 2)
            },
        ]
    }
}
