import ExactMath
import FloatMath
import Optimizers

/// The shape shared by the "there exist step sizes" upper bounds of Lee, Cho, Yun (ICML
/// 2024, arXiv 2402.10475) — Theorems 3.1 (Sim), 4.1 (Alt), 5.1 (Alex): on each instance, a
/// Float64 search proposes (α, β), they are rationalised, and ρ(M) < 1 − c/K(κ) is certified
/// exactly by Schur–Cohn on the blocks, where K is the paper's complexity expression and c
/// the project's [DERIVED] constant (the paper's constants were not reachable).
/// The configurations live in `UpperBoundTheorems.swift`.
public struct TunedRateUpperBound: Theorem {
    public struct Instance: Sendable {
        public let game: RationalGame
        public let method: GDAVariant
        /// √κ_x and √κ_y when they are rational (needed by the Alt bound).
        public let sqrtKappaX: Rational?, sqrtKappaY: Rational?
        /// κ_xy = L_xy/μ (instances have μ_x = μ_y = μ, so κ_xy is rational).
        public var kappaXY: Rational { game.lXY / game.muX }

        public init(game: RationalGame, method: GDAVariant, sqrtKappaX: Rational? = nil, sqrtKappaY: Rational? = nil) {
            self.game = game; self.method = method; self.sqrtKappaX = sqrtKappaX; self.sqrtKappaY = sqrtKappaY
        }
    }

    public struct Measurement: Sendable {
        public let alpha: Rational, beta: Rational
        public let evidence: SpectralRadiusEvidence
    }

    public let id: String
    public let family = Family.minimax
    public let citation: Citation
    public let statement: String
    let makeInstances: @Sendable (UInt64, Scale) -> [Instance]
    /// c/K(κ): the claimed lower bound on 1 − ρ.
    let gap: @Sendable (Instance) -> Rational
    let gapText: String
    let variants: [Claim<Instance, Measurement>]

    init(id: String, citation: Citation, statement: String, gapText: String,
         instances: @escaping @Sendable (UInt64, Scale) -> [Instance],
         gap: @escaping @Sendable (Instance) -> Rational, falseVariants: [Claim<Instance, Measurement>]) {
        self.id = id; self.citation = citation; self.statement = statement; self.gapText = gapText
        makeInstances = instances; self.gap = gap; variants = falseVariants
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("decoupled SCSC game with μ_x = μ_y and exact constants") { i in
            guard let blocks = i.game.blocks else { return "not decoupled" }
            guard i.game.muX == i.game.muY, i.game.muX > 0 else { return "μ_x ≠ μ_y" }
            guard blocks.allSatisfy({ $0.a >= i.game.muX && $0.a <= i.game.lX && $0.c >= i.game.muY && $0.c <= i.game.lY
                && $0.sigma.absoluteValue <= i.game.lXY }) else { return "a block lies outside [μ, L]" }
            if let s = i.sqrtKappaX, s * s != i.game.kappaX { return "√κ_x is wrong" }
            if let s = i.sqrtKappaY, s * s != i.game.kappaY { return "√κ_y is wrong" }
            return nil
        }]
    }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] { makeInstances(seed, scale) }

    public func summary(of i: Instance) -> String { "\(i.method) on \(i.game.summary)" }

    public func measure(_ i: Instance) -> Measurement {
        let tuned = StepSizeSearch.tuned(i.method, on: i.game)
        return Measurement(alpha: tuned.alpha, beta: tuned.beta, evidence: i.game.evidence(i.method, alpha: tuned.alpha, beta: tuned.beta))
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("at Float64-tuned rational (α, β), ρ(M) < 1 − \(gapText), certified", kind: .upperBound, exact: true) { i, m in
            var j = m.evidence.judgeBelow(1 - gap(i))
            j.certificate = "α=\(m.alpha), β=\(m.beta); " + (j.certificate ?? "")
            return j
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] { variants }
}
