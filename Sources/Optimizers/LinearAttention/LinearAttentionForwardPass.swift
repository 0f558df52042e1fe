import ExactMath

/// The forward pass of one residual layer of linear self-attention — a component under test of the
/// in-context-learning checks (the exact forward passes of Ahn–Cheng–Daneshmand–Sra's Lemma 1 and of
/// the full-parameter optimum run through it). ``ProjectLinearAttention`` is the default.
public protocol LinearAttentionForwardPass: Sendable {
    /// Z ← Z + (1/n) · P Z M (Zᵀ Q Z) with M = diag(I_n, 0), for the token matrix Z ∈ ℝ^{(d+1)×(n+1)}
    /// whose last column is the query (Ahn–Cheng–Daneshmand–Sra, NeurIPS 2023, §2).
    func apply<Scalar: OrderedField>(_ layer: LinearAttentionLayer<Scalar>, to z: Matrix<Scalar>) -> Matrix<Scalar>
}

/// The project's forward pass, in the paper's convention: the scores are (ZM)ᵀ Q Z = M Zᵀ Q Z, so
/// the query column of the update is (1/n) P (Σᵢ zᵢzᵢᵀ) Q z_q.
public struct ProjectLinearAttention: LinearAttentionForwardPass {
    public init() {}

    public func apply<Scalar: OrderedField>(_ layer: LinearAttentionLayer<Scalar>, to z: Matrix<Scalar>) -> Matrix<Scalar> {
        let n = z.columns - 1
        // Z M: the query column masked out of keys and values.
        let masked = Matrix<Scalar>(rows: z.rows, columns: z.columns) { i, j in j < n ? z[i, j] : 0 }
        let scores = masked.transposed * (layer.q * z)      // (ZM)ᵀ Q Z = M Zᵀ Q Z
        let update = layer.p * masked * scores
        return z + Scalar(rational: Rational(1, max(n, 1))) * update
    }
}
