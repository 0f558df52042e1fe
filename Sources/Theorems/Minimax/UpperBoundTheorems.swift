import ExactMath
import FloatMath
import Optimizers

/// The "there exist step sizes" upper bounds of Lee, Cho, Yun, "Fundamental Benefit of
/// Alternating Updates in Minimax Optimization", ICML 2024 (arXiv 2402.10475), in the
/// project's certified form (constants derived and argued in the Proofs documents):
/// - Theorem 3.1 (Sim-GDA): 1 − ρ > (1/4)/(κ_x + κ_y + κ_xy²);
/// - Theorem 4.1 (Alt-GDA): 1 − ρ > (1/4)/(κ_x + κ_y + κ_xy(√κ_x + √κ_y));
/// - Theorem 5.1 (Alex-GDA, γ, δ > 1): 1 − ρ > (1/8)/(κ_x + κ_y + κ_xy);
/// - extragradient, whose bound the abstract calls identical to Alex-GDA's: the same (1/8)/(κ_x + κ_y + κ_xy).
/// See Proofs/lee-cho-yun-2024/sim-upper-bound.md, alt-upper-bound.md, alex-upper-bound.md, eg-upper-bound.md.
extension TunedRateUpperBound {
    static func h(_ kx: Int, _ ky: Int, _ kxy: Int) -> RationalGame {
        .hard(kappaX: Rational(kx), kappaY: Rational(ky), kappaXY: Rational(kxy))
    }

    /// A random decoupled game with μ_x = μ_y = 1, L_x = mx², L_y = my², L_xy = lxy, rotated
    /// by random rational orthogonal U, V (the block decomposition is re-verified on every instance).
    static func randomGame(seed: UInt64, index: Int, mx: Int, my: Int, lxy: Int) throws -> (RationalGame, Rational, Rational) {
        var rng = SeededGenerator.stream(seed: seed, index: UInt64(index))
        let g = try RationalGame.randomDecoupled(n: 4, muX: 1, lX: Rational(mx * mx), muY: 1, lY: Rational(my * my),
                                                 muXY: 0, lXY: Rational(lxy), rotate: true, using: &rng)
        return (g, Rational(mx), Rational(my))
    }

    static let poster = "authors' poster (theorem numbers and O-shapes); the constant c and the certified form are the project's (Proofs document)"

    /// Sim-GDA's upper bound (Theorem 3.1 shape).
    public static func simUpper(using methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified) -> TunedRateUpperBound {
        TunedRateUpperBound(
            id: "lee-cho-yun-2024/sim-upper-bound",
            citation: .leeChoYun2024.at("Theorem 3.1 (Corollary 3.2)"),
            provenance: .paperShape(poster),
            statement: "Sim-GDA with suitable step sizes has 1 − ρ > (1/4)/(κ_x + κ_y + κ_xy²) on SCSC quadratics, i.e. O((κ_x + κ_y + κ_xy²) log 1/ε) iterations.",
            constant: Rational(1, 4), complexityText: "κ_x + κ_y + κ_xy²", methods: methods, tests: tests,
            settings: { seed, scale in
                var games = [h(4, 4, 2), h(16, 16, 16), h(64, 4, 8)]
                if scale >= .standard { games += [h(64, 64, 64), h(256, 256, 16), h(1_000_000, 1_000_000, 1000)] }
                let randoms = scale.pick(quick: 2, standard: 6, thorough: 20)
                for k in 0..<randoms { games.append(try randomGame(seed: seed, index: k, mx: 2 + k % 4, my: 3 + k % 3, lxy: 1 + 3 * k).0) }
                return games.map { Setting(game: $0, method: .sim) }
            },
            complexity: { i in i.game.kappaX + i.game.kappaY + i.game.kappaXYSquared },
            falseVariants: [
                Claim("Sim-GDA reaches the linear order: ρ(M_sim) < 1 − (1/4)/(κ_x + κ_y + κ_xy) at the tuned steps", kind: .upperBound, exact: true) { i, e in
                    e.judgeBelow(1 - Rational(1, 4) / (i.game.kappaX + i.game.kappaY + i.kappaXY))
                },
            ])
    }

    /// Alt-GDA's upper bound (Theorem 4.1 shape), κ_x, κ_y perfect squares.
    public static func altUpper(using methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified) -> TunedRateUpperBound {
        TunedRateUpperBound(
            id: "lee-cho-yun-2024/alt-upper-bound",
            citation: .leeChoYun2024.at("Theorem 4.1 (Corollary 4.2)"),
            provenance: .paperShape(poster),
            statement: "Alt-GDA with suitable step sizes has 1 − ρ > (1/4)/(κ_x + κ_y + κ_xy(√κ_x + √κ_y)) on SCSC quadratics, i.e. O((κ_x + κ_y + κ_xy(√κ_x + √κ_y)) log 1/ε) iterations.",
            constant: Rational(1, 4), complexityText: "κ_x + κ_y + κ_xy(√κ_x + √κ_y)", methods: methods, tests: tests,
            settings: { seed, scale in
                func hard(_ mx: Int, _ my: Int, _ kxy: Int) -> Setting {
                    Setting(game: h(mx * mx, my * my, kxy), method: .alt, sqrtKappaX: Rational(mx), sqrtKappaY: Rational(my))
                }
                var out = [hard(2, 2, 2), hard(4, 4, 16), hard(2, 2, 64), hard(8, 8, 8)]
                if scale >= .standard { out += [hard(16, 16, 256), hard(1000, 1000, 1000)] }
                let randoms = scale.pick(quick: 2, standard: 6, thorough: 20)
                for k in 0..<randoms {
                    let (g, sx, sy) = try randomGame(seed: seed, index: k, mx: 2 + k % 4, my: 3 + k % 3, lxy: 1 + 3 * k)
                    out.append(Setting(game: g, method: .alt, sqrtKappaX: sx, sqrtKappaY: sy))
                }
                return out
            },
            complexity: { i in
                i.game.kappaX + i.game.kappaY + i.kappaXY * ((i.setting.sqrtKappaX ?? 0) + (i.setting.sqrtKappaY ?? 0))
            },
            falseVariants: [
                Claim("Alt-GDA is no faster than Sim-GDA's lower bound on H: ρ(M_alt) ≥ 1 − 12/(κ_x + κ_y + 1 + κ_xy²)", kind: .lowerBound, exact: true) { i, e in
                    guard i.game.isHard else { return .inapplicable("the Sim lower bound is proved on H") }
                    return e.judgeAtLeast(1 - SimLowerBound.bound(i.game))
                },
            ])
    }

