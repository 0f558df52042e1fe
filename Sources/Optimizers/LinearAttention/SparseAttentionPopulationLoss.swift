import ExactMath
import FloatMath

/// The Float64 population loss of one-layer linear self-attention on the block-sparse subspace
/// used by Zhang–Frei–Bartlett's initialization and by Ahn et al.'s code: P's last row
/// b = (0, …, 0, b_y), Q's first d columns A = [A_x; 0], so the effective preconditioner is
/// Γ = −(b_y A_x)ᵀ (Ahn et al.'s convention) and, in closed form,
///
///   f(b_y, A_x) = L(Γ) = tr(ΣΓHΓᵀ) − 2 tr(ΣΓΣΩ) + tr(ΣΩ) + σ²,  H = ((n+1)/n)ΣΩΣ + ((tr ΩΣ + σ²)/n)Σ.
///
/// The subspace is invariant under population gradient flow of the full parameters (the
/// w ↦ −w symmetry makes the gradient in b_x and a_y vanish there; checked exactly by
/// `ahn-cheng-daneshmand-sra-2023/full-parameter-loss-decomposition`), so training on it is
/// training from the block-sparse initialization.
public struct SparseAttentionPopulationLoss: Sendable {
    /// Σ.
    public let covariance: Matrix<Double>
    /// H = ((n+1)/n)ΣΩΣ + ((tr ΩΣ + σ²)/n)Σ.
    public let curvature: Matrix<Double>
    /// ΣΩΣ.
    public let cross: Matrix<Double>
    /// tr(ΣΩ) + σ².
    public let constant: Double
    public var dimension: Int { covariance.rows }

    public init(covariance: Matrix<Double>, taskCovariance: Matrix<Double>, contextLength n: Int, noise: Double) {
        let s = covariance, o = taskCovariance
        let nn = Double(n)
        let signal = (o * s).trace
        curvature = ((nn + 1) / nn) * (s * o * s) + ((signal + noise) / nn) * s
        cross = s * o * s
        constant = signal + noise
        self.covariance = covariance
    }

    /// Γ = −(b_y A_x)ᵀ from the packed parameters θ = (b_y, A_x row-major).
    public func preconditioner(_ theta: [Double]) -> Matrix<Double> {
        let d = dimension
        return Matrix(rows: d, columns: d) { i, j in -theta[0] * theta[1 + j * d + i] }
    }

    /// L(Γ).
    public func loss(preconditioner g: Matrix<Double>) -> Double {
        (covariance * g * curvature * g.transposed).trace - 2 * (g * cross).trace + constant
    }

    /// f(θ).
    public func value(_ theta: [Double]) -> Double { loss(preconditioner: preconditioner(theta)) }

    /// ∇f(θ) by the chain rule through ∇_Γ L = 2ΣΓH − 2ΣΩΣ.
    public func gradient(_ theta: [Double]) -> [Double] {
        let d = dimension
        let g = preconditioner(theta)
        let dL = 2.0 * (covariance * g * curvature) - 2.0 * cross
        var out = [Double](repeating: 0, count: 1 + d * d)
        // Γ_ij = −b_y A_x[j, i]:  ∂f/∂A_x[j, i] = −b_y ∂L/∂Γ_ij;  ∂f/∂b_y = −Σ_ij ∂L/∂Γ_ij A_x[j, i].
        for i in 0..<d {
            for j in 0..<d {
                out[1 + j * d + i] = -theta[0] * dL[i, j]
                out[0] -= dL[i, j] * theta[1 + j * d + i]
            }
        }
        return out
    }
}
