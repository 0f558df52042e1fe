import ExactMath
import FloatMath
import Optimizers

/// SAM with an EMA momentum buffer on f(x) = (λ/2)x², with s = αλ(1 − β): on the half-line
/// x > 0 the map of (x, m) is affine, z ↦ Az + b with det(zI − A) = z² − (1 + β − s)z + β, so a
/// sign-alternating 2-cycle (x, m) ↔ −(x, m) exists and is linearly stable exactly when
/// 0 < s < 2(1 + β), with amplitude c = sρ/(2(1 + β) − s) — momentum moves the frontier from
/// the momentum-free s < 2. Exact: A and b read off the implementation by dual numbers, the
/// cycle solved in ℚ and re-checked by one exact step, stability by Schur–Cohn.
/// See Proofs/si-yun-2023/momentum-two-cycle-frontier.md.
public struct MomentumTwoCycleFrontier: Theorem {
    public struct Instance: Sendable {
        public let curvature: Rational, alpha: Rational, beta: Rational, radius: Rational
        public var s: Rational { alpha * curvature * (1 - beta) }
        public var frontier: Rational { 2 * (1 + beta) }
    }

    public struct Measurement: Sendable {
        /// The linear part A of the map on x > 0 and its characteristic polynomial.
        public let linear: Matrix<Rational>
        public let characteristic: Polynomial
        public let stability: SpectralRadiusEvidence
        /// The solution of Az + b = −z, and whether one exact step from it lands on −z.
        public let cycle: [Rational], cycleVerified: Bool
        /// The cycle exists on the half-line: its x is positive (and the step verified).
        public var cycleExists: Bool { cycle[0] > 0 && cycleVerified }
    }

    public let id = "si-yun-2023/momentum-two-cycle-frontier"
    public let family = Family.sharpnessAware
    public let citation = Citation.siYun2023.at("an extension of the one-dimensional SAM cycle to EMA momentum (the project's derivation, not a result of the paper)")
    public let provenance = Provenance.derived(
        "not a result of Si–Yun 2023: the momentum extension, its characteristic polynomial z² − (1 + β − s)z + β and the frontier s < 2(1 + β) are the project's derivation (Proofs document)")
    public let statement = "For momentum SAM on (λ/2)x² (y = x + ρ sign x, m⁺ = βm + (1 − β)∇f(y), x⁺ = x − αm⁺, s = αλ(1 − β)): det(zI − A) = z² − (1 + β − s)z + β, and a stable sign-alternating 2-cycle exists iff s < 2(1 + β), with x-amplitude sρ/(2(1 + β) − s)."

    public let methods: SAMMethods

