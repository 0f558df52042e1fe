import ExactMath

/// One layer of linear self-attention in the convention of Ahn–Cheng–Daneshmand–Sra
/// (NeurIPS 2023, §2): tokens are the columns of Z ∈ ℝ^{(d+1)×(n+1)}, the last column is the
/// query [x_q; 0], and
///
///   Z ← Z + (1/n) · P Z M (Zᵀ Q Z),   M = diag(I_n, 0).
///
/// Generic over the scalar, so the same forward pass runs in exact rationals and in Float64.
public struct LinearAttentionLayer<Scalar: OrderedField>: Sendable {
    /// The value matrix P = W_v, (d+1)×(d+1).
    public var p: Matrix<Scalar>
    /// The key-query product Q = W_kᵀW_q, (d+1)×(d+1).
    public var q: Matrix<Scalar>

    public init(p: Matrix<Scalar>, q: Matrix<Scalar>) {
        self.p = p
        self.q = q
    }

    /// The sparse form (8) of Ahn et al.: P = [[0, 0], [0, 1]], Q = −[[A, 0], [0, 0]], which
    /// implements one step of GD preconditioned by Aᵀ (the transpose matters for a non-symmetric A;
    /// Proofs/ahn-cheng-daneshmand-sra-2023/lemma-1-forward-pass.md).
    public static func preconditionedGD(_ a: Matrix<Scalar>) -> LinearAttentionLayer {
        let d = a.rows
        let p = Matrix<Scalar>(rows: d + 1, columns: d + 1) { i, j in i == d && j == d ? 1 : 0 }
        let q = Matrix<Scalar>(rows: d + 1, columns: d + 1) { i, j in i < d && j < d ? -a[i, j] : 0 }
        return LinearAttentionLayer(p: p, q: q)
    }

    /// One residual attention update of the token matrix Z ((d+1)×(n+1)) by the project's forward
    /// pass (``ProjectLinearAttention``).
    public func apply(_ z: Matrix<Scalar>) -> Matrix<Scalar> {
        ProjectLinearAttention().apply(self, to: z)
    }
}

/// An L-layer linear transformer (residual stack of ``LinearAttentionLayer``s) with the read-off
/// TF(Z₀) = −[Z_L]_{d+1, n+1} of Ahn et al. (NeurIPS 2023, §2).
public struct LinearTransformer<Scalar: OrderedField>: Sendable {
    public var layers: [LinearAttentionLayer<Scalar>]

    public init(layers: [LinearAttentionLayer<Scalar>]) { self.layers = layers }

    /// The prompt matrix Z₀: columns [xᵢ; yᵢ], then the query [x_q; 0].
    public static func prompt(contexts: [[Scalar]], labels: [Scalar], query: [Scalar]) -> Matrix<Scalar> {
        let d = query.count, n = contexts.count
        return Matrix(rows: d + 1, columns: n + 1) { i, j in
            if j == n { return i < d ? query[i] : 0 }
            return i < d ? contexts[j][i] : labels[j]
        }
    }

    /// The prediction −[Z_L]_{d+1, n+1}, each layer applied by `pass` (the project's forward pass
    /// unless another implementation is under test).
    public func predict(contexts: [[Scalar]], labels: [Scalar], query: [Scalar],
                        using pass: any LinearAttentionForwardPass = ProjectLinearAttention()) -> Scalar {
        var z = Self.prompt(contexts: contexts, labels: labels, query: query)
        for layer in layers { z = pass.apply(layer, to: z) }
        return -z[z.rows - 1, z.columns - 1]
    }
}
