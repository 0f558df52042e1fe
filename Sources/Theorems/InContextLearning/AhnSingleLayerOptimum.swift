import ExactMath
import FloatMath

/// The global minimizer of one-layer linear self-attention on in-context linear regression with
/// x ~ N(0, Σ), w⋆ ~ N(0, I) and no noise implements one step of GD preconditioned by
/// Γ* = U diag(1/((1 + 1/n)λᵢ + (1/n)Σ_k λ_k)) Uᵀ.
///
/// Ahn, Cheng, Daneshmand, Sra, NeurIPS 2023, Theorem 1 (single layer, non-isotropic data). The
/// check is exact: the population loss of the reduced model is built from the Gaussian moments
/// under test, its gradient at the predicted Γ* must vanish exactly and its Hessian must be
/// positive definite by exact LDLᵀ. See Proofs/ahn-cheng-daneshmand-sra-2023/single-layer-optimum.md.
public struct AhnSingleLayerOptimum: Theorem {
    public struct Instance: Sendable {
        public let problem: InContextRegression
        public let spectrum: SpectralCovariance
    }

    public let id = "ahn-cheng-daneshmand-sra-2023/single-layer-optimum"
    public let family = Family.inContextLearning
    public let citation = Citation.ahnChengDaneshmandSra2023.at("Theorem 1")
    public let provenance = Provenance.paperShape(
        "NeurIPS 2023 abstract and body prose (the single-layer global minimum is one step of GD preconditioned by a matrix adapted to the input distribution and to data inadequacy) and the authors' code (chengxiang/LinearTransformer, linear_transformer.py: model, mask, read-off, w ~ N(0, I) data); the eigen-form constant is the project's derivation, Theorem 1's display equation not reached")
    public let statement = "For x ~ N(0, Σ = U diag(λ) Uᵀ), w⋆ ~ N(0, I), noiseless labels, the global minimizer of one-layer linear self-attention predicts ŷ = x_qᵀ Γ* (1/n) Σ yᵢxᵢ with Γ* = U diag(1/((1+1/n)λᵢ + (1/n)Σ_k λ_k)) Uᵀ: one step of preconditioned GD."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [InContextHypotheses.regression { $0.problem },
         Hypothesis("Σ = U diag(λ) Uᵀ with U orthogonal and λ > 0; Ω = I; σ² = 0") { i in
            let d = i.problem.dimension, u = i.spectrum.eigenvectors
            guard u * u.transposed == .identity(d) else { return "U is not orthogonal" }
            guard i.spectrum.eigenvalues.allSatisfy({ $0.signum > 0 }) else { return "an eigenvalue is not positive" }
            guard u * .diagonal(i.spectrum.eigenvalues) * u.transposed == i.problem.covariance else { return "Σ ≠ U diag(λ) Uᵀ" }
            guard InContextHypotheses.identityTask(i.problem) == nil, i.problem.noise.isZero else {
                return "not the w⋆ ~ N(0, I), noiseless setting"
            }
            return nil
        }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let maxDimension = scale.pick(quick: 4, standard: 5, thorough: 6)
        let maxLength = scale.pick(quick: 30, standard: 60, thorough: 200)
        return try InContextInstances.draw(count: scale.pick(quick: 8, standard: 24, thorough: 64), seed: seed,
                                           hypotheses: hypotheses) { k, rng in
            let spectrum = methods.instances.spectralCovariance(dimension: 1 + k % maxDimension, numerators: 1...8,
                                                                denominators: 1...4, using: &rng)
            let problem = try InContextRegression(covariance: spectrum.covariance, contextLength: rng.int(in: 2...maxLength))
            return Instance(problem: problem, spectrum: spectrum)
        }
    }

    public func summary(of instance: Instance) -> String {
        "\(instance.problem.summary), λ=\(instance.spectrum.eigenvalues.map(\.description))"
    }

    public func parameters(of instance: Instance) -> [InstanceParameter] {
        InContextHypotheses.parameters(of: instance.problem)
    }

    public func measure(_ instance: Instance) -> ReducedOptimumMeasurement {
        ReducedOptimumMeasurement(instance.problem, moments: methods.moments)
    }

    static func predicted(_ i: Instance, contextLength n: Int? = nil) -> Matrix<Rational> {
        LSAClosedForms.ahnTheorem1(eigenvalues: i.spectrum.eigenvalues, eigenvectors: i.spectrum.eigenvectors,
                                   contextLength: n ?? i.problem.contextLength)
    }

    public var claim: Claim<Instance, ReducedOptimumMeasurement> {
        Claim("Γ* = U diag(1/((1+1/n)λᵢ + (1/n)Σλ_k)) Uᵀ is the unique global minimizer: ∇L(Γ*) = 0 and ∇²L ≻ 0, exactly",
              kind: .tight, exact: true) { i, m in
            m.judgeOptimal(Self.predicted(i))
        }
    }

    public var falseVariants: [Claim<Instance, ReducedOptimumMeasurement>] {
        [
            Claim("the preconditioner is exactly Σ⁻¹ (Newton step, no data-inadequacy term)", kind: .tight, exact: true) { i, m in
                guard let inverse = try? i.problem.covariance.inverse() else { return .inconclusive("Σ singular") }
                return m.judgeOptimal(inverse)
            },
            Claim("plain GD with step η = 1 (Γ = I) is optimal", kind: .tight, exact: true) { i, m in
                m.judgeOptimal(.identity(i.problem.dimension))
            },
            Claim("the preconditioner ignores n: the n = 1 form (2Σ + tr(Σ) I)⁻¹ at every n", kind: .tight, exact: true) { i, m in
                guard i.problem.contextLength != 1 else { return .inapplicable("n = 1: coincides with the truth") }
                return m.judgeOptimal(Self.predicted(i, contextLength: 1))
            },
            Claim("the (1/n)Σλ_k regularizer is absent: Γ = (n/(n+1)) Σ⁻¹", kind: .tight, exact: true) { i, m in
                guard let inverse = try? i.problem.covariance.inverse() else { return .inconclusive("Σ singular") }
                let n = Rational(i.problem.contextLength)
                return m.judgeOptimal((n / (n + 1)) * inverse)
            },
        ]
    }
}