    public init(methods: SAMMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("λ > 0, α > 0, ρ > 0, 0 ≤ β < 1, s ≠ 2(1 + β)") { i in
                i.curvature > 0 && i.alpha > 0 && i.radius > 0 && i.beta >= 0 && i.beta < 1 && i.s != i.frontier
                    ? nil : "λ = \(i.curvature), α = \(i.alpha), β = \(i.beta), s = \(i.s)"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 6, standard: 9, thorough: 24)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 12, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let lambda = Rational(rng.int(in: 1...4))
            let beta = [Rational(1, 4), Rational(1, 2), Rational(3, 4)][rng.int(in: 0...2)]
            let frontier = 2 * (1 + beta)
            // Slots cycle through the three regimes: s < 2, 2 < s < 2(1 + β), s > 2(1 + β).
            let u = Rational(rng.int(in: 1...9), 10)
            let s: Rational
            switch slot % 3 {
            case 0: s = 2 * u
            case 1: s = 2 + (frontier - 2) * u
            default: s = frontier + u
            }
            let rho = [Rational(1, 10), Rational(1, 4)][rng.int(in: 0...1)]
            return .accept(Instance(curvature: lambda, alpha: s / (lambda * (1 - beta)), beta: beta, radius: rho))
        }
    }

    public func summary(of i: Instance) -> String { "λ=\(i.curvature), α=\(i.alpha), β=\(i.beta), ρ=\(i.radius), s=\(i.s) (frontier \(i.frontier))" }
    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.exact("lambda", i.curvature), .exact("alpha", i.alpha), .exact("beta", i.beta), .exact("rho", i.radius), .exact("s", i.s)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let f = SeparableQuadratic(curvatures: [i.curvature]), rule = methods.momentum
        func map<S: SAMScalar>(_ z: [S]) throws(SAMError) -> [S] {
            let next = try rule.step([z[0]], momentum: [z[1]], on: f, step: i.alpha, radius: i.radius, beta: i.beta)
            return [next.x[0], next.momentum[0]]
        }
        // Affine on x > 0: A by dual numbers at (1, 0), b = F(1, 0) − A(1, 0).
        let base: [Rational] = [1, 0]
        let a = try DualNumber.jacobian(at: base) { z throws(SAMError) in try map(z) }
        let image = try map(base)
        let b = Vector([image[0] - a[0, 0], image[1] - a[1, 0]])
        let z = try (a + Matrix<Rational>.identity(2)).solve(-b)
        let cycle = z.elements
        var verified = false
        if cycle[0] > 0 {
            let stepped = try map(cycle)
            verified = stepped == cycle.map { -$0 }
        }
        let characteristic = a.characteristicPolynomial
        return Measurement(linear: a, characteristic: characteristic, stability: SpectralRadiusEvidence(matrix: a),
                           cycle: cycle, cycleVerified: verified)
    }

    /// "A stable sign-alternating cycle exists" against a frontier: both sides of the
    /// equivalence decided exactly.
    static func frontierJudgement(_ i: Instance, _ m: Measurement, frontier: Rational) -> Judgement {
        guard let stable = m.stability.isBelow(1) else { return .inconclusive("a Schur–Cohn certificate failed verification") }
        let predicted = i.s < frontier
        let observed = stable && m.cycleExists
        return Judgement(observed == predicted ? .holds : .refuted, predicted: .exact(frontier), measured: .exact(i.s),
                         relation: predicted ? .below : .atLeast, tolerance: .exact(0),
                         certificate: "s = \(i.s) vs frontier \(frontier): cycle \(m.cycleExists ? "exists (x = \(m.cycle[0]), verified by one exact step)" : "absent (x = \(m.cycle[0]) ≤ 0)"), Schur–Cohn on det(zI − A): \(stable ? "stable" : "not stable")")
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("det(zI − A) = z² − (1 + β − s)z + β; a stable sign-alternating 2-cycle exists iff s < 2(1 + β); its x-amplitude is sρ/(2(1 + β) − s)", kind: .tight, exact: true) { i, m in
            let expected = Polynomial(coefficients: [i.beta, -(1 + i.beta - i.s), 1])
            var parts: [Judgement] = [
                SAMAlgebra.equal(m.characteristic.coefficients, expected.coefficients, "det(zI − A) of the dual-number Jacobian against z² − (1 + β − s)z + β"),
                Self.frontierJudgement(i, m, frontier: i.frontier),
            ]
            if i.s < i.frontier {
                parts.append(.exact(measured: m.cycle[0], .equal, predicted: i.s * i.radius / (i.frontier - i.s), certificate: "the cycle's x solved exactly"))
            }
            return Judgement.allOf(parts)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the frontier is the momentum-free s < 2", kind: .tight, exact: true) { i, m in
                Self.frontierJudgement(i, m, frontier: 2)
            },
            Claim("the amplitude is the momentum-free sρ/(2 − s) (where s < 2)", kind: .tight, exact: true) { i, m in
                guard i.s < 2 else { return .inapplicable("s ≥ 2: no momentum-free cycle") }
                return .exact(measured: m.cycle[0], .equal, predicted: i.s * i.radius / (2 - i.s), certificate: "the cycle's x solved exactly")
            },
        ]
    }
}