    /// The games of the Alex and extragradient bounds: ill-conditioned in κ_xy, in κ_x and κ_y,
    /// balanced, and random decoupled games.
    static func linearOrderGames(seed: UInt64, scale: Scale) throws -> [RationalGame] {
        var games = [h(4, 4, 256), h(256, 256, 2), h(16, 16, 16)]
        if scale >= .standard { games += [h(64, 64, 64), h(4, 4, 4096)] }
        let randoms = scale.pick(quick: 1, standard: 4, thorough: 12)
        for k in 0..<randoms { games.append(try randomGame(seed: seed, index: k, mx: 2 + k % 4, my: 3 + k % 3, lxy: 1 + 3 * k).0) }
        return games
    }

    /// "Accelerated order" on H(256, 256, 2): impossible for Alex-GDA and for EG at every step
    /// size, because H's uncoupled coordinates with curvatures μ_x and L_x force 1 − ρ ≤ 2/κ_x
    /// (Proofs documents), and 2/256 < 1/34.
    static let acceleratedOrder = Claim<Instance, SpectralRadiusEvidence>(
        "reaches the accelerated order: ρ(M) < 1 − 1/(√κ_x + √κ_y + κ_xy)", kind: .upperBound, exact: true) { i, e in
        let g = i.game
        guard g.isHard, g.kappaX == 256, g.kappaY == 256 else { return .inapplicable("decided where √κ is rational (κ = 256)") }
        return e.judgeBelow(1 - 1 / (16 + 16 + i.kappaXY))
    }

    /// Alex-GDA's upper bound (Theorem 5.1 shape) at (γ, δ) with γ, δ > 1.
    public static func alexUpper(using methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified) -> TunedRateUpperBound {
        TunedRateUpperBound(
            id: "lee-cho-yun-2024/alex-upper-bound",
            citation: .leeChoYun2024.at("Theorem 5.1 (Corollary 5.2)"),
            provenance: .paperShape(poster),
            statement: "Alex-GDA with γ, δ > 1 and suitable step sizes has 1 − ρ > (1/8)/(κ_x + κ_y + κ_xy) on SCSC quadratics, i.e. O((κ_x + κ_y + κ_xy) log 1/ε) iterations.",
            constant: Rational(1, 8), complexityText: "κ_x + κ_y + κ_xy", methods: methods, tests: tests,
            settings: { seed, scale in
                let pairs: [(Rational, Rational)] = [(Rational(3, 2), Rational(3, 2)), (2, Rational(5, 4))]
                return try linearOrderGames(seed: seed, scale: scale).flatMap { g in
                    pairs.map { Setting(game: g, method: .alex(gamma: $0.0, delta: $0.1)) }
                }
            },
            complexity: { i in i.game.kappaX + i.game.kappaY + i.kappaXY },
            falseVariants: [acceleratedOrder])
    }

    /// Extragradient's upper bound, the order the abstract says Alex-GDA matches.
    public static func egUpper(using methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified) -> TunedRateUpperBound {
        TunedRateUpperBound(
            id: "lee-cho-yun-2024/eg-upper-bound",
            citation: .leeChoYun2024.at("abstract and Theorem 5.1 (the extragradient bound Alex-GDA matches)"),
            provenance: .paperShape("abstract (PMLR page): Alex-GDA's bound is 'identical to that of the Extra-gradient method'; with Theorem 5.1's O((κ_x + κ_y + κ_xy) log 1/ε) from the authors' poster; the constant c = 1/8 is the project's (Proofs document)"),
            statement: "Extragradient with suitable step sizes has 1 − ρ > (1/8)/(κ_x + κ_y + κ_xy) on SCSC quadratics, i.e. O((κ_x + κ_y + κ_xy) log 1/ε) iterations — the order Alex-GDA matches.",
            constant: Rational(1, 8), complexityText: "κ_x + κ_y + κ_xy", methods: methods, tests: tests,
            settings: { seed, scale in try linearOrderGames(seed: seed, scale: scale).map { Setting(game: $0, method: .extragradient) } },
            complexity: { i in i.game.kappaX + i.game.kappaY + i.kappaXY },
            falseVariants: [acceleratedOrder])
    }
}
