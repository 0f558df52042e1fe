import ExactMath
import FloatMath
import Optimizers

/// Sim-GDA cannot converge fast on the hard instance H at **any** step sizes:
/// 1 − ρ(M_sim) ≤ 12/(κ_x + κ_y + 1 + κ_xy²) for all α, β > 0 — so Sim-GDA needs
/// Ω((κ_x + κ_y + κ_xy²) log 1/ε) iterations.
///
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475), Theorem 3.3 (shape only). The instance H and the
/// constant 12 are the project's own [DERIVED] version (working note §4.6), proved for all
/// step sizes in Proofs/lee-cho-yun-2024/sim-lower-bound.md and spot-checked here exactly
/// on seeded random rational step sizes and on Float64-tuned ones.
public struct SimLowerBound: Theorem {
    public struct Instance: Sendable {
        public let game: RationalGame
        public let alpha: Rational, beta: Rational
        /// Whether (α, β) came from the Float64 search (the best steps found) rather than the random draw.
        public let tuned: Bool
    }

    public let id = "lee-cho-yun-2024/sim-lower-bound"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("Theorem 3.3")
    public let statement = "On the hard SCSC quadratic H, Sim-GDA has 1 − ρ(M_sim) ≤ 12/(κ_x + κ_y + 1 + κ_xy²) at every step size (α, β), hence needs Ω((κ_x + κ_y + κ_xy²) log 1/ε) iterations."

    public init() {}

    /// The [DERIVED] all-step-size bound on 1 − ρ.
    static func bound(_ g: RationalGame) -> Rational { 12 / (g.kappaX + g.kappaY + 1 + g.kappaXYSquared) }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let kappas: [(Int, Int)] = scale.pick(
            quick: [(4, 2), (16, 16), (64, 4)],
            standard: [(4, 2), (4, 16), (16, 16), (16, 64), (64, 4), (64, 64), (256, 256)],
            thorough: [(4, 2), (4, 16), (4, 256), (16, 16), (16, 64), (64, 4), (64, 64), (256, 256), (1024, 1024), (1_000_000, 1000)])
        let perGame = scale.pick(quick: 8, standard: 30, thorough: 100)
        var out: [Instance] = []
        for (g, (k, kxy)) in kappas.enumerated() {
            let game = RationalGame.hard(kappaX: Rational(k), kappaY: Rational(k), kappaXY: Rational(kxy))
            let tuned = StepSizeSearch.tuned(.sim, on: game)
            out.append(Instance(game: game, alpha: tuned.alpha, beta: tuned.beta, tuned: true))
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(g))
            // log-uniform rational steps in [10⁻⁶, 3]/L (L = max(L_x, L_xy)), 3 significant digits.
            let l = max(game.lX, game.lXY)
            for _ in 0..<perGame {
                func draw() -> Rational {
                    let mantissa = Rational(rng.int(in: 100...999), 100)
                    let exponent = rng.int(in: -6...0)
                    let x = mantissa * Rational(10).power(exponent) / l
                    return min(x, 3 / l)
                }
                out.append(Instance(game: game, alpha: draw(), beta: draw(), tuned: false))
            }
        }
        return out
    }

    public func summary(of i: Instance) -> String {
        "\(i.game.summary), α=\(i.alpha), β=\(i.beta)\(i.tuned ? " (tuned)" : "")"
    }

    public func measure(_ i: Instance) -> SpectralRadiusEvidence { i.game.evidence(.sim, alpha: i.alpha, beta: i.beta) }

    public var claim: Claim<Instance, SpectralRadiusEvidence> {
        Claim("ρ(M_sim) ≥ 1 − 12/(κ_x + κ_y + 1 + κ_xy²) at every (α, β)", kind: .lowerBound, exact: true) { i, e in
            e.judgeAtLeast(1 - Self.bound(i.game))
        }
    }

    public var falseVariants: [Claim<Instance, SpectralRadiusEvidence>] {
        [
            Claim("a constant 24× smaller: ρ(M_sim) ≥ 1 − ½/(κ_x + κ_y + 1 + κ_xy²) at every (α, β)", kind: .lowerBound, exact: true) { i, e in
                guard i.tuned else { return .inapplicable("decided at the tuned steps") }
                return e.judgeAtLeast(1 - Self.bound(i.game) / 24)
            },
            Claim("Sim-GDA is no slower than the Alt/Alex order: ρ(M_sim) < 1 − 1/(4(κ_x + κ_y + κ_xy)) at the tuned steps", kind: .upperBound, exact: true) { i, e in
                guard i.tuned else { return .inapplicable("decided at the tuned steps") }
                let kxy = i.game.lXY / i.game.muX  // μ_x = μ_y on H, so κ_xy = L_xy/μ
                return e.judgeBelow(1 - 1 / (4 * (i.game.kappaX + i.game.kappaY + kxy)))
            },
        ]
    }
}
