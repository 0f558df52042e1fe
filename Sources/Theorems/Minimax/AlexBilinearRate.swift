import ExactMath
import FloatMath
import Optimizers

/// On bilinear games, Alex-GDA with γ = δ = 3/2 and α = β = c/L_xy converges at rate
/// 1 − Θ(μ_xy²/L_xy²): with s_min = αβμ_xy², certified 1 − s_min ≤ ρ < 1 − s_min/4.
///
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475), Theorem 6.2 (for γ, δ ≥ 1 with γ + δ > 2, some α, β give
/// O((L_xy²/μ_xy²) log 1/ε); statement from the authors' poster). The explicit window
/// [1 − s_min, 1 − s_min/4) is [DERIVED] from |λ|² = 1 − (γ + δ − 2)s + O(s²) (working note
/// §4.5) and certified exactly. See Proofs/lee-cho-yun-2024/alex-bilinear-rate.md.
public struct AlexBilinearRate: Theorem {
    public struct Instance: Sendable {
        public let game: RationalGame
        public let c: Rational
        public let muXY: Rational
        public var alpha: Rational { c / game.lXY }
        /// s_min = αβμ_xy².
        public var sMin: Rational { alpha * alpha * muXY * muXY }
    }

    public let id = "lee-cho-yun-2024/alex-bilinear-rate"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("Theorem 6.2")
    public let statement = "On bilinear games f = xᵀBy, Alex-GDA(3/2, 3/2) with α = β = c/L_xy (c ≤ 1/2) has 1 − s_min ≤ ρ < 1 − s_min/4, s_min = αβμ_xy²: linear convergence at rate 1 − Θ(μ_xy²/L_xy²)."

    public init() {}

    static let gamma = Rational(3, 2), delta = Rational(3, 2)

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let ratios = scale.pick(quick: [10, 100, 1000], standard: [4, 10, 30, 100, 1000, 10_000], thorough: [4, 10, 30, 100, 300, 1000, 10_000, 100_000])
        var rng = SeededGenerator.stream(seed: seed, index: 0)
        var out: [Instance] = []
        for (k, q) in ratios.enumerated() {
            let lXY = Rational(rng.int(in: 1...5), rng.int(in: 1...2))
            let muXY = lXY / Rational(q)
            let middle = muXY + (lXY - muXY) * Rational(rng.int(in: 1...9), 10)
            var blocks = [GameBlock(a: 0, sigma: lXY, c: 0), GameBlock(a: 0, sigma: muXY, c: 0)]
            if k % 2 == 1 { blocks.append(GameBlock(a: 0, sigma: middle, c: 0)) }
            let game = RationalGame.decoupled(blocks, label: "bilinear", rotate: true, using: &rng)
            out.append(Instance(game: RationalGame(game: game.game, blocks: game.blocks, muX: 0, lX: 0, muY: 0, lY: 0,
                                                   lXY: lXY, label: "bilinear (μ_xy/L_xy = 1/\(q))"),
                                c: k % 2 == 0 ? Rational(1, 2) : Rational(1, 4), muXY: muXY))
        }
        return out
    }

    public func summary(of i: Instance) -> String {
        "bilinear B (\(i.game.blocks!.count) singular values), L_xy=\(i.game.lXY), μ_xy=\(i.muXY), α=β=\(i.alpha), γ=δ=3/2"
    }

    public func measure(_ i: Instance) -> SpectralRadiusEvidence {
        i.game.evidence(.alex(gamma: Self.gamma, delta: Self.delta), alpha: i.alpha, beta: i.alpha)
    }

    public var claim: Claim<Instance, SpectralRadiusEvidence> {
        Claim("1 − s_min ≤ ρ(M_alex) < 1 − s_min/4 with s_min = αβμ_xy²", kind: .tight, exact: true) { i, e in
            let upper = e.judgeBelow(1 - i.sMin / 4)
            guard upper.outcome == .holds else { return upper }
            var lower = e.judgeAtLeast(1 - i.sMin)
            lower.certificate = "\(upper.certificate ?? ""); and \(lower.certificate ?? "")"
            return lower
        }
    }

    public var falseVariants: [Claim<Instance, SpectralRadiusEvidence>] {
        [
            Claim("the rate is linear in the ratio: 1 − ρ ≥ (1/4)·μ_xy/L_xy", kind: .upperBound, exact: true) { i, e in
                e.judgeAtMost(1 - i.muXY / i.game.lXY / 4)
            },
        ]
    }
}
