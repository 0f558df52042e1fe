import ExactMath
import FloatMath

/// The order of the paper's complexity bounds: with UB_alex = κ_x + κ_y + κ_xy,
/// UB_alt = κ_x + κ_y + κ_xy(√κ_x + √κ_y) and LB_sim = κ_x + κ_y + κ_xy²,
/// UB_alex ≤ UB_alt ≤ (3/2)·LB_sim for all κ_x, κ_y ≥ 1, κ_xy > 0 (AM–GM), and
/// LB_sim/UB_alt ≥ √k/4 → ∞ along κ_x = κ_y = κ_xy = k.
///
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475): Theorems 3.3, 4.1, 5.1 (bound shapes, confirmed from the
/// poster) and the abstract's "upper bound of Alt-GDA is strictly smaller than the lower
/// bound of Sim-GDA", read as an order statement; the constant 3/2 is the project's (AM–GM).
/// κ_x, κ_y are squares of rationals so every quantity is rational and exact.
/// See Proofs/lee-cho-yun-2024/bound-ordering.md.
public struct BoundOrdering: Theorem {
    public struct Instance: Sendable {
        public let sqrtKappaX: Rational, sqrtKappaY: Rational, kappaXY: Rational
        public var kappaX: Rational { sqrtKappaX * sqrtKappaX }
        public var kappaY: Rational { sqrtKappaY * sqrtKappaY }
        /// On the diagonal κ_x = κ_y = κ_xy.
        public var diagonal: Bool { kappaX == kappaY && kappaY == kappaXY }
    }

    public struct Measurement: Sendable {
        public let ubAlex: Rational, ubAlt: Rational, lbSim: Rational
    }

    public let id = "lee-cho-yun-2024/bound-ordering"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("Theorems 3.3, 4.1, 5.1 (bound shapes)")
    public let provenance = Provenance.paperShape(
        "authors' poster: the complexity shapes of Theorems 3.3, 4.1, 5.1; abstract (PMLR page): Alt's upper bound 'strictly smaller' than Sim's lower bound; the factor 3/2 and √k/4 are the project's (AM–GM, Proofs document)")
    public let statement = "κ_x + κ_y + κ_xy ≤ κ_x + κ_y + κ_xy(√κ_x + √κ_y) ≤ (3/2)(κ_x + κ_y + κ_xy²), and the Sim/Alt ratio grows like √k on κ_x = κ_y = κ_xy = k."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("κ_x, κ_y ≥ 1 and κ_xy > 0 (the paper's condition numbers)") { i in
            i.sqrtKappaX >= 1 && i.sqrtKappaY >= 1 && i.kappaXY > 0 ? nil : "√κ_x = \(i.sqrtKappaX), √κ_y = \(i.sqrtKappaY), κ_xy = \(i.kappaXY)"
        }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 20, standard: 200, thorough: 2000)
        let fixed = [Instance(sqrtKappaX: 2, sqrtKappaY: 2, kappaXY: Rational(1, 2))]
            + [2, 4, 8, 16, 32].map { Instance(sqrtKappaX: Rational($0), sqrtKappaY: Rational($0), kappaXY: Rational($0 * $0)) }
        return try InstanceSearch.draw(count: fixed.count + count, maxAttempts: fixed.count + count, hypotheses: hypotheses) { index in
            if index < fixed.count { return .accept(fixed[index]) }
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(index - fixed.count))
            let sx = Rational(rng.int(in: 1...1000), rng.int(in: 1...10)) + 1
            let sy = Rational(rng.int(in: 1...1000), rng.int(in: 1...10)) + 1
            let kxy = Rational(rng.int(in: 1...100_000), rng.int(in: 1...1000))
            return .accept(Instance(sqrtKappaX: sx, sqrtKappaY: sy, kappaXY: kxy))
        }
    }

    public func summary(of i: Instance) -> String { "κ_x=\(i.kappaX), κ_y=\(i.kappaY), κ_xy=\(i.kappaXY)" }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.exact("kappa_x", i.kappaX), .exact("kappa_y", i.kappaY), .exact("kappa_xy", i.kappaXY)]
    }

    public func measure(_ i: Instance) -> Measurement {
        let base = i.kappaX + i.kappaY
        return Measurement(ubAlex: base + i.kappaXY, ubAlt: base + i.kappaXY * (i.sqrtKappaX + i.sqrtKappaY),
                           lbSim: base + i.kappaXY * i.kappaXY)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("UB_alex ≤ UB_alt ≤ (3/2)·LB_sim, and LB_sim/UB_alt ≥ √k/4 on the diagonal", kind: .upperBound, exact: true) { i, m in
            guard m.ubAlex <= m.ubAlt else {
                return Judgement.exact(measured: m.ubAlex, .atMost, predicted: m.ubAlt, certificate: "UB_alex ≤ UB_alt")
            }
            if i.diagonal {
                let ratio = m.lbSim / m.ubAlt
                guard ratio >= i.sqrtKappaX / 4 else {
                    return Judgement.exact(measured: ratio, .atLeast, predicted: i.sqrtKappaX / 4, certificate: "LB_sim/UB_alt ≥ √k/4")
                }
            }
            return Judgement.exact(measured: m.ubAlt, .atMost, predicted: Rational(3, 2) * m.lbSim,
                                   certificate: "exact rational arithmetic; UB_alex ≤ UB_alt checked first")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("UB_alt ≤ LB_sim pointwise (without the 3/2)", kind: .upperBound, exact: true) { _, m in
                Judgement.exact(measured: m.ubAlt, .atMost, predicted: m.lbSim)
            },
            Claim("the bounds are of the same order: LB_sim ≤ 4·UB_alt", kind: .upperBound, exact: true) { _, m in
                Judgement.exact(measured: m.lbSim, .atMost, predicted: 4 * m.ubAlt)
            },
        ]
    }
}
