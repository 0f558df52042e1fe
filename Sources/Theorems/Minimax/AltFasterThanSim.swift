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
/// derivation, decided exactly. See Proofs/lee-cho-yun-2024/alt-faster-than-sim.md.
public struct AltFasterThanSim: Theorem {
    public struct Instance: Sendable {
        public let k: Int
        public let game: RationalGame
        /// The Float64-tuned rational steps of Alt-GDA on the game.
        public let alpha: Rational, beta: Rational
    }

    public let id = "lee-cho-yun-2024/alt-faster-than-sim"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("Theorem 4.1 vs Theorem 3.3")
    public let provenance = Provenance.paperShape(
        "abstract (PMLR page): Alt-GDA's upper bound is strictly smaller than Sim-GDA's lower bound; theorem numbers from the authors' poster; H, 12 and k/24 are the project's (Proofs document)")
    public let statement = "On the hard SCSC quadratic H with κ_x = κ_y = κ_xy = k, tuned Alt-GDA has certified 1 − ρ > (k/24)·12/(k+1)², beating Sim-GDA's all-step-size bound 1 − ρ ≤ 12/(k+1)² by a factor growing with k."
    public let methods: MinimaxMethods
    public let tests: RootRadiusTests

    public init(methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("H is decoupled (blocks verified) with κ_x = κ_y = κ_xy = k") { i in
                let g = i.game, k = Rational(i.k)
                guard g.isHard, g.kappaX == k, g.kappaY == k, g.kappaXYSquared == k * k else { return "the game is not H(k, k, k)" }
                return g.blockViolation
            },
            Hypothesis("SCSC with exact constants μ, L, L_xy") { $0.game.scscViolation },
            Hypothesis("step sizes α, β > 0") { $0.alpha > 0 && $0.beta > 0 ? nil : "α = \($0.alpha), β = \($0.beta)" },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let ks = scale.pick(quick: [16, 64], standard: [16, 64, 256], thorough: [16, 64, 256, 1024, 4096])
        return try InstanceSearch.draw(count: ks.count, maxAttempts: ks.count, hypotheses: hypotheses) { index in
            let k = ks[index]
            let game = RationalGame.hard(kappaX: Rational(k), kappaY: Rational(k), kappaXY: Rational(k))
            let tuned = StepSizeSearch.tuned(.alt, on: game)
            return .accept(Instance(k: k, game: game, alpha: tuned.alpha, beta: tuned.beta))
        }
    }

    public func summary(of instance: Instance) -> String { "\(instance.game.summary), α=\(instance.alpha), β=\(instance.beta) (tuned)" }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("k", i.k)] + i.game.parameters + [.exact("alpha", i.alpha), .exact("beta", i.beta)]
    }

    public func measure(_ i: Instance) -> SpectralRadiusEvidence {
        i.game.evidence(.alt, alpha: i.alpha, beta: i.beta, using: methods, tests: tests)
    }

    /// Sim-GDA's all-step-size bound on 1 − ρ for H(k, k, k): 12/(κ_x + κ_y + 1 + κ_xy²) = 12/(k+1)².
    static func simBound(_ k: Int) -> Rational { Rational(12, (k + 1) * (k + 1)) }

    public var claim: Claim<Instance, SpectralRadiusEvidence> {
        Claim("ρ(M_alt) < 1 − (k/24)·12/(k+1)² at the tuned (α, β): Alt beats Sim's all-step bound by ≥ k/24", kind: .upperBound, exact: true) { i, e in
            e.judgeBelow(1 - Rational(i.k, 24) * Self.simBound(i.k))
        }
    }

    public var falseVariants: [Claim<Instance, SpectralRadiusEvidence>] {
        [
            // Sim at its best step has 1 − ρ_sim ≤ 12/(k+1)² (all steps, Proofs §derivation);
            // "Sim is at least as fast as Alt on H" therefore predicts 1 − ρ_alt ≤ 12/(k+1)².
            Claim("Sim-GDA with suitable steps is at least as fast as Alt-GDA on H: ρ(M_alt) ≥ 1 − 12/(k+1)²", kind: .lowerBound, exact: true) { i, e in
                e.judgeAtLeast(1 - Self.simBound(i.k))
            },
            Claim("the Alt/Sim gap does not grow: ρ(M_alt) ≥ 1 − 4·12/(k+1)² for every k", kind: .lowerBound, exact: true) { i, e in
                e.judgeAtLeast(1 - 4 * Self.simBound(i.k))
            },
        ]
    }

    public func plots(_ runs: [MeasuredInstance<Instance, SpectralRadiusEvidence>]) -> [Plot] {
        let xs = runs.map { Double($0.instance.k) }
        return [Plot(id: "alt-gap-vs-k", title: "Tuned Alt-GDA on H(k, k, k) against Sim-GDA's all-step bound",
                     xLabel: "k = κ_x = κ_y = κ_xy", yLabel: "1 − ρ (certified bracket)", xAxis: .log, yAxis: .log,
                     series: [
                        RatePlots.gap("Alt-GDA, tuned", runs.map { (Double($0.instance.k), $0.measurement) }),
                        RatePlots.curve("claimed Alt gap (k/24)·12/(k+1)²", role: .bound, at: xs) { k in k / 24 * 12 / ((k + 1) * (k + 1)) },
                        RatePlots.curve("Sim-GDA at any step: 12/(k+1)²", role: .reference, at: xs) { k in 12 / ((k + 1) * (k + 1)) },
                     ])]
    }
}
