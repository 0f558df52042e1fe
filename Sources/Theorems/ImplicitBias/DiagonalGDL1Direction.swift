import ExactMath
import FloatMath
import Optimizers

/// GD on a depth-2 diagonal linear network, single example (μ, +1) with μ₁ < μ₂, every layer
/// started at α: β_t/‖β_t‖₁ → e₂, the ℓ1 max-margin direction (for one example, the coordinate
/// with the largest μⱼ) — not the ℓ2 max-margin direction μ/‖μ‖ of the linear model, and not e₁
/// (Moon–Si–Yun, ICLR 2026, the GD baseline of §3 per the note [VERIFY]; implicit-bias note
/// check C10). The rescaled GD flow decouples, wⱼ = αⱼe^{μⱼs}, so the approach is only
/// logarithmic in the step count: the check is a finite-budget one, cross-checked against
/// that closed form. See Proofs/moon-si-yun-2026/diagonal-gd-l1-direction.md.
public struct DiagonalGDL1Direction: Theorem {
    public typealias Instance = DiagonalNetworkInstance
    public typealias Measurement = DiagonalNetworkMeasurement

    public let id = "moon-si-yun-2026/diagonal-gd-l1-direction"
    public let family = Family.implicitBias
    public let citation = Citation.moonSiYun2026.at("§3, the GD baseline for L = 2 (ℓ1 max-margin limit; per the note, VERIFY)")
    public let provenance = Provenance.derived("the decoupled rescaled-flow comparison is the project's derivation after Moon–Si–Yun 2026 §3")
    public let statement = "On a depth-2 diagonal linear network trained by GD on one example (μ, +1) from w⁽¹⁾ = w⁽²⁾ = α, β_t/‖β_t‖₁ converges to the ℓ1 max-margin direction e_{argmax μⱼ}."

    /// The tolerance τ on ‖β_T/‖β_T‖₁ − e₂‖₁ at the quick/standard budget [MEASURED, see the Proofs doc].
    static let directionTolerance = 0.3

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("one example, d = 2, L = 2, μ > 0 and α > 0 coordinatewise (exact)") { i in
                i.mu.count == 2 && i.depth == 2 ? DiagonalNetworkInstance.positive(i) : "d = \(i.mu.count), L = \(i.depth)"
            },
            Hypothesis("μ₁ < μ₂: the ℓ1 max-margin direction e₂ is unique (exact)") { i in
                i.mu[0] < i.mu[1] ? nil : "μ = (\(i.mu[0]), \(i.mu[1]))"
            },
        ]
    }

    /// The canonical instance μ = (1, 2), α = (1/10, 1/10), then seeded draws: μ = (1, μ₂) with
    /// μ₂ ∈ {2, 5/2, 3}, αⱼ = k/100 (k = 5…10). η = 1/10.
    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let count = scale.pick(quick: 3, standard: 8, thorough: 16)
        let steps = scale.pick(quick: 20_000, standard: 100_000, thorough: 100_000)
        var g = SeededGenerator(seed: seed ^ 0xD1A7)
        var out = [Instance(mu: [1, 2], alpha: [Rational(1, 10), Rational(1, 10)], radius: 0, step: 0.1, steps: steps, depth: 2)]
        while out.count < count {
            let mu2 = [2, Rational(5, 2), 3][g.int(below: 3)]
            let alpha = (0..<2).map { _ in Rational(g.int(in: 5...10), 100) }
            out.append(Instance(mu: [1, mu2], alpha: alpha, radius: 0, step: 0.1, steps: steps, depth: 2))
        }
        return out
    }

    public func summary(of instance: Instance) -> String { instance.summary + ", GD" }

    public func measure(_ i: Instance) throws -> Measurement {
        try DiagonalNetworkMeasurement(i, method: .gradientDescent)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("the run matches the decoupled rescaled flow wⱼ = αⱼe^{μⱼs} (0 ≤ μⱼs − log(wⱼ/αⱼ) ≤ (μⱼ²/2)Σh², both coordinates); ‖β_t/‖β_t‖₁ − e₂‖₁ shrinks from T/10 to T and is ≤ \(Quantity.format(Self.directionTolerance)) at T", kind: .upperBound, exact: false) { i, m in
            guard m.layersEqual else { return .inconclusive("the two layers drifted apart: the symmetric flow analysis does not apply") }
            for j in 0..<2 {
                if let why = m.flowDeviation(i, coordinate: j, anchor: 0) {
                    return Judgement(.refuted, reason: "discrete GD departs from the rescaled flow: \(why)")
                }
            }
            let e2 = DiagonalNetworkClaims.basis(1, 2)
            let late = m.distance(to: e2), early = m.distance(to: e2, early: true)
            guard late < early else {
                return Judgement(.refuted, predicted: .float(early), measured: .float(late), relation: .below,
                                 reason: "the distance to e₂ did not shrink between T/10 and T")
            }
            return .approximate(measured: late, .atMost, predicted: Self.directionTolerance, tolerance: 0,
                                reason: "β_T/‖β_T‖₁ = \(m.direction.map(Quantity.format)); at T/10 the distance was \(Quantity.format(early)); s_T = \(Quantity.format(m.rescaledTime)); largest flow deviation \(Quantity.format(m.largestFlowDeviation(i, coordinates: [0, 1], anchor: 0))) ≤ \(Quantity.format(i.mu[1].doubleValue * i.mu[1].doubleValue / 2 * m.rescaledTimeSquares))")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            DiagonalNetworkClaims.near("GD's limit is the minor coordinate e₁: ‖β_T/‖β_T‖₁ − e₁‖₁ ≤ \(Quantity.format(Self.directionTolerance))", tolerance: Self.directionTolerance) { _ in
                DiagonalNetworkClaims.basis(0, 2)
            },
            DiagonalNetworkClaims.near("GD's limit is the ℓ2 max-margin direction of the linear model, μ/‖μ‖: ‖β_T/‖β_T‖₁ − μ/‖μ‖₁‖₁ ≤ \(Quantity.format(Self.directionTolerance))", tolerance: Self.directionTolerance) { i in
                let mu = i.mu.map(\.doubleValue)
                return mu.map { $0 / pNorm(mu, 1) }
            },
        ]
    }
}
