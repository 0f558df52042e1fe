import ExactMath
import FloatMath

/// With isotropic covariates x ~ N(0, I), w ~ N(0, I) and label noise σ², the global minimizer
/// of one-layer linear self-attention implements one step of *plain* GD, ŷ = η x_qᵀ (1/n)Σ yᵢxᵢ,
/// with η = n/(n + d + 1 + σ²).
///
/// Mahankali, Hashimoto, Ma, ICLR 2024 (arXiv 2307.03576), Theorem 1. The shape of the claim
/// (one GD step is the global optimum) is the paper's; the value of η is the project's
/// derivation, checked exactly on its own terms.
/// See Proofs/mahankali-hashimoto-ma-2023/isotropic-one-step-gd.md.
public struct MahankaliIsotropicStep: Theorem {
    public let id = "mahankali-hashimoto-ma-2023/isotropic-one-step-gd"
    public let family = Family.inContextLearning
    public let citation = Citation.mahankaliHashimotoMa2023.at("Theorem 1")
    public let provenance = Provenance.paperShape(
        "arXiv 2307.03576 abstract (standard Gaussian covariates: the pre-training minimizer implements a single step of GD on the least-squares objective, noisy linear regression data); the step η = n/(n + d + 1 + σ²) under w ~ N(0, I_d) is the project's derivation, the theorem's display not reached")
    public let statement = "For x ~ N(0, I_d), w ~ N(0, I_d) and label noise σ², the global minimizer of one-layer linear self-attention is one step of plain GD ŷ = η x_qᵀ (1/n)Σ yᵢxᵢ; the project derives η = n/(n + d + 1 + σ²)."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<InContextRegression>] {
        [InContextHypotheses.regression { $0 },
         Hypothesis("Σ = Ω = I") { p in
            p.covariance == .identity(p.dimension) && p.taskCovariance == .identity(p.dimension) ? nil : "Σ or Ω is not I"
        }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [InContextRegression] {
        try mahankaliSweep(seed: seed, scale: scale, hypotheses: hypotheses) { d, _ in (.identity(d), .identity(d)) }
    }

    public func summary(of p: InContextRegression) -> String { p.summary }

    public func parameters(of p: InContextRegression) -> [InstanceParameter] { InContextHypotheses.parameters(of: p) }

    public func measure(_ p: InContextRegression) -> ReducedOptimumMeasurement { ReducedOptimumMeasurement(p, moments: methods.moments) }

    static func step(_ p: InContextRegression, noise: Rational? = nil, n: Int? = nil) -> Matrix<Rational> {
        LSAClosedForms.isotropicStep(dimension: p.dimension, contextLength: n ?? p.contextLength, noise: noise ?? p.noise)
            * .identity(p.dimension)
    }

    public var claim: Claim<InContextRegression, ReducedOptimumMeasurement> {
        Claim("Γ* = n/(n+d+1+σ²) · I is the unique global minimizer, with loss σ² + d(d+1+σ²)/(n+d+1+σ²), exactly",
              kind: .tight, exact: true) { p, m in
            judgeWithOptimalLoss(p, m, Self.step(p))
        }
    }

    public var falseVariants: [Claim<InContextRegression, ReducedOptimumMeasurement>] {
        [
            Claim("plain GD with step η = 1 is optimal", kind: .tight, exact: true) { p, m in
                m.judgeOptimal(.identity(p.dimension))
            },
            Claim("the noise does not enter the step: η = n/(n+d+1)", kind: .tight, exact: true) { p, m in
                guard !p.noise.isZero else { return .inapplicable("σ² = 0: coincides with the truth") }
                return m.judgeOptimal(Self.step(p, noise: .zero))
            },
            Claim("the step ignores n: the n = 1 value η = 1/(d+2+σ²) at every n", kind: .tight, exact: true) { p, m in
                guard p.contextLength != 1 else { return .inapplicable("n = 1: coincides with the truth") }
                return m.judgeOptimal(Self.step(p, n: 1))
            },
        ]
    }
}

/// With x ~ N(0, Σ), w ~ N(0, Σ⁻¹) and label noise σ², the global minimizer of one-layer linear
/// self-attention implements one step of GD preconditioned by Γ* = n/(n + d + 1 + σ²) · Σ⁻¹.
///
/// Mahankali, Hashimoto, Ma, ICLR 2024 (arXiv 2307.03576), Theorem 2 (non-isotropic covariates and
/// weight vector). Shape from the paper's abstract (pre-conditioned GD); the constant is the
/// project's derivation. See Proofs/mahankali-hashimoto-ma-2023/non-isotropic-preconditioned-gd.md.
public struct MahankaliPreconditionedStep: Theorem {
    public let id = "mahankali-hashimoto-ma-2023/non-isotropic-preconditioned-gd"
    public let family = Family.inContextLearning
    public let citation = Citation.mahankaliHashimotoMa2023.at("Theorem 2")
    public let provenance = Provenance.paperShape(
        "arXiv 2307.03576 abstract (non-isotropic Gaussian covariates and weight vector: the minimizer implements a single step of pre-conditioned GD); the pairing w ~ N(0, Σ⁻¹) follows the project's reading, and Γ* = n/(n + d + 1 + σ²) · Σ⁻¹ is the project's derivation")
    public let statement = "For x ~ N(0, Σ), w ~ N(0, Σ⁻¹) and label noise σ², the global minimizer of one-layer linear self-attention is one step of GD preconditioned by a multiple of Σ⁻¹; the project derives Γ* = n/(n + d + 1 + σ²) · Σ⁻¹."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<InContextRegression>] {
        [InContextHypotheses.regression { $0 },
         Hypothesis("Ω = Σ⁻¹") { InContextHypotheses.inverseCovarianceTask($0) }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [InContextRegression] {
        try mahankaliSweep(seed: seed, scale: scale, hypotheses: hypotheses) { d, rng in
            let sigma = methods.instances.covariance(dimension: d, using: &rng)
            return (sigma, try sigma.inverse())
        }
    }

    public func summary(of p: InContextRegression) -> String { p.summary }

    public func parameters(of p: InContextRegression) -> [InstanceParameter] { InContextHypotheses.parameters(of: p) }

    public func measure(_ p: InContextRegression) -> ReducedOptimumMeasurement { ReducedOptimumMeasurement(p, moments: methods.moments) }

    public var claim: Claim<InContextRegression, ReducedOptimumMeasurement> {
        Claim("Γ* = n/(n+d+1+σ²) · Σ⁻¹ is the unique global minimizer, with loss σ² + d(d+1+σ²)/(n+d+1+σ²), exactly",
              kind: .tight, exact: true) { p, m in
            guard let g = try? LSAClosedForms.inverseCovariancePreconditioner(p) else { return .inconclusive("Σ singular") }
            return judgeWithOptimalLoss(p, m, g)
        }
    }

    public var falseVariants: [Claim<InContextRegression, ReducedOptimumMeasurement>] {
        [
            Claim("the preconditioner is exactly Σ⁻¹", kind: .tight, exact: true) { p, m in
                guard let inverse = try? p.covariance.inverse() else { return .inconclusive("Σ singular") }
                return m.judgeOptimal(inverse)
            },
            Claim("the noise does not enter the preconditioner: n/(n+d+1) · Σ⁻¹", kind: .tight, exact: true) { p, m in
                guard !p.noise.isZero else { return .inapplicable("σ² = 0: coincides with the truth") }
                guard let noiseless = try? p.with(noise: .zero), let g = try? LSAClosedForms.inverseCovariancePreconditioner(noiseless) else {
                    return .inconclusive("Σ singular")
                }
                return m.judgeOptimal(g)
            },
            Claim("plain GD with the best scalar step η*·I is optimal (no preconditioning needed)", kind: .tight, exact: true) { p, m in
                let eta = LSAClosedForms.bestScalarStep(p)
                let gd = eta * Matrix<Rational>.identity(p.dimension)
                if let g = try? LSAClosedForms.inverseCovariancePreconditioner(p), g == gd {
                    return .inapplicable("Σ ∝ I: plain GD coincides with the truth")
                }
                return m.judgeOptimal(gd)
            },
        ]
    }
}

/// Γ optimal (exactly, `judgeOptimal`) and the measured minimum equal to the closed form
/// σ² + d(d+1+σ²)/(n+d+1+σ²) of the Ω = Σ⁻¹ setting (Σ = Ω = I is a case of it).
private func judgeWithOptimalLoss(_ p: InContextRegression, _ m: ReducedOptimumMeasurement, _ gamma: Matrix<Rational>) -> Judgement {
    let optimal = m.judgeOptimal(gamma)
    guard optimal.outcome == .holds, let minimum = m.minimum else { return optimal }
    let predicted = LSAClosedForms.optimalLossInverseCovariance(dimension: p.dimension, contextLength: p.contextLength, noise: p.noise)
    guard minimum == predicted else {
        return Judgement.exact(measured: minimum, .equal, predicted: predicted,
                               certificate: "the measured minimum of L differs from σ² + d(d+1+σ²)/(n+d+1+σ²)")
    }
    var j = optimal
    j.certificate = (j.certificate ?? "") + "; min L = \(minimum) = σ² + d(d+1+σ²)/(n+d+1+σ²) exactly"
    return j
}

/// The instance sweep both Mahankali theorems use: attempt k has dimension 1 + k mod d_max, the
/// covariances (Σ, Ω) that `covariances` draws from the attempt's own stream, then a context
/// length n drawn from the same stream, and noise level k mod 5 (so every level appears); drawn
/// through ``InContextInstances/draw(count:seed:hypotheses:_:)``.
private func mahankaliSweep(
    seed: UInt64, scale: Scale, hypotheses: [Hypothesis<InContextRegression>],
    covariances: (Int, inout SeededGenerator) throws -> (Matrix<Rational>, Matrix<Rational>)
) throws -> [InContextRegression] {
    let maxDimension = scale.pick(quick: 4, standard: 5, thorough: 6)
    let maxLength = scale.pick(quick: 30, standard: 60, thorough: 200)
    return try InContextInstances.draw(count: scale.pick(quick: 10, standard: 30, thorough: 80), seed: seed,
                                       hypotheses: hypotheses) { k, rng in
        let (sigma, omega) = try covariances(1 + k % maxDimension, &rng)
        let noise = InContextInstances.noiseLevels[k % InContextInstances.noiseLevels.count]
        return try InContextRegression(covariance: sigma, taskCovariance: omega, contextLength: rng.int(in: 2...maxLength), noise: noise)
    }
}
