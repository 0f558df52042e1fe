import ExactMath
import FloatMath
import Optimizers

/// On a diagonal quadratic f = ½Σλᵢxᵢ² with distinct λ₁ > … > λ_d > 0 and ηλ₁ < 2, SAM has an
/// exact 2-cycle ±cᵢeᵢ on every eigen-axis, cᵢ = ηλᵢρ/(2 − ηλᵢ); its Jacobian there is diagonal,
/// Jᵢᵢ = 1 − ηλᵢ and Jⱼⱼ = 1 − ηλⱼ − (λⱼ/λᵢ)²(2 − ηλᵢ), and only the top-curvature cycle is
/// linearly stable (Si–Yun 2023's non-convergence in d dimensions; "bouncing across ravines").
/// Exact: the cycle through the implementation in ℚ, its Jacobian by dual numbers through the
/// same code, stability by Schur–Cohn on J(−p)J(p).
/// See Proofs/si-yun-2023/eigen-aligned-cycles.md.
public struct EigenAlignedCycles: Theorem {
    public struct Instance: Sendable {
        /// λ₁ > λ₂ > … > 0.
        public let curvatures: [Rational]
        public let step: Rational, radius: Rational
        public func amplitude(_ k: Int) -> Rational { SAMAlgebra.cycleAmplitude(s: step * curvatures[k], rho: radius) }
    }

    public struct Cycle: Sendable {
        public let point: [Rational], image: [Rational], imageOfImage: [Rational]
        public let jacobian: Matrix<Rational>
        /// J(−p)·J(p): the linearization of the 2-step map on the cycle.
        public let product: SpectralRadiusEvidence
    }

    public struct Measurement: Sendable {
        public let cycles: [Cycle]
    }

    public let id = "si-yun-2023/eigen-aligned-cycles"
    public let family = Family.sharpnessAware
    public let citation = Citation.siYun2023.at("SAM on quadratics in d dimensions: 2-cycles along eigen-directions (as recalled; the Jacobian is the project's derivation)")
    public let provenance = Provenance.derived(
        "the paper's text was not read; the eigen-aligned cycles, the diagonal Jacobian and the stability of the top cycle only are the project's derivation (Proofs document)")
    public let statement = "On f = ½Σλᵢxᵢ² (λ distinct, ηλ₁ < 2), SAM maps cᵢeᵢ to −cᵢeᵢ with cᵢ = ηλᵢρ/(2 − ηλᵢ); the Jacobian there is diag(1 − ηλⱼ − [j ≠ i](λⱼ/λᵢ)²(2 − ηλᵢ)); the cycle is linearly stable (ρ(J(−p)J(p)) < 1) exactly for the top curvature."

    public let methods: SAMMethods

    public init(methods: SAMMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("λ strictly decreasing and positive, d ≥ 2") { i in
                i.curvatures.count >= 2 && zip(i.curvatures, i.curvatures.dropFirst()).allSatisfy { $0 > $1 } && i.curvatures.last! > 0
                    ? nil : "λ = \(i.curvatures)"
            },
            Hypothesis("ρ > 0, 0 < ηλ₁ < 2") { i in
                i.radius > 0 && i.step > 0 && i.step * i.curvatures[0] < 2 ? nil : "η = \(i.step), ρ = \(i.radius)"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 8, thorough: 24)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 12, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let d = 2 + slot % 2
            var lambdas = Set<Int>()
            while lambdas.count < d { lambdas.insert(rng.int(in: 1...12)) }
            let curvatures = lambdas.sorted(by: >).map { Rational($0, 2) }
            let s1 = Rational(rng.int(in: 1...19), 10)
            let rho = [Rational(1, 10), Rational(1, 4)][rng.int(in: 0...1)]
            return .accept(Instance(curvatures: curvatures, step: s1 / curvatures[0], radius: rho))
        }
    }

    public func summary(of i: Instance) -> String { "λ=\(i.curvatures.map(\.description)), η=\(i.step), ρ=\(i.radius)" }
    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d", i.curvatures.count), .exact("eta", i.step), .exact("rho", i.radius), .exact("lambda_max", i.curvatures[0])]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let f = SeparableQuadratic(curvatures: i.curvatures), d = i.curvatures.count
        let sam = methods.sam, eta = i.step, rho = i.radius
        let cycles = try i.curvatures.indices.map { k -> Cycle in
            let p = (0..<d).map { $0 == k ? i.amplitude(k) : Rational.zero }
            let image = try sam.step(p, on: f, step: eta, radius: rho)
            let back = try sam.step(image, on: f, step: eta, radius: rho)
            let jp = try DualNumber.jacobian(at: p) { x throws(SAMError) in try sam.step(x, on: f, step: eta, radius: rho) }
            let jm = try DualNumber.jacobian(at: p.map { -$0 }) { x throws(SAMError) in try sam.step(x, on: f, step: eta, radius: rho) }
            return Cycle(point: p, image: image, imageOfImage: back, jacobian: jp, product: SpectralRadiusEvidence(matrix: jm * jp))
        }
        return Measurement(cycles: cycles)
    }

    /// The derived Jacobian at the k-th cycle (with or without SAM's curvature-ratio term).
    static func predictedJacobian(_ i: Instance, cycle k: Int, samTerm: Bool) -> Matrix<Rational> {
        let s = i.step * i.curvatures[k]
        return Matrix.diagonal(i.curvatures.indices.map { j in
            let gd = 1 - i.step * i.curvatures[j]
            guard samTerm && j != k else { return gd }
            let r = i.curvatures[j] / i.curvatures[k]
            return gd - r * r * (2 - s)
        })
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("SAM(cₖeₖ) = −cₖeₖ, J = the derived diagonal, and ρ(J(−p)J(p)) < 1 exactly for k = top", kind: .tight, exact: true) { i, m in
            var parts: [Judgement] = []
            for (k, c) in m.cycles.enumerated() {
                let minus = c.point.map { -$0 }
                parts.append(SAMAlgebra.equal(c.image, minus, "max|SAM(c\(k + 1)e\(k + 1)) + c\(k + 1)e\(k + 1)| = 0 exactly"))
                let predicted = Self.predictedJacobian(i, cycle: k, samTerm: true)
                parts.append(SAMAlgebra.equal(c.jacobian.elements, predicted.elements,
                                              "max entry gap of the dual-number Jacobian at cycle \(k + 1) and the derived diagonal"))
                parts.append(k == 0 ? c.product.judgeBelow(1) : c.product.judgeAtLeast(1))
            }
            return Judgement.allOf(parts)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the smallest-curvature cycle is linearly stable", kind: .upperBound, exact: true) { _, m in
                m.cycles[m.cycles.count - 1].product.judgeBelow(1)
            },
            Claim("the Jacobian on the cycle is gradient descent's, I − ηΛ", kind: .tight, exact: true) { i, m in
                let predicted = Self.predictedJacobian(i, cycle: 0, samTerm: false), measured = m.cycles[0].jacobian
                return SAMAlgebra.equal(measured.elements, predicted.elements, "max entry gap of the top cycle's dual-number Jacobian and I − ηΛ")
            },
            Claim("SAM with constant η converges to 0 on a positive-definite quadratic: ‖SAM²(p)‖∞ < ‖p‖∞", kind: .upperBound, exact: true) { _, m in
                let c = m.cycles[0]
                return .exact(measured: c.imageOfImage.map(\.absoluteValue).max()!, .below, predicted: c.point.map(\.absoluteValue).max()!,
                              certificate: "two exact SAM steps from the top cycle point")
            },
        ]
    }
}
