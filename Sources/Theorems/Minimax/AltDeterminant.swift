import ExactMath
import FloatMath
import Optimizers

/// For every quadratic game, also non-commuting, det M_alt = det(I − αA)·det(I − βC):
/// M_alt = [[I, 0], [βBᵀ, I − βC]]·[[I − αA, −αB], [0, I]] is a product of two block-
/// triangular matrices. (Sim-GDA has no such identity: its determinant carries the
/// αβBᵀB coupling.)
///
/// An identity derived by the project about the Alt-GDA of Lee, Cho, Yun, "Fundamental
/// Benefit of Alternating Updates in Minimax Optimization", ICML 2024 (arXiv 2402.10475),
/// Algorithm 1; it is the structural fact behind Alt-GDA's bilinear cycling (det = 1 when
/// A = C = 0). See Proofs/lee-cho-yun-2024/alt-determinant.md.
public struct AltDeterminant: Theorem {
    public struct Instance: Sendable {
        public let game: RationalGame
        public let alpha: Rational, beta: Rational
    }

    public struct Measurement: Sendable {
        public let detAlt: Rational, detSim: Rational, product: Rational
    }

    public let id = "lee-cho-yun-2024/alt-determinant"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("Algorithm 1 (Alt-GDA), iteration-matrix identity")
    public let provenance = Provenance.derived(
        "the factorisation of M_alt into two block-triangular matrices is the project's (Proofs document); the paper is cited for Algorithm 1")
    public let statement = "For every quadratic game and steps α, β: det M_alt = det(I − αA)·det(I − βC), exactly."
    public let methods: MinimaxMethods

    public init(methods: MinimaxMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("SCSC with exact constants μ, L, L_xy, and B ≠ 0") { i in
                i.game.lXY > 0 ? i.game.scscViolation : "B = 0 (the Sim control would not differ)"
            },
            Hypothesis("step sizes α, β > 0") { $0.alpha > 0 && $0.beta > 0 ? nil : "α = \($0.alpha), β = \($0.beta)" },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 5, standard: 16, thorough: 50)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 8, hypotheses: hypotheses) { _, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let n = rng.int(in: 2...4)
            let mu = Rational(rng.int(in: 1...3), rng.int(in: 1...4))
            let game = try RationalGame.randomNonCommuting(n: n, muX: mu, lX: mu * Rational(rng.int(in: 2...20)),
                                                           muY: mu, lY: mu * Rational(rng.int(in: 2...20)),
                                                           muXY: mu / 3, lXY: mu * Rational(rng.int(in: 1...8)), using: &rng)
            return .accept(Instance(game: game, alpha: Rational(rng.int(in: 1...30), 10) / game.lX,
                                    beta: Rational(rng.int(in: 1...30), 10) / game.lY))
        }
    }

    public func summary(of i: Instance) -> String { "\(i.game.summary), α=\(i.alpha), β=\(i.beta)" }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        i.game.parameters + [.exact("alpha", i.alpha), .exact("beta", i.beta)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let g = i.game.game
        let alt = GDAVariant.alt.iterationMatrix(alpha: i.alpha, beta: i.beta, on: g, using: methods)
        let sim = GDAVariant.sim.iterationMatrix(alpha: i.alpha, beta: i.beta, on: g, using: methods)
        let ix = Matrix<Rational>.identity(g.dx), iy = Matrix<Rational>.identity(g.dy)
        let product = try (ix - i.alpha * g.a).determinant() * (iy - i.beta * g.c).determinant()
        return Measurement(detAlt: try alt.determinant(), detSim: try sim.determinant(), product: product)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("det M_alt = det(I − αA)·det(I − βC)", kind: .tight, exact: true) { _, m in
            Judgement.exact(measured: m.detAlt, .equal, predicted: m.product, certificate: "exact Bareiss determinants")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [Claim("the same identity for Sim-GDA: det M_sim = det(I − αA)·det(I − βC)", kind: .tight, exact: true) { _, m in
            Judgement.exact(measured: m.detSim, .equal, predicted: m.product, certificate: "exact Bareiss determinants")
        }]
    }
}
