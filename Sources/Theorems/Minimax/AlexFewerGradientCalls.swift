import ExactMath
import FloatMath
import Optimizers

/// Alex-GDA reaches extragradient's complexity with fewer gradient computations: on the hard
/// instance H with κ_xy ≤ κ_max = max(κ_x, κ_y), two Alex-GDA(3/2, 3/2) iterations at tuned
/// steps (four gradient evaluations) contract by ρ(M_alex)² < 1 − 1/κ_max, while one
/// extragradient iteration (also four evaluations) has ρ(M_EG) > 1 − 1/κ_max at **every**
/// step size: along H's uncoupled coordinates EG multiplies by 1 − t + t² (t = αa), which is
/// < 1 only for αL_x < 1, and then the μ_x coordinate keeps 1 − αμ_x + α²μ_x² > 1 − 1/κ_x
/// (likewise for y).
///
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475), abstract: Alex-GDA's bound is "identical to that of the
/// Extra-gradient method, while requiring less gradient computations". The per-gradient
/// comparison on H, its EG all-step bound and the threshold 1 − 1/κ_max are the project's;
/// decided exactly on the methods' rational iteration matrices (M_alex² and M_EG, per block).
/// See Proofs/lee-cho-yun-2024/alex-fewer-gradient-calls-than-eg.md.
public struct AlexFewerGradientCalls: Theorem {
    public struct Instance: Sendable {
        public let game: RationalGame
        /// The method the instance evaluates: Alex-GDA(3/2, 3/2) at its tuned steps, or EG at tuned or random steps.
        public let method: GDAVariant
        public let alpha: Rational, beta: Rational
        /// Whether (α, β) came from the Float64 search.
        public let tuned: Bool
        /// κ_max = max(κ_x, κ_y); the threshold is 1 − 1/κ_max.
        public var kappaMax: Rational { max(game.kappaX, game.kappaY) }
        public var isAlex: Bool { if case .alex = method { true } else { false } }
        /// Iterations of the method that cost four gradient evaluations: 2 for Alex-GDA, 1 for EG.
        public var iterationsPerFourCalls: Int { 4 / method.gradientCallsPerIteration }
    }

    public let id = "lee-cho-yun-2024/alex-fewer-gradient-calls-than-eg"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("abstract and Theorem 5.1 (Alex-GDA against extragradient per gradient computation)")
    public let provenance = Provenance.derived(
        "the abstract (PMLR page) states the shape — Alex-GDA's bound equals extragradient's with fewer gradient computations; the instance-level comparison on H, EG's all-step bound and the threshold 1 − 1/κ_max are the project's (Proofs document)")
    public let statement = "On H with κ_xy ≤ max(κ_x, κ_y), four gradient evaluations of tuned Alex-GDA(3/2, 3/2) (two iterations) contract by ρ² < 1 − 1/κ_max, while four of extragradient (one iteration) contract by ρ > 1 − 1/κ_max at every step size."
    public let methods: MinimaxMethods
    public let tests: RootRadiusTests

    public init(methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    static let alex = GDAVariant.alex(gamma: Rational(3, 2), delta: Rational(3, 2))

    var gameHypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("the game is H (blocks verified) with κ_xy ≤ max(κ_x, κ_y)") { i in
                guard i.game.isHard else { return "not H" }
                guard i.game.lXY <= i.kappaMax else { return "κ_xy = \(i.game.lXY) > κ_max = \(i.kappaMax)" }
                return i.game.blockViolation
            },
            Hypothesis("SCSC with exact constants μ, L, L_xy") { $0.game.scscViolation },
            Hypothesis("step sizes α, β > 0") { $0.alpha > 0 && $0.beta > 0 ? nil : "α = \($0.alpha), β = \($0.beta)" },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let kappas: [(Int, Int, Int)] = scale.pick(
            quick: [(16, 16, 16), (64, 4, 8)],
            standard: [(16, 16, 16), (64, 4, 8), (64, 64, 64), (256, 256, 32)],
            thorough: [(16, 16, 16), (64, 4, 8), (64, 64, 64), (256, 256, 32), (1024, 1024, 1024), (4, 256, 64)])
        let randomSteps = scale.pick(quick: 3, standard: 10, thorough: 30)
        let games = kappas.map { RationalGame.hard(kappaX: Rational($0.0), kappaY: Rational($0.1), kappaXY: Rational($0.2)) }
        let perGame = 2 + randomSteps
        return try InstanceSearch.draw(count: games.count * perGame, maxAttempts: games.count * perGame, hypotheses: hypotheses) { index in
            let (g, j) = index.quotientAndRemainder(dividingBy: perGame)
            let game = games[g]
            switch j {
            case 0:
                let t = StepSizeSearch.tuned(Self.alex, on: game)
                return .accept(Instance(game: game, method: Self.alex, alpha: t.alpha, beta: t.beta, tuned: true))
            case 1:
                let t = StepSizeSearch.tuned(.extragradient, on: game)
                return .accept(Instance(game: game, method: .extragradient, alpha: t.alpha, beta: t.beta, tuned: true))
            default:
                // EG at log-uniform rational steps in [10⁻⁴, 2]/L, L = max(L_x, L_y, L_xy): the bound is for every step.
                var rng = SeededGenerator.stream(seed: seed, index: UInt64(index))
                let l = max(game.lX, game.lY, game.lXY)
                func draw() -> Rational { Rational(rng.int(in: 100...999), 100) * Rational(10).power(rng.int(in: -4...(-1))) * 2 / l }
                return .accept(Instance(game: game, method: .extragradient, alpha: draw(), beta: draw(), tuned: false))
            }
        }
    }

