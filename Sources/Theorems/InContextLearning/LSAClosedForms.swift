import ExactMath

/// The closed forms the papers (and the project's derivations in the Proofs documents) predict for
/// the optimum of one-layer linear self-attention. Each is a *prediction*; the measurement
/// (``ReducedOptimumMeasurement``) never calls these.
public enum LSAClosedForms {
    /// The general minimizer (the project's derivation, Proofs/ahn-cheng-daneshmand-sra-2023/task-and-noise-preconditioner.md)
    /// for x ~ N(0, Σ), w ~ N(0, Ω), label noise σ²:
    ///
    ///   Γ* = ( (n+1)/n · Σ + (tr(ΩΣ) + σ²)/n · Ω⁻¹ )⁻¹.
    public static func preconditioner(_ p: InContextRegression) throws(LinearAlgebraError) -> Matrix<Rational> {
        let n = Rational(p.contextLength)
        let m = ((n + 1) / n) * p.covariance + ((p.signalVariance + p.noise) / n) * p.taskPrecision
        return try m.inverse()
    }

    /// Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023), Theorem 1 in its eigen-form (the display equation
    /// itself was not reached; see Proofs/ahn-cheng-daneshmand-sra-2023/single-layer-optimum.md):
    /// for Σ = U diag(λ) Uᵀ, w ~ N(0, I), no noise,
    ///
    ///   Γ* = U diag( 1 / ((1 + 1/n) λᵢ + (1/n) Σ_k λ_k) ) Uᵀ.
    public static func ahnTheorem1(eigenvalues lambda: [Rational], eigenvectors u: Matrix<Rational>,
                                   contextLength n: Int) -> Matrix<Rational> {
        let nn = Rational(n)
        let total = Rational.sum(lambda)
        let diagonal = lambda.map { 1 / ((1 + 1 / nn) * $0 + total / nn) }
        return u * Matrix.diagonal(diagonal) * u.transposed
    }

    /// Mahankali–Hashimoto–Ma's isotropic step (the project's derivation,
    /// Proofs/mahankali-hashimoto-ma-2023/isotropic-one-step-gd.md): Σ = Ω = I, noise σ²:
    /// Γ* = η I with η = n / (n + d + 1 + σ²).
    public static func isotropicStep(dimension d: Int, contextLength n: Int, noise: Rational) -> Rational {
        Rational(n) / (Rational(n + d + 1) + noise)
    }

    /// The non-isotropic case Ω = Σ⁻¹ (the project's derivation): Γ* = n/(n + d + 1 + σ²) · Σ⁻¹.
    public static func inverseCovariancePreconditioner(_ p: InContextRegression) throws(LinearAlgebraError) -> Matrix<Rational> {
        isotropicStep(dimension: p.dimension, contextLength: p.contextLength, noise: p.noise) * (try p.covariance.inverse())
    }

    /// The optimal loss (the project's derivation): L* = tr(ΣΩ) + σ² − tr(Σ Γ* Σ Ω).
    public static func optimalLoss(_ p: InContextRegression) throws(LinearAlgebraError) -> Rational {
        let gamma = try preconditioner(p)
        return p.signalVariance + p.noise - (p.covariance * gamma * p.covariance * p.taskCovariance).trace
    }

    /// The optimal loss when Ω = Σ⁻¹ (the project's derivation): σ² + d(d + 1 + σ²)/(n + d + 1 + σ²).
    public static func optimalLossInverseCovariance(dimension d: Int, contextLength n: Int, noise s: Rational) -> Rational {
        let dd = Rational(d)
        return s + dd * (dd + 1 + s) / (Rational(n + d + 1) + s)
    }

    /// The best scalar step of plain GD, Γ = ηI: L(ηI) = η² tr(ΣH) − 2η tr(Σ²Ω) + const,
    /// so η* = tr(Σ²Ω) / tr(ΣH) with H = E[hhᵀ] (the closed form, never the measured curvature).
    public static func bestScalarStep(_ p: InContextRegression) -> Rational {
        let s = p.covariance, n = Rational(p.contextLength)
        let h = ((n + 1) / n) * (s * p.taskCovariance * s) + ((p.signalVariance + p.noise) / n) * s
        return (s * s * p.taskCovariance).trace / (s * h).trace
    }
}
