import ExactMath
import FloatMath

/// The hypotheses the family's theorems share, checked exactly on every generated instance, and the
/// structured parameters of an instance for the reports.
public enum InContextHypotheses {
    /// Σ ≻ 0 and Ω ≻ 0 (exact LDLᵀ), both d×d with d ≥ 1; σ² ≥ 0; n ≥ 1 — the setting of
    /// Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023, §2–3) and Mahankali–Hashimoto–Ma (ICLR 2024, §3–4).
    public static func gaussianRegression(_ p: InContextRegression) -> String? {
        let d = p.dimension
        guard d >= 1, p.taskCovariance.rows == d else { return "empty or mismatched covariances" }
        guard (try? p.covariance.positiveDefiniteLDLT()) != nil else { return "Σ is not positive definite" }
        guard (try? p.taskCovariance.positiveDefiniteLDLT()) != nil else { return "Ω is not positive definite" }
        guard p.noise.signum >= 0 else { return "σ² < 0" }
        guard p.contextLength >= 1 else { return "n < 1" }
        return nil
    }

    /// The shared hypothesis as a ``Hypothesis`` on any instance that carries a problem.
    public static func regression<Instance>(_ problem: @escaping @Sendable (Instance) -> InContextRegression) -> Hypothesis<Instance> {
        Hypothesis("x, x_q ~ N(0, Σ) with Σ ≻ 0; w ~ N(0, Ω) with Ω ≻ 0; label noise σ² ≥ 0; context length n ≥ 1") {
            gaussianRegression(problem($0))
        }
    }

    /// Ω = I exactly.
    public static func identityTask(_ p: InContextRegression) -> String? {
        p.taskCovariance == .identity(p.dimension) ? nil : "Ω ≠ I"
    }

    /// Ω = Σ⁻¹ exactly (ΩΣ = I).
    public static func inverseCovarianceTask(_ p: InContextRegression) -> String? {
        p.taskCovariance * p.covariance == .identity(p.dimension) ? nil : "Ω ≠ Σ⁻¹"
    }

    /// κ(Σ), computed in Float64 (symmetric Jacobi eigenvalues; reported only, never decided on).
    static func conditionNumber(_ m: Matrix<Rational>) -> Double {
        guard let values = try? symmetricEigenvalues(m.doubleValue, symmetryTolerance: 1e-12),
              let low = values.min(), let high = values.max(), low > 0 else { return .infinity }
        return high / low
    }

    /// d, n, σ², tr(ΩΣ), κ(Σ), the task covariance's kind.
    public static func parameters(of p: InContextRegression) -> [InstanceParameter] {
        let kind = identityTask(p) == nil ? "I" : (inverseCovarianceTask(p) == nil ? "Σ⁻¹" : "general")
        return [.int("d", p.dimension), .int("n", p.contextLength), .exact("σ²", p.noise),
                .exact("tr(ΩΣ)", p.signalVariance), .float("κ(Σ)", conditionNumber(p.covariance)), .text("Ω", kind)]
    }
}
