import ExactMath
import FloatMath
import Optimizers

/// Sim-GDA cannot converge fast on the hard instance H at **any** step sizes:
/// 1 − ρ(M_sim) ≤ 12/(κ_x + κ_y + 1 + κ_xy²) for all α, β > 0 — so Sim-GDA needs
/// Ω((κ_x + κ_y + κ_xy²) log 1/ε) iterations.
///
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475), Theorem 3.3 (shape only). The instance H and the
/// constant 12 are the project's own version, proved for all step sizes in
/// Proofs/lee-cho-yun-2024/sim-lower-bound.md and spot-checked here exactly on seeded random
/// rational step sizes and on Float64-tuned ones.
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
    public let provenance = Provenance.paperShape(
        "authors' poster: Theorem 3.3, Sim-GDA needs Ω((κ_x + κ_y + κ_xy²) log 1/ε); the instance H and the constant 12 are the project's (Proofs document)")
    public let statement = "On the hard SCSC quadratic H, Sim-GDA has 1 − ρ(M_sim) ≤ 12/(κ_x + κ_y + 1 + κ_xy²) at every step size (α, β), hence needs Ω((κ_x + κ_y + κ_xy²) log 1/ε) iterations."
    public let methods: MinimaxMethods
    public let tests: RootRadiusTests

    public init(methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    /// The all-step-size bound on 1 − ρ.
    static func bound(_ g: RationalGame) -> Rational { 12 / (g.kappaX + g.kappaY + 1 + g.kappaXYSquared) }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("the game is H(κ_x, κ_y, κ_xy) (blocks verified)") { i in i.game.isHard ? i.game.blockViolation : "not H" },
            Hypothesis("SCSC with exact constants μ, L, L_xy") { $0.game.scscViolation },
            Hypothesis("step sizes α, β > 0") { $0.alpha > 0 && $0.beta > 0 ? nil : "α = \($0.alpha), β = \($0.beta)" },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let kappas: [(Int, Int)] = scale.pick(
            quick: [(4, 2), (16, 16), (64, 4)],
            standard: [(4, 2), (4, 16), (16, 16), (16, 64), (64, 4), (64, 64), (256, 256)],
            thorough: [(4, 2), (4, 16), (4, 256), (16, 16), (16, 64), (64, 4), (64, 64), (256, 256), (1024, 1024), (1_000_000, 1000)])
        let perGame = scale.pick(quick: 8, standard: 30, thorough: 100)
        let games = kappas.map { RationalGame.hard(kappaX: Rational($0.0), kappaY: Rational($0.0), kappaXY: Rational($0.1)) }
        let tuned = games.map { StepSizeSearch.tuned(.sim, on: $0) }
        let count = games.count * (perGame + 1)
        return try InstanceSearch.draw(count: count, maxAttempts: count, hypotheses: hypotheses) { index in
            let (g, j) = index.quotientAndRemainder(dividingBy: perGame + 1)
            let game = games[g]
            if j == 0 { return .accept(Instance(game: game, alpha: tuned[g].alpha, beta: tuned[g].beta, tuned: true)) }
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(index))
            // log-uniform rational steps in [10⁻⁶, 3]/L (L = max(L_x, L_xy)), 3 significant digits.
            let l = max(game.lX, game.lXY)
            func draw() -> Rational {
                let mantissa = Rational(rng.int(in: 100...999), 100)
                return min(mantissa * Rational(10).power(rng.int(in: -6...0)) / l, 3 / l)
            }
            return .accept(Instance(game: game, alpha: draw(), beta: draw(), tuned: false))
        }
    }

    public func summary(of i: Instance) -> String {
        "\(i.game.summary), α=\(i.alpha), β=\(i.beta)\(i.tuned ? " (tuned)" : "")"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        i.game.parameters + [.exact("alpha", i.alpha), .exact("beta", i.beta), .text("steps", i.tuned ? "tuned" : "random")]
    }

    public func measure(_ i: Instance) -> SpectralRadiusEvidence {
        i.game.evidence(.sim, alpha: i.alpha, beta: i.beta, using: methods, tests: tests)
    }

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

    /// 1 − ρ of tuned Sim-GDA against K = κ_x + κ_y + 1 + κ_xy², with the bound 12/K.
    public func plots(_ runs: [MeasuredInstance<Instance, SpectralRadiusEvidence>]) -> [Plot] {
        let tuned = runs.filter(\.instance.tuned)
        func k(_ g: RationalGame) -> Double { (g.kappaX + g.kappaY + 1 + g.kappaXYSquared).doubleValue }
        let xs = tuned.map { k($0.instance.game) }
        return [Plot(id: "sim-gap-vs-k", title: "Tuned Sim-GDA on H against the all-step bound",
                     xLabel: "K = κ_x + κ_y + 1 + κ_xy²", yLabel: "1 − ρ (certified bracket)", xAxis: .log, yAxis: .log,
                     series: [RatePlots.gap("Sim-GDA, tuned", tuned.map { (k($0.instance.game), $0.measurement) }),
                              RatePlots.curve("bound 12/K (any step)", role: .bound, at: xs) { 12 / $0 }])]
    }
}
