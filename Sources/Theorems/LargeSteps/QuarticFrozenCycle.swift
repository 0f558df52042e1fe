import ExactMath
import FloatMath
import Optimizers

/// The local bifurcation of GD on L(x, y) = ℓ(xy) with the sub-quadratic loss
/// ℓ(s) = s²/2 − κs⁴/4 (κ > 0): with y frozen, x ↦ x(1 − ηy²r(xy)) has the 2-cycle x ↔ −x
/// exactly when ηy²·r(xy) = 2, i.e. on the edge-of-stability curve ηy² = 2/r(s) > 2 where
/// the minimiser (0, y) is unstable; its multiplier is (1 − 2ℓ''(s)/r(s))² < 1 (stable), and
/// the full GD step strictly decreases |y| there (sharpness reduction). The squared loss
/// gives multiplier exactly 1 and a super-quadratic loss a multiplier > 1. An illustration of
/// the bifurcation analysis of Song–Yun (NeurIPS 2023).
/// See Proofs/song-yun-2023/quartic-frozen-cycle.md.
public struct QuarticFrozenCycle: Theorem {
    public struct Instance: Sendable {
        public let kappa: Rational
        /// The product s = xy on the cycle and the frozen y; x = s/y, η = 2/(y²r(s)).
        public let product: Rational, y: Rational
        /// The super-quadratic companion's κ (< 0).
        public let superKappa: Rational
    }

    public struct Cycle: Sendable {
        public let kappa: Rational, x: Rational, step: Rational
        /// x-component and y-component of the method's GD step from (x, y).
        public let nextX: Rational, nextY: Rational
        /// (1 − η∂²L/∂x²)² at (x, y): the frozen map's 2-cycle multiplier.
        public let multiplier: Rational
        /// 1 − η∂²L/∂x² at the minimiser (0, y).
        public let minimiserMultiplier: Rational
    }

    public struct Measurement: Sendable {
        public let subQuadratic: Cycle, squared: Cycle, superQuadratic: Cycle
    }

    public let id = "song-yun-2023/quartic-frozen-cycle"
    public let family = Family.largeSteps
    public let citation = Citation.songYun2023.at("illustration of the edge-of-stability bifurcation curve for ℓ(xy) with a sub-quadratic loss (not a numbered result)")
    public let provenance = Provenance.derived(
        "frozen-y 2-cycle, its multiplier (1 − 2ℓ''(s)/r(s))² and the sharpness-reduction step on ℓ(s) = s²/2 − κs⁴/4 derived by the project (Proofs document); the paper is cited for the bifurcation picture it illustrates, its constants were not read")
    public let statement = "For ℓ(s) = s²/2 − κs⁴/4 with 0 < κs² < 1/3, y ≠ 0, |s| < y², x = s/y and η = 2/(y²(1 − κs²)): GD's x-update maps x to −x, the frozen 2-cycle multiplier is (1 − 2ℓ''(s)/r(s))² < 1, the minimiser (0, y) is unstable (ηy² > 2) and the GD step gives 0 < |y⁺| < |y|."
    public let methods: QuarticProductLossMethods

