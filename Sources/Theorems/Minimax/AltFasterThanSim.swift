import ExactMath
import FloatMath
import Optimizers

/// Alt-GDA is provably faster than Sim-GDA: on the hard instance H with
/// κ_x = κ_y = κ_xy = k, Alt-GDA at step sizes found by a Float64 search has certified
/// 1 − ρ(M_alt) > (k/24) · 12/(k + 1)², i.e. it beats the bound 1 − ρ(M_sim) ≤ 12/(k+1)²
/// that holds for Sim-GDA at **every** step size (``SimLowerBound``) by a factor ≥ k/24,
/// growing with k.
///
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475): Theorem 4.1 (Alt-GDA upper bound) against Theorem 3.3
/// (Sim-GDA lower bound); the abstract's "upper bound of Alt-GDA is strictly smaller than
/// the lower bound of Sim-GDA". The constants (12, k/24) and H are the project's own
/// [DERIVED] versions, decided exactly. See Proofs/lee-cho-yun-2024/alt-faster-than-sim.md.
public struct AltFasterThanSim: Theorem {
    public struct Instance: Sendable {
        public let k: Int
        public let game: RationalGame
    }

    public struct Measurement: Sendable {
        public let alpha: Rational, beta: Rational
        public let alt: SpectralRadiusEvidence
    }

    public let id = "lee-cho-yun-2024/alt-faster-than-sim"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("Theorem 4.1 vs Theorem 3.3")
    public let statement = "On the hard SCSC quadratic H with κ_x = κ_y = κ_xy = k, tuned Alt-GDA has certified 1 − ρ > (k/24)·12/(k+1)², beating Sim-GDA's all-step-size bound 1 − ρ ≤ 12/(k+1)² by a factor growing with k."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("H is decoupled with κ_x = κ_y = κ_xy = k") { i in
            let g = i.game, k = Rational(i.k)
            return g.blocks != nil && g.kappaX == k && g.kappaY == k && g.kappaXYSquared == k * k ? nil : "constants differ from k"
        }]
    }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let ks = scale.pick(quick: [16, 64], standard: [16, 64, 256], thorough: [16, 64, 256, 1024, 4096])
        return ks.map { Instance(k: $0, game: .hard(kappaX: Rational($0), kappaY: Rational($0), kappaXY: Rational($0))) }
    }

    public func summary(of instance: Instance) -> String { instance.game.summary }

    public func measure(_ instance: Instance) -> Measurement {
        let tuned = StepSizeSearch.tuned(.alt, on: instance.game)
        return Measurement(alpha: tuned.alpha, beta: tuned.beta,
                           alt: instance.game.evidence(.alt, alpha: tuned.alpha, beta: tuned.beta))
    }

    /// Sim-GDA's all-step-size bound on 1 − ρ for H(k, k, k): 12/(κ_x + κ_y + 1 + κ_xy²) = 12/(k+1)².
    static func simBound(_ k: Int) -> Rational { Rational(12, (k + 1) * (k + 1)) }

    public var claim: Claim<Instance, Measurement> {
        Claim("ρ(M_alt) < 1 − (k/24)·12/(k+1)² at the tuned (α, β): Alt beats Sim's all-step bound by ≥ k/24", kind: .upperBound, exact: true) { i, m in
            m.alt.judgeBelow(1 - Rational(i.k, 24) * Self.simBound(i.k))
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            // Sim at its best step has 1 − ρ_sim ≤ 12/(k+1)² (all steps, Proofs §derivation);
            // "Sim is at least as fast as Alt on H" therefore predicts 1 − ρ_alt ≤ 12/(k+1)².
            Claim("Sim-GDA with suitable steps is at least as fast as Alt-GDA on H: ρ(M_alt) ≥ 1 − 12/(k+1)²", kind: .lowerBound, exact: true) { i, m in
                m.alt.judgeAtLeast(1 - Self.simBound(i.k))
            },
            Claim("the Alt/Sim gap does not grow: ρ(M_alt) ≥ 1 − 4·12/(k+1)² for every k", kind: .lowerBound, exact: true) { i, m in
                m.alt.judgeAtLeast(1 - 4 * Self.simBound(i.k))
            },
        ]
    }
}
