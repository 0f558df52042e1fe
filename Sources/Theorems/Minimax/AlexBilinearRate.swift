import ExactMath
import FloatMath
import Optimizers

/// On bilinear games, Alex-GDA with γ = δ = 3/2 and α = β = c/L_xy converges at rate
/// 1 − Θ(μ_xy²/L_xy²): with s_min = αβμ_xy², certified 1 − s_min ≤ ρ < 1 − s_min/4.
///
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475), Theorem 6.2 (for γ, δ ≥ 1 with γ + δ > 2, some α, β give
/// O((L_xy²/μ_xy²) log 1/ε); statement from the authors' poster). The explicit window
/// [1 − s_min, 1 − s_min/4) is the project's, derived from |λ|² = 1 − (γ + δ − 2)s + O(s²)
/// and certified exactly. See Proofs/lee-cho-yun-2024/alex-bilinear-rate.md.
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
    public let provenance = Provenance.paperShape(
        "authors' poster: Theorem 6.2, O((L_xy²/μ_xy²) log 1/ε) for γ, δ ≥ 1, γ + δ > 2 and some α, β; the window [1 − s_min, 1 − s_min/4) at γ = δ = 3/2 is the project's (Proofs document)")
    public let statement = "On bilinear games f = xᵀBy with B square and invertible, Alex-GDA(3/2, 3/2) with α = β = c/L_xy (0 < c ≤ 1/2) has 1 − s_min ≤ ρ < 1 − s_min/4, s_min = αβμ_xy²: linear convergence at rate 1 − Θ(μ_xy²/L_xy²)."
    public let methods: MinimaxMethods
    public let tests: RootRadiusTests

    public init(methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    static let gamma = Rational(3, 2), delta = Rational(3, 2)

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("bilinear, B square and invertible, singular values in [μ_xy, L_xy] with both attained") { i in
                i.game.bilinearViolation(muXY: i.muXY)
            },
            Hypothesis("decoupled (blocks verified)") { $0.game.blockViolation },
            Hypothesis("step factor 0 < c ≤ 1/2") { $0.c > 0 && $0.c <= Rational(1, 2) ? nil : "c = \($0.c)" },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let ratios = scale.pick(quick: [10, 100, 1000], standard: [4, 10, 30, 100, 1000, 10_000], thorough: [4, 10, 30, 100, 300, 1000, 10_000, 100_000])
        return try Self.bilinearGames(seed: seed, ratios: ratios, hypotheses: hypotheses) { k, game, muXY in
            Instance(game: game, c: k % 2 == 0 ? Rational(1, 2) : Rational(1, 4), muXY: muXY)
        }
    }

    /// Square invertible bilinear games, one per ratio q = L_xy/μ_xy: singular values L_xy,
    /// μ_xy (and a third in between for odd k), rotated by random rational orthogonal U, V.
    static func bilinearGames<I>(seed: UInt64, ratios: [Int], hypotheses: [Hypothesis<I>],
                                 _ make: (Int, RationalGame, Rational) -> I) throws -> [I] {
        try SlotSearch.draw(slots: ratios.count, attemptsPerSlot: 4, hypotheses: hypotheses) { k, _, stream in
            let q = ratios[k]
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let lXY = Rational(rng.int(in: 1...5), rng.int(in: 1...2))
            let muXY = lXY / Rational(q)
            let middle = muXY + (lXY - muXY) * Rational(rng.int(in: 1...9), 10)
            var blocks = [GameBlock(a: 0, sigma: lXY, c: 0), GameBlock(a: 0, sigma: muXY, c: 0)]
            if k % 2 == 1 { blocks.append(GameBlock(a: 0, sigma: middle, c: 0)) }
            let rotated = try RationalGame.decoupled(blocks, label: "bilinear", rotate: true, using: &rng)
            let game = RationalGame(game: rotated.game, blocks: rotated.blocks, rotations: rotated.rotations,
                                    muX: 0, lX: 0, muY: 0, lY: 0, lXY: lXY, label: "bilinear (μ_xy/L_xy = 1/\(q))")
            return .accept(make(k, game, muXY))
        }
    }

    public func summary(of i: Instance) -> String {
        "bilinear B (\(i.game.game.dx)×\(i.game.game.dy)), L_xy=\(i.game.lXY), μ_xy=\(i.muXY), α=β=\(i.alpha), γ=δ=3/2"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d_x", i.game.game.dx), .int("d_y", i.game.game.dy), .exact("L_xy", i.game.lXY), .exact("mu_xy", i.muXY),
         .exact("c", i.c), .exact("alpha", i.alpha), .exact("beta", i.alpha), .exact("gamma", Self.gamma), .exact("delta", Self.delta)]
    }

    public func measure(_ i: Instance) -> SpectralRadiusEvidence {
        i.game.evidence(.alex(gamma: Self.gamma, delta: Self.delta), alpha: i.alpha, beta: i.alpha, using: methods, tests: tests)
    }

    public var claim: Claim<Instance, SpectralRadiusEvidence> {
        Claim("1 − s_min ≤ ρ(M_alex) < 1 − s_min/4 with s_min = αβμ_xy²", kind: .tight, exact: true) { i, e in
            Self.window(e, sMin: i.sMin)
        }
    }

    /// Decides 1 − s ≤ ρ < 1 − s/4, the upper end first.
    static func window(_ e: SpectralRadiusEvidence, sMin: Rational) -> Judgement {
        let upper = e.judgeBelow(1 - sMin / 4)
        guard upper.outcome == .holds else { return upper }
        var lower = e.judgeAtLeast(1 - sMin)
        lower.certificate = "\(upper.certificate ?? ""); and \(lower.certificate ?? "")"
        return lower
    }

    public var falseVariants: [Claim<Instance, SpectralRadiusEvidence>] {
        [
            Claim("the rate is linear in the ratio: 1 − ρ ≥ (1/4)·μ_xy/L_xy", kind: .upperBound, exact: true) { i, e in
                e.judgeAtMost(1 - i.muXY / i.game.lXY / 4)
            },
        ]
    }

    public func plots(_ runs: [MeasuredInstance<Instance, SpectralRadiusEvidence>]) -> [Plot] {
        Self.windowPlot(id: "alex-gap-vs-smin", title: "Alex-GDA(3/2, 3/2) on bilinear games",
                        runs.map { (x: $0.instance.sMin.doubleValue, evidence: $0.measurement) }, name: "Alex-GDA")
    }

    /// 1 − ρ against s_min with the window s_min/4 < 1 − ρ ≤ s_min.
    static func windowPlot(id: String, title: String, _ points: [(x: Double, evidence: SpectralRadiusEvidence)], name: String) -> [Plot] {
        let xs = points.map(\.x)
        return [Plot(id: id, title: title, xLabel: "s_min = αβμ_xy²", yLabel: "1 − ρ (certified bracket)", xAxis: .log, yAxis: .log,
                     series: [RatePlots.gap(name, points),
                              RatePlots.curve("upper end s_min", role: .bound, at: xs) { $0 },
                              RatePlots.curve("lower end s_min/4", role: .bound, at: xs) { $0 / 4 }])]
    }
}
