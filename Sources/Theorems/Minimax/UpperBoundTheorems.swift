import ExactMath
import FloatMath
import Optimizers

/// The three "there exist step sizes" upper bounds of Lee, Cho, Yun, "Fundamental Benefit
/// of Alternating Updates in Minimax Optimization", ICML 2024 (arXiv 2402.10475), in the
/// project's [DERIVED] certified form (working note §7.2, checks #8, #9, #11):
/// - Theorem 3.1 (Sim-GDA): 1 − ρ > (1/4)/(κ_x + κ_y + κ_xy²);
/// - Theorem 4.1 (Alt-GDA): 1 − ρ > (1/4)/(κ_x + κ_y + κ_xy(√κ_x + √κ_y));
/// - Theorem 5.1 (Alex-GDA, γ, δ > 1): 1 − ρ > (1/8)/(κ_x + κ_y + κ_xy).
/// See Proofs/lee-cho-yun-2024/sim-upper-bound.md, alt-upper-bound.md, alex-upper-bound.md.
extension TunedRateUpperBound {
    static func h(_ kx: Int, _ ky: Int, _ kxy: Int) -> RationalGame {
        .hard(kappaX: Rational(kx), kappaY: Rational(ky), kappaXY: Rational(kxy))
    }

    /// A random decoupled game with μ_x = μ_y = 1, L_x = mx², L_y = my², L_xy = lxy.
    static func randomGame(seed: UInt64, index: Int, mx: Int, my: Int, lxy: Int) -> (RationalGame, Rational, Rational) {
        var rng = SeededGenerator.stream(seed: seed, index: UInt64(index))
        let g = RationalGame.randomDecoupled(n: 4, muX: 1, lX: Rational(mx * mx), muY: 1, lY: Rational(my * my),
                                             muXY: 0, lXY: Rational(lxy), rotate: false, using: &rng)
        return (g, Rational(mx), Rational(my))
    }

    /// Check #8: Sim-GDA's upper bound (Theorem 3.1 shape).
    public static let simUpper = TunedRateUpperBound(
        id: "lee-cho-yun-2024/sim-upper-bound",
        citation: .leeChoYun2024.at("Theorem 3.1 (Corollary 3.2)"),
        statement: "Sim-GDA with suitable step sizes has 1 − ρ > (1/4)/(κ_x + κ_y + κ_xy²) on SCSC quadratics, i.e. O((κ_x + κ_y + κ_xy²) log 1/ε) iterations.",
        gapText: "(1/4)/(κ_x + κ_y + κ_xy²)",
        instances: { seed, scale in
            var games = [h(4, 4, 2), h(16, 16, 16), h(64, 4, 8)]
            if scale >= .standard { games += [h(64, 64, 64), h(256, 256, 16), h(1_000_000, 1_000_000, 1000)] }
            let randoms = scale.pick(quick: 2, standard: 6, thorough: 20)
            for k in 0..<randoms { games.append(randomGame(seed: seed, index: k, mx: 2 + k % 4, my: 3 + k % 3, lxy: 1 + 3 * k).0) }
            return games.map { Instance(game: $0, method: .sim) }
        },
        gap: { i in Rational(1, 4) / (i.game.kappaX + i.game.kappaY + i.game.kappaXYSquared) },
        falseVariants: [
            Claim("Sim-GDA reaches the linear order: ρ(M_sim) < 1 − (1/4)/(κ_x + κ_y + κ_xy) at the tuned steps", kind: .upperBound, exact: true) { i, m in
                m.evidence.judgeBelow(1 - Rational(1, 4) / (i.game.kappaX + i.game.kappaY + i.kappaXY))
            },
        ])

