import ExactMath
import FloatMath

/// The general single-layer optimum (the project's derivation): for x ~ N(0, Σ), w ~ N(0, Ω) and
/// label noise σ², the optimal one-step preconditioner is
///
///   Γ* = ( (n+1)/n · Σ + (tr(ΩΣ) + σ²)/n · Ω⁻¹ )⁻¹,
///
/// which reduces to Ahn et al.'s Theorem 1 at Ω = I, σ² = 0 and to Mahankali et al.'s Theorems 1
/// and 2 at Σ = Ω = I and Ω = Σ⁻¹. Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023), Theorem 1, extended by
/// the project to a general task covariance and label noise; decided exactly. See
/// Proofs/ahn-cheng-daneshmand-sra-2023/task-and-noise-preconditioner.md.
public struct TaskAndNoisePreconditioner: Theorem {
    public let id = "ahn-cheng-daneshmand-sra-2023/task-and-noise-preconditioner"
    public let family = Family.inContextLearning
    public let citation = Citation.ahnChengDaneshmandSra2023.at("Theorem 1, extended by the project to w ~ N(0, Ω) and label noise σ²")
    public let provenance = Provenance.derived(
        "the project's generalization of Theorem 1 to a task covariance Ω and label noise σ² (it reduces to Theorem 1 at Ω = I, σ² = 0 and to Mahankali et al.'s settings at Σ = Ω = I and Ω = Σ⁻¹); derivation in the Proofs document")
    public let statement = "For x ~ N(0, Σ), w ~ N(0, Ω), label noise σ², the optimal one-layer LSA is one step of GD preconditioned by Γ* = ((n+1)/n Σ + (tr(ΩΣ)+σ²)/n Ω⁻¹)⁻¹ (the project's generalization of Theorem 1)."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<InContextRegression>] { [InContextHypotheses.regression { $0 }] }

    public func instances(seed: UInt64, scale: Scale) throws -> [InContextRegression] {
        let maxDimension = scale.pick(quick: 4, standard: 5, thorough: 6)
        let maxLength = scale.pick(quick: 30, standard: 60, thorough: 200)
        return try InContextInstances.draw(count: scale.pick(quick: 12, standard: 36, thorough: 96), seed: seed,
                                           hypotheses: hypotheses) { k, rng in
            let d = 1 + k % maxDimension
            let sigma = methods.instances.covariance(dimension: d, using: &rng)
            let omega: Matrix<Rational> = switch k % 3 {
            case 0: .identity(d)
            case 1: try sigma.inverse()
            default: methods.instances.covariance(dimension: d, using: &rng)
            }
            let noise = InContextInstances.noiseLevels[(k / 3) % InContextInstances.noiseLevels.count]
            return try InContextRegression(covariance: sigma, taskCovariance: omega, contextLength: rng.int(in: 2...maxLength), noise: noise)
        }
    }

    public func summary(of p: InContextRegression) -> String { p.summary }

    public func parameters(of p: InContextRegression) -> [InstanceParameter] { InContextHypotheses.parameters(of: p) }

    public func measure(_ p: InContextRegression) -> ReducedOptimumMeasurement { ReducedOptimumMeasurement(p, moments: methods.moments) }

    /// The candidate preconditioner, or the same judgement for a candidate equal to the truth
    /// (a false variant that coincides with the claim on an instance does not speak about it).
    static func judgeWrong(_ p: InContextRegression, _ m: ReducedOptimumMeasurement, _ candidate: Matrix<Rational>?,
                           coincides: String) -> Judgement {
        guard let candidate, let truth = try? LSAClosedForms.preconditioner(p) else { return .inconclusive("singular matrix") }
        if candidate == truth { return .inapplicable(coincides) }
        return m.judgeOptimal(candidate)
    }

    public var claim: Claim<InContextRegression, ReducedOptimumMeasurement> {
        Claim("Γ* = ((n+1)/n Σ + (tr(ΩΣ)+σ²)/n Ω⁻¹)⁻¹ is the unique global minimizer, exactly", kind: .tight, exact: true) { p, m in
            guard let g = try? LSAClosedForms.preconditioner(p) else { return .inconclusive("singular matrix") }
            return m.judgeOptimal(g)
        }
    }

    public var falseVariants: [Claim<InContextRegression, ReducedOptimumMeasurement>] {
        [
            Claim("the noise does not enter the preconditioner (Γ* of σ² = 0)", kind: .tight, exact: true) { p, m in
                guard !p.noise.isZero else { return .inapplicable("σ² = 0: coincides with the truth") }
                return Self.judgeWrong(p, m, (try? p.with(noise: .zero)).flatMap { try? LSAClosedForms.preconditioner($0) },
                                       coincides: "coincides with the truth")
            },
            Claim("the task covariance does not enter: Ahn's Ω = I form ((n+1)/n Σ + (trΣ+σ²)/n I)⁻¹", kind: .tight, exact: true) { p, m in
                let candidate = (try? InContextRegression(covariance: p.covariance, contextLength: p.contextLength, noise: p.noise))
                    .flatMap { try? LSAClosedForms.preconditioner($0) }
                return Self.judgeWrong(p, m, candidate, coincides: "Ω = I: coincides with the truth")
            },
            Claim("the preconditioner ignores n (the n = 1 form at every n)", kind: .tight, exact: true) { p, m in
                guard p.contextLength != 1 else { return .inapplicable("n = 1") }
                return Self.judgeWrong(p, m, (try? p.with(contextLength: 1)).flatMap { try? LSAClosedForms.preconditioner($0) },
                                       coincides: "coincides with the truth")
            },
        ]
    }
}
