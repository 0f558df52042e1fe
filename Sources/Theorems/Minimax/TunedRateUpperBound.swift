import ExactMath
import FloatMath
import Optimizers

/// The shape shared by the "there exist step sizes" upper bounds of Lee, Cho, Yun (ICML
/// 2024, arXiv 2402.10475) — Theorems 3.1 (Sim), 4.1 (Alt), 5.1 (Alex), and the extragradient
/// bound the abstract calls identical to Alex's: on each instance, a Float64 search proposes
/// (α, β), they are rationalised, and ρ(M) < 1 − c/K(κ) is certified exactly by Schur–Cohn on
/// the blocks, where K is the paper's complexity expression and c the project's constant (the
/// paper's constants were not reachable). The configurations live in `UpperBoundTheorems.swift`.
public struct TunedRateUpperBound: Theorem {
    /// A game and the method to tune on it.
    public struct Setting: Sendable {
        public let game: RationalGame
        public let method: GDAVariant
        /// √κ_x and √κ_y when they are rational (needed by the Alt bound).
        public let sqrtKappaX: Rational?, sqrtKappaY: Rational?

        public init(game: RationalGame, method: GDAVariant, sqrtKappaX: Rational? = nil, sqrtKappaY: Rational? = nil) {
            self.game = game; self.method = method; self.sqrtKappaX = sqrtKappaX; self.sqrtKappaY = sqrtKappaY
        }
    }

    public struct Instance: Sendable {
        public let setting: Setting
        /// The Float64-tuned rational steps.
        public let alpha: Rational, beta: Rational
        public var game: RationalGame { setting.game }
        public var method: GDAVariant { setting.method }
        /// κ_xy = L_xy/μ (instances have μ_x = μ_y = μ, so κ_xy is rational).
        public var kappaXY: Rational { game.lXY / game.muX }
    }

    public let id: String
    public let family = Family.minimax
    public let citation: Citation
    public let provenance: Provenance
    public let statement: String
    public let methods: MinimaxMethods
    public let tests: RootRadiusTests
    let settings: @Sendable (UInt64, Scale) throws -> [Setting]
    /// K(κ), the complexity expression; the claimed gap is `constant`/K.
    let complexity: @Sendable (Instance) -> Rational
    let constant: Rational
    let complexityText: String
    let variants: [Claim<Instance, SpectralRadiusEvidence>]

    init(id: String, citation: Citation, provenance: Provenance, statement: String, constant: Rational, complexityText: String,
         methods: MinimaxMethods, tests: RootRadiusTests,
         settings: @escaping @Sendable (UInt64, Scale) throws -> [Setting],
         complexity: @escaping @Sendable (Instance) -> Rational, falseVariants: [Claim<Instance, SpectralRadiusEvidence>]) {
        self.id = id; self.citation = citation; self.provenance = provenance; self.statement = statement
        self.constant = constant; self.complexityText = complexityText; self.methods = methods; self.tests = tests
        self.settings = settings; self.complexity = complexity; variants = falseVariants
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("decoupled game (blocks verified)") { $0.game.blockViolation },
            Hypothesis("SCSC with exact constants and μ_x = μ_y") { i in
                i.game.muX == i.game.muY ? i.game.scscViolation : "μ_x = \(i.game.muX) ≠ μ_y = \(i.game.muY)"
            },
            Hypothesis("√κ_x, √κ_y (when used) square to κ_x, κ_y") { i in
                if let s = i.setting.sqrtKappaX, s * s != i.game.kappaX { return "√κ_x is wrong" }
                if let s = i.setting.sqrtKappaY, s * s != i.game.kappaY { return "√κ_y is wrong" }
                return nil
            },
            Hypothesis("Alex-GDA only with γ, δ > 1 (Theorem 5.1)") { i in
                if case .alex(let g, let d) = i.method, !(g > 1 && d > 1) { return "γ = \(g), δ = \(d)" }
                return nil
            },
            Hypothesis("step sizes α, β > 0") { $0.alpha > 0 && $0.beta > 0 ? nil : "α = \($0.alpha), β = \($0.beta)" },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let all = try settings(seed, scale)
        return try InstanceSearch.draw(count: all.count, maxAttempts: all.count, hypotheses: hypotheses) { index in
            let s = all[index]
            let tuned = StepSizeSearch.tuned(s.method, on: s.game)
            return .accept(Instance(setting: s, alpha: tuned.alpha, beta: tuned.beta))
        }
    }

    public func summary(of i: Instance) -> String { "\(i.method) on \(i.game.summary), α=\(i.alpha), β=\(i.beta) (tuned)" }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        var out = [InstanceParameter.text("method", i.method.description)] + i.game.parameters
        if case .alex(let g, let d) = i.method { out += [.exact("gamma", g), .exact("delta", d)] }
        return out + [.exact("alpha", i.alpha), .exact("beta", i.beta), .exact("K", complexity(i))]
    }

    public func measure(_ i: Instance) -> SpectralRadiusEvidence {
        i.game.evidence(i.method, alpha: i.alpha, beta: i.beta, using: methods, tests: tests)
    }

    public var claim: Claim<Instance, SpectralRadiusEvidence> {
        Claim("at Float64-tuned rational (α, β), ρ(M) < 1 − \(constant)/(\(complexityText)), certified", kind: .upperBound, exact: true) { i, e in
            var j = e.judgeBelow(1 - constant / complexity(i))
            j.certificate = "α=\(i.alpha), β=\(i.beta); " + (j.certificate ?? "")
            return j
        }
    }

    public var falseVariants: [Claim<Instance, SpectralRadiusEvidence>] { variants }

    /// 1 − ρ at the tuned steps against the complexity K, with the claimed gap c/K.
    public func plots(_ runs: [MeasuredInstance<Instance, SpectralRadiusEvidence>]) -> [Plot] {
        let points = runs.map { (x: complexity($0.instance).doubleValue, evidence: $0.measurement) }
        let c = constant.doubleValue
        return [Plot(id: "gap-vs-complexity", title: "\(runs.first?.instance.method.description ?? "method"), tuned: 1 − ρ against K",
                     xLabel: "K = \(complexityText)", yLabel: "1 − ρ (certified bracket)", xAxis: .log, yAxis: .log,
                     series: [RatePlots.gap("tuned, certified", points),
                              RatePlots.curve("claimed gap \(constant)/K", role: .bound, at: points.map(\.x)) { c / $0 }])]
    }
}