    /// Check #9: Alt-GDA's upper bound (Theorem 4.1 shape), κ_x, κ_y perfect squares.
    public static let altUpper = TunedRateUpperBound(
        id: "lee-cho-yun-2024/alt-upper-bound",
        citation: .leeChoYun2024.at("Theorem 4.1 (Corollary 4.2)"),
        statement: "Alt-GDA with suitable step sizes has 1 − ρ > (1/4)/(κ_x + κ_y + κ_xy(√κ_x + √κ_y)) on SCSC quadratics, i.e. O((κ_x + κ_y + κ_xy(√κ_x + √κ_y)) log 1/ε) iterations.",
        gapText: "(1/4)/(κ_x + κ_y + κ_xy(√κ_x + √κ_y))",
        instances: { seed, scale in
            var out: [Instance] = [(4, 4, 2), (16, 16, 16), (4, 4, 64), (64, 64, 8)].map { (kx, ky, kxy) in
                Instance(game: h(kx, ky, kxy), method: .alt, sqrtKappaX: Rational(Int(Double(kx).squareRoot())),
                         sqrtKappaY: Rational(Int(Double(ky).squareRoot())))
            }
            if scale >= .standard {
                out += [(256, 256, 256), (1_000_000, 1_000_000, 1000)].map { (kx, ky, kxy) in
                    Instance(game: h(kx, ky, kxy), method: .alt, sqrtKappaX: Rational(Int(Double(kx).squareRoot())),
                             sqrtKappaY: Rational(Int(Double(ky).squareRoot())))
                }
            }
            let randoms = scale.pick(quick: 2, standard: 6, thorough: 20)
            for k in 0..<randoms {
                let (g, sx, sy) = randomGame(seed: seed, index: k, mx: 2 + k % 4, my: 3 + k % 3, lxy: 1 + 3 * k)
                out.append(Instance(game: g, method: .alt, sqrtKappaX: sx, sqrtKappaY: sy))
            }
            return out
        },
        gap: { i in Rational(1, 4) / (i.game.kappaX + i.game.kappaY + i.kappaXY * (i.sqrtKappaX! + i.sqrtKappaY!)) },
        falseVariants: [
            Claim("Alt-GDA is no faster than Sim-GDA's lower bound on H: ρ(M_alt) ≥ 1 − 12/(κ_x + κ_y + 1 + κ_xy²)", kind: .lowerBound, exact: true) { i, m in
                guard i.game.label.hasPrefix("H(") else { return .inapplicable("the Sim lower bound is proved on H") }
                return m.evidence.judgeAtLeast(1 - SimLowerBound.bound(i.game))
            },
        ])

    /// Check #11: Alex-GDA's upper bound (Theorem 5.1 shape) at (γ, δ) with γ, δ > 1.
    public static let alexUpper = TunedRateUpperBound(
        id: "lee-cho-yun-2024/alex-upper-bound",
        citation: .leeChoYun2024.at("Theorem 5.1 (Corollary 5.2)"),
        statement: "Alex-GDA with γ, δ > 1 and suitable step sizes has 1 − ρ > (1/8)/(κ_x + κ_y + κ_xy) on SCSC quadratics, i.e. O((κ_x + κ_y + κ_xy) log 1/ε) iterations.",
        gapText: "(1/8)/(κ_x + κ_y + κ_xy)",
        instances: { seed, scale in
            let pairs: [(Rational, Rational)] = [(Rational(3, 2), Rational(3, 2)), (2, Rational(5, 4))]
            var games = [h(4, 4, 256), h(256, 256, 2), h(16, 16, 16)]
            if scale >= .standard { games += [h(64, 64, 64), h(4, 4, 4096)] }
            let randoms = scale.pick(quick: 1, standard: 4, thorough: 12)
            for k in 0..<randoms { games.append(randomGame(seed: seed, index: k, mx: 2 + k % 4, my: 3 + k % 3, lxy: 1 + 3 * k).0) }
            return games.flatMap { g in pairs.map { Instance(game: g, method: .alex(gamma: $0.0, delta: $0.1)) } }
        },
        gap: { i in Rational(1, 8) / (i.game.kappaX + i.game.kappaY + i.kappaXY) },
        falseVariants: [
            // On H the uncoupled x-coordinates force α < 2/L_x and 1 − ρ ≤ 2/κ_x for every
            // (α, β, γ, δ) (working note §4.8), so this accelerated order is impossible there.
            Claim("Alex-GDA reaches the accelerated order: ρ(M_alex) < 1 − 1/(√κ_x + √κ_y + κ_xy)", kind: .upperBound, exact: true) { i, m in
                let g = i.game
                guard g.kappaX == 256, g.kappaY == 256 else { return .inapplicable("decided where √κ is rational (κ = 256)") }
                return m.evidence.judgeBelow(1 - 1 / (16 + 16 + i.kappaXY))
            },
        ])
}