    public func summary(of i: Instance) -> String {
        "\(i.method) on \(i.game.summary), α=\(i.alpha), β=\(i.beta)\(i.tuned ? " (tuned)" : "")"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.text("method", i.method.description)] + i.game.parameters
            + [.exact("alpha", i.alpha), .exact("beta", i.beta), .text("steps", i.tuned ? "tuned" : "random")]
    }

    public var hypotheses: [Hypothesis<Instance>] { gameHypotheses + [callsHypothesis] }

    /// Four gradient evaluations are two Alex-GDA iterations or one EG iteration.
    let callsHypothesis = Hypothesis<Instance>("four gradient evaluations are a whole number (1 or 2) of iterations") { i in
        [1, 2].contains(i.iterationsPerFourCalls) && 4 % i.method.gradientCallsPerIteration == 0 ? nil : "\(i.method.gradientCallsPerIteration) calls per iteration"
    }

    /// The evidence of M^k for the k iterations that cost four gradient evaluations
    /// (Alex: M_alex², EG: M_EG).
    public func measure(_ i: Instance) -> SpectralRadiusEvidence {
        i.game.evidence(i.method, alpha: i.alpha, beta: i.beta, squared: i.iterationsPerFourCalls == 2, using: methods, tests: tests)
    }

    public var claim: Claim<Instance, SpectralRadiusEvidence> {
        Claim("per four gradient calls: ρ(M_alex)² < 1 − 1/κ_max at Alex's tuned steps, ρ(M_EG) > 1 − 1/κ_max at every EG step", kind: .upperBound, exact: true) { i, e in
            let r = 1 - 1 / i.kappaMax
            return i.isAlex ? e.judgeBelow(r) : e.judgeAbove(r)
        }
    }

    public var falseVariants: [Claim<Instance, SpectralRadiusEvidence>] {
        [
            Claim("extragradient at its tuned steps is as efficient per gradient call: ρ(M_EG) ≤ 1 − 1/κ_max", kind: .upperBound, exact: true) { i, e in
                guard !i.isAlex, i.tuned else { return .inapplicable("stated for EG at its tuned steps") }
                return e.judgeAtMost(1 - 1 / i.kappaMax)
            },
            Claim("Alex-GDA needs as many gradient calls as EG: ρ(M_alex)² ≥ 1 − 1/κ_max at its tuned steps", kind: .lowerBound, exact: true) { i, e in
                guard i.isAlex else { return .inapplicable("stated for Alex-GDA") }
                return e.judgeAtLeast(1 - 1 / i.kappaMax)
            },
        ]
    }

    /// Contraction per four gradient calls (ρ_alex², ρ_EG) against κ_max, with the threshold 1 − 1/κ_max.
    public func plots(_ runs: [MeasuredInstance<Instance, SpectralRadiusEvidence>]) -> [Plot] {
        let tuned = runs.filter(\.instance.tuned)
        func points(_ alex: Bool) -> [(x: Double, evidence: SpectralRadiusEvidence)] {
            tuned.filter { $0.instance.isAlex == alex }.map { ($0.instance.kappaMax.doubleValue, $0.measurement) }
        }
        let xs = tuned.map { $0.instance.kappaMax.doubleValue }
        return [Plot(id: "contraction-per-four-calls", title: "Contraction per four gradient calls on H: Alex-GDA vs extragradient",
                     xLabel: "κ_max = max(κ_x, κ_y)", yLabel: "1 − (contraction per 4 calls)", xAxis: .log, yAxis: .log,
                     series: [RatePlots.gap("Alex-GDA(3/2, 3/2), two iterations, tuned", points(true)),
                              RatePlots.gap("EG, one iteration, tuned", points(false)),
                              RatePlots.curve("threshold 1/κ_max (EG never exceeds it)", role: .bound, at: xs) { 1 / $0 }])]
    }
}
