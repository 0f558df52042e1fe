import ExactMath
import FloatMath
import Optimizers

/// The shuffling radius σ²_rad = maxᵢ (1/γ²)E_π[D_{f_{πᵢ}}(x*ⁱ, x*)] of Mishchenko–Khaled–
/// Richtárik is, for quadratics, maxᵢ ½E_π[SᵢᵀA_{πᵢ}Sᵢ] with Sᵢ the sum of the first i
/// gradients at x* (independent of γ), and satisfies μnσ*²/8 ≤ σ²_rad ≤ L_max nσ*²/4.
///
/// The upper side is the proximal sequel's Theorem 1 (ψ = 0; stated there to recover the 2020
/// paper's bound); the lower side is the project's quadratic version, derived in the Proofs
/// document (the 2020 paper's own lower constant is not cited).
/// See Proofs/mishchenko-khaled-richtarik-2020/shuffling-radius-sandwich.md.
public struct ShufflingRadiusSandwich: Theorem {
    public typealias Instance = QuadraticSumInstance
    public typealias Measurement = MishchenkoRRBound.Measurement

    public let id = "mishchenko-khaled-richtarik-2020/shuffling-radius-sandwich"
    public let family = Family.shuffling
    public let citation = Citation.mishchenkoKhaledRichtarik2022.at("Theorem 1 with ψ = 0 (upper side)")
    public let provenance = Provenance.derived("the lower side μnσ*²/8 for quadratics is the project's (Proofs/mishchenko-khaled-richtarik-2020/shuffling-radius-sandwich.md); the upper side L_max nσ*²/4 is Theorem 1 with ψ = 0 of arXiv 2102.06704 (anonymous submission text)")
    public let statement = "For quadratic components with μI ⪯ Aᵢ ⪯ L_max·I: μnσ*²/8 ≤ σ²_rad ≤ L_max·nσ*²/4, σ²_rad computed exactly by enumeration."

    public let methods: any ShufflingMethods
    public let generators: ShufflingGenerators

    public init(methods: any ShufflingMethods = .project, generators: ShufflingGenerators = .project) {
        self.methods = methods
        self.generators = generators
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("every Aᵢ symmetric with μI ⪯ Aᵢ ⪯ L_max·I, μ > 0 (exact LDLᵀ)") { $0.certificationFailure() }]
    }

    var bound: MishchenkoRRBound { MishchenkoRRBound(methods: methods, generators: generators) }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        try bound.instances(seed: seed &+ 0x5A0D, scale: scale)
    }

    public func summary(of instance: Instance) -> String { instance.summary }

    public func parameters(of i: Instance) -> [InstanceParameter] { MishchenkoRRBound.parameters(i) + [.text("schemes", "rr")] }

    public func measure(_ i: Instance) throws -> Measurement { try bound.measure(i) }

    public var claim: Claim<Instance, Measurement> {
        Claim("μnσ*²/8 ≤ σ²_rad ≤ L_max·nσ*²/4, exactly", kind: .upperBound, exact: true) { i, m in
            let n = Rational(i.problem.count)
            return JudgementConjunction.all([
                ("σ²_rad ≤ Lnσ*²/4", .exact(measured: m.shufflingRadius, .atMost, predicted: i.smoothness * n * m.varianceAtOptimum / 4)),
                ("σ²_rad ≥ μnσ*²/8", .exact(measured: m.shufflingRadius, .atLeast, predicted: i.mu * n * m.varianceAtOptimum / 8)),
            ])
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the radius does not grow with n: σ²_rad ≤ L_max·σ*²/4", kind: .upperBound, exact: true) { i, m in
                .exact(measured: m.shufflingRadius, .atMost, predicted: i.smoothness * m.varianceAtOptimum / 4)
            },
        ]
    }
}
