import ExactMath
import FloatMath
import Optimizers

/// Alex-GDA subsumes Sim-GDA and Alt-GDA: Alex(γ, δ) = (0, 1) is Sim-GDA and (1, 1) is
/// Alt-GDA. Decided exactly as polynomial identities of the methods' own iteration
/// matrices, det(zI − M_alex(0,1)) = z^{d_y}·det(zI − M_sim) and
/// det(zI − M_alex(1,1)) = z^{d_y}·det(zI − M_alt), and as identity of the (x, y)
/// iterates over several exact steps from the methods' own initial states.
///
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475), Algorithm 2 and the remark after it (confirmed from the
/// authors' poster). See Proofs/lee-cho-yun-2024/alex-subsumes-sim-alt.md.
public struct AlexSubsumesSimAlt: Theorem {
    public struct Instance: Sendable {
        public let game: RationalGame
        public let alpha: Rational, beta: Rational
        public let x0: Vector<Rational>, y0: Vector<Rational>
    }

    public struct Measurement: Sendable {
        public let sim: Polynomial, alt: Polynomial, alex01: Polynomial, alex11: Polynomial
        /// Whether the exact (x, y) iterates of Alex(0,1) equal Sim's, and Alex(1,1)'s Alt's, for `steps` steps.
        public let simIteratesAgree: Bool, altIteratesAgree: Bool
        public let steps: Int
        public let dy: Int
    }

    public let id = "lee-cho-yun-2024/alex-subsumes-sim-alt"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("Algorithm 2 and remark (Sim = Alex(0,1), Alt = Alex(1,1))")
    public let provenance = Provenance.paperShape(
        "authors' poster: Algorithms 1–2 and the remark Sim-GDA = Alex-GDA(0, 1), Alt-GDA = Alex-GDA(1, 1); the update rule also matches the authors' code (quadratic-extensive/algo.py)")
    public let statement = "Alex-GDA with (γ, δ) = (0, 1) is Sim-GDA and with (1, 1) is Alt-GDA: same iterates, and characteristic polynomials z^{d_y}·char(M_sim), z^{d_y}·char(M_alt)."
    public let methods: MinimaxMethods

    public init(methods: MinimaxMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("SCSC with exact constants μ, L, L_xy") { $0.game.scscViolation },
            Hypothesis("step sizes α, β > 0") { $0.alpha > 0 && $0.beta > 0 ? nil : "α = \($0.alpha), β = \($0.beta)" },
            Hypothesis("a start (x₀, y₀) of the game's dimensions") { i in
                i.x0.count == i.game.game.dx && i.y0.count == i.game.game.dy ? nil : "wrong dimensions"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 12, thorough: 40)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 8, hypotheses: hypotheses) { _, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let n = rng.int(in: 2...3)
            let mu = Rational(rng.int(in: 1...3), rng.int(in: 1...3))
            let game = try RationalGame.randomNonCommuting(n: n, muX: mu, lX: mu * Rational(rng.int(in: 2...9)),
                                                           muY: mu, lY: mu * Rational(rng.int(in: 2...9)),
                                                           muXY: mu / 2, lXY: mu * Rational(rng.int(in: 1...5)), using: &rng)
            let alpha = Rational(rng.int(in: 1...9), 10) / game.lX, beta = Rational(rng.int(in: 1...9), 10) / game.lY
            let x0 = Vector((0..<n).map { _ in Rational(rng.int(in: -5...5)) })
            let y0 = Vector((0..<n).map { _ in Rational(rng.int(in: -5...5)) })
            // A zero x₀ or y₀ would make a wrongly initialised state invisible: re-draw.
            guard !x0.elements.allSatisfy(\.isZero), !y0.elements.allSatisfy(\.isZero) else { return .reject("x₀ = 0 or y₀ = 0") }
            return .accept(Instance(game: game, alpha: alpha, beta: beta, x0: x0, y0: y0))
        }
    }

    public func summary(of i: Instance) -> String { "\(i.game.summary), α=\(i.alpha), β=\(i.beta)" }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        i.game.parameters + [.exact("alpha", i.alpha), .exact("beta", i.beta)]
    }

    public func measure(_ i: Instance) -> Measurement {
        let g = i.game.game
        let steps = 4
        func run(_ v: GDAVariant) -> (Polynomial, [[Rational]]) {
            let m = v.method(alpha: i.alpha, beta: i.beta, using: methods)
            let xy = m.states(on: g, x0: i.x0, y0: i.y0, steps: steps).map { s in
                let (x, y) = m.iterate(of: s, dx: g.dx, dy: g.dy)
                return x.elements + y.elements
            }
            return (m.iterationMatrix(on: g).characteristicPolynomial, xy)
        }
        let sim = run(.sim), alt = run(.alt), a01 = run(.alex(gamma: 0, delta: 1)), a11 = run(.alex(gamma: 1, delta: 1))
        return Measurement(sim: sim.0, alt: alt.0, alex01: a01.0, alex11: a11.0, simIteratesAgree: sim.1 == a01.1,
                           altIteratesAgree: alt.1 == a11.1, steps: steps, dy: g.dy)
    }

    /// Number of coefficients where p and z^k·q differ (0 ⟺ p = z^k q).
    static func mismatches(_ p: Polynomial, _ q: Polynomial, shift k: Int) -> Int {
        let shifted = Polynomial.monomial(degree: k) * q
        let n = max(p.degree, shifted.degree) + 1
        return (0..<n).filter { p[$0] != shifted[$0] }.count
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("char(M_alex(0,1)) = z^{d_y}·char(M_sim), char(M_alex(1,1)) = z^{d_y}·char(M_alt), and the iterates coincide", kind: .tight, exact: true) { _, m in
            let bad = Self.mismatches(m.alex01, m.sim, shift: m.dy) + Self.mismatches(m.alex11, m.alt, shift: m.dy)
                + (m.simIteratesAgree ? 0 : 1) + (m.altIteratesAgree ? 0 : 1)
            return Judgement.exact(measured: Rational(bad), .equal, predicted: 0,
                                   certificate: "exact coefficient comparison of the methods' characteristic polynomials; exact (x, y) iterates compared over \(m.steps) steps; measured = number of mismatches")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("Alt-GDA is Alex(0, 1): char(M_alex(0,1)) = z^{d_y}·char(M_alt)", kind: .tight, exact: true) { _, m in
                Judgement.exact(measured: Rational(Self.mismatches(m.alex01, m.alt, shift: m.dy)), .equal, predicted: 0,
                                certificate: "measured = number of mismatching coefficients")
            },
            Claim("Sim-GDA is Alex(1, 1): char(M_alex(1,1)) = z^{d_y}·char(M_sim)", kind: .tight, exact: true) { _, m in
                Judgement.exact(measured: Rational(Self.mismatches(m.alex11, m.sim, shift: m.dy)), .equal, predicted: 0,
                                certificate: "measured = number of mismatching coefficients")
            },
        ]
    }
}