    public init(methods: QuarticProductLossMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("sub-quadratic near the cycle: κ > 0, 0 < κs² < 1/3") { i in
                i.kappa > 0 && i.product != 0 && 3 * i.kappa * i.product * i.product < 1 ? nil : "κ = \(i.kappa), s = \(i.product)"
            },
            Hypothesis("y ≠ 0 and |s| < y² (so |x| < |y|); super-quadratic companion κ' < 0") { i in
                i.y != 0 && i.product.absoluteValue < i.y * i.y && i.superKappa < 0 ? nil : "y = \(i.y), κ' = \(i.superKappa)"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 5, standard: 16, thorough: 48)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 8, hypotheses: hypotheses) { _, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            // |s| < 1 ≤ |y| and κ = u/(3s²) with u ∈ {1/5, …, 4/5}, so κs² = u/3 < 1/3 by construction.
            let q = rng.int(in: 2...12)
            let s = Rational(rng.int(in: 1...(q - 1)) * (rng.bool() ? 1 : -1), q)
            let kappa = Rational(rng.int(in: 1...4), 5) / (3 * s * s)
            let y = (1 + Rational(rng.int(in: 0...6), rng.int(in: 1...3))) * (rng.bool() ? 1 : -1)
            return .accept(Instance(kappa: kappa, product: s, y: y, superKappa: -Rational(rng.int(in: 1...3), 3)))
        }
    }

    public func summary(of i: Instance) -> String { "κ = \(i.kappa), s = xy = \(i.product), y = \(i.y), κ' = \(i.superKappa)" }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.exact("kappa", i.kappa), .exact("s", i.product), .exact("y", i.y), .exact("super_kappa", i.superKappa)]
    }

    func cycle(kappa: Rational, _ i: Instance) -> Cycle {
        let loss = QuarticProductLoss(kappa: kappa), s = i.product, y = i.y
        let x = s / y, eta = 2 / (y * y * loss.ratio(s))
        let next = methods.step(loss, x, y, eta)
        let slope = 1 - eta * methods.hessian(loss, x, y)[0, 0]
        return Cycle(kappa: kappa, x: x, step: eta, nextX: next.x, nextY: next.y, multiplier: slope * slope,
                     minimiserMultiplier: 1 - eta * methods.hessian(loss, 0, y)[0, 0])
    }

    public func measure(_ i: Instance) -> Measurement {
        Measurement(subQuadratic: cycle(kappa: i.kappa, i), squared: cycle(kappa: 0, i), superQuadratic: cycle(kappa: i.superKappa, i))
    }

    /// (1 − 2ℓ''(s)/r(s))².
    static func predictedMultiplier(kappa: Rational, s: Rational) -> Rational {
        let loss = QuarticProductLoss(kappa: kappa)
        let q = 1 - 2 * loss.curvature(s) / loss.ratio(s)
        return q * q
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("x ↦ −x exactly, multiplier = (1 − 2ℓ''(s)/r(s))² < 1, minimiser (0, y) unstable, 0 < |y⁺| < |y|", kind: .tight, exact: true) { i, m in
            let c = m.subQuadratic, predicted = Self.predictedMultiplier(kappa: i.kappa, s: i.product)
            var failures: [String] = []
            if c.nextX != -c.x { failures.append("x⁺ = \(c.nextX) ≠ −x = \(-c.x)") }
            if c.multiplier != predicted { failures.append("multiplier \(c.multiplier) ≠ (1 − 2ℓ''/r)² = \(predicted)") }
            if !(c.multiplier < 1) { failures.append("multiplier \(c.multiplier) ≥ 1") }
            if !(c.minimiserMultiplier < -1) { failures.append("minimiser multiplier 1 − ηy² = \(c.minimiserMultiplier) ≥ −1") }
            if !(c.nextY != 0 && c.nextY.absoluteValue < i.y.absoluteValue) { failures.append("y⁺ = \(c.nextY), y = \(i.y)") }
            return LargeStepsAlgebra.tally(failures, of: 5, "η = \(c.step), multiplier \(c.multiplier), ηy² = \(c.step * i.y * i.y), y⁺ = \(c.nextY)")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("a super-quadratic loss (κ' < 0) also has a stable frozen 2-cycle: multiplier < 1", kind: .upperBound, exact: true) { _, m in
                let c = m.superQuadratic
                guard c.nextX == -c.x else { return .inconclusive("no 2-cycle x ↔ −x for the super-quadratic loss") }
                return .exact(measured: c.multiplier, .below, predicted: 1, certificate: "exact frozen-map slope at κ' = \(c.kappa)")
            },
            Claim("the squared loss (κ = 0) has a stable frozen 2-cycle on the edge: multiplier < 1", kind: .upperBound, exact: true) { _, m in
                let c = m.squared
                guard c.nextX == -c.x else { return .inconclusive("no 2-cycle x ↔ −x for the squared loss") }
                return .exact(measured: c.multiplier, .below, predicted: 1, certificate: "exact frozen-map slope at κ = 0 (a degenerate fold)")
            },
        ]
    }
}
