import ExactMath

/// The closed forms the papers (and the project note) predict for the optimum of one-layer
/// linear self-attention. Each is a *prediction*; the measurement (``ReducedOptimumMeasurement``)
/// never calls these.
public enum LSAClosedForms {
    /// The general minimizer [DERIVED, note §3.1] for x ~ N(0, Σ), w ~ N(0, Ω), label noise σ²:
    ///
    ///   Γ* = ( (n+1)/n · Σ + (tr(ΩΣ) + σ²)/n · Ω⁻¹ )⁻¹.
    public static func preconditioner(_ p: InContextRegression) throws(LinearAlgebraError) -> Matrix<Rational> {
        let n = Rational(p.contextLength)
        let m = ((n + 1) / n) * p.covariance + ((p.signalVariance + p.noise) / n) * p.taskPrecision
        return try m.inverse()
    }

    /// Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023), Theorem 1 in its eigen-form [VERIFY: the display
    /// equation was read only in secondary restatements, note §0]: for Σ = U diag(λ) Uᵀ,
    /// w ~ N(0, I), no noise,
    ///
    ///   Γ* = U diag( 1 / ((1 + 1/n) λᵢ + (1/n) Σ_k λ_k) ) Uᵀ.
    public static func ahnTheorem1(eigenvalues lambda: [Rational], eigenvectors u: Matrix<Rational>,
                                   contextLength n: Int) -> Matrix<Rational> {
        let nn = Rational(n)
        let total = Rational.sum(lambda)
        let diagonal = lambda.map { 1 / ((1 + 1 / nn) * $0 + total / nn) }
        return u * Matrix.diagonal(diagonal) * u.transposed
    }

    /// Mahankali–Hashimoto–Ma's isotropic step [DERIVED, note §3.2]: Σ = Ω = I, noise σ²:
    /// Γ* = η I with η = n / (n + d + 1 + σ²).
    public static func isotropicStep(dimension d: Int, contextLength n: Int, noise: Rational) -> Rational {
        Rational(n) / (Rational(n + d + 1) + noise)
    }

    /// The non-isotropic case Ω = Σ⁻¹ [DERIVED, note §3.2]: Γ* = n/(n + d + 1 + σ²) · Σ⁻¹.
    public static func inverseCovariancePreconditioner(_ p: InContextRegression) throws(LinearAlgebraError) -> Matrix<Rational> {
        isotropicStep(dimension: p.dimension, contextLength: p.contextLength, noise: p.noise) * (try p.covariance.inverse())
    }

    /// The optimal loss [DERIVED, note §5.1]: L* = tr(ΣΩ) + σ² − tr(Σ Γ* Σ Ω).
    public static func optimalLoss(_ p: InContextRegression) throws(LinearAlgebraError) -> Rational {
        let gamma = try preconditioner(p)
        return p.signalVariance + p.noise - (p.covariance * gamma * p.covariance * p.taskCovariance).trace
    }

    /// The optimal loss when Ω = Σ⁻¹ [DERIVED, note §5.1]: σ² + d(d + 1 + σ²)/(n + d + 1 + σ²).
    public static func optimalLossInverseCovariance(dimension d: Int, contextLength n: Int, noise s: Rational) -> Rational {
        let dd = Rational(d)
        return s + dd * (dd + 1 + s) / (Rational(n + d + 1) + s)
    }

    /// The best scalar step of plain GD, Γ = ηI [DERIVED]: L(ηI) = η² tr(ΣH) − 2η tr(Σ²Ω) + const,
    /// so η* = tr(Σ²Ω) / tr(ΣH) with H = E[hhᵀ].
    public static func bestScalarStep(_ p: InContextRegression) -> Rational {
        let loss = ReducedPopulationLoss(p)
        let s = p.covariance
        return (s * s * p.taskCovariance).trace / (s * loss.curvature).trace
    }
}
