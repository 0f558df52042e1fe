import ExactMath
import FloatMath
import Optimizers

/// The linearization of gradient descent on the block-sparse population loss f(θ) = L(Γ(θ)),
/// θ = (b_y, A_x), Γ(θ) = −b_y A_xᵀ, at a point of the minimizer set {b_y A_xᵀ = −X}
/// (derivation in Proofs/ahn-cheng-daneshmand-sra-2023/sparse-training-reaches-optimum.md).
///
/// At such a point ∇f = Jᵀ∇L(X) vanishes when X is the minimizer of L, so the Hessian is
/// G = Jᵀ(∇²L)J with ∇²L = 2(H ⊗ Σ) and J = ∂Γ/∂θ: ∂Γ/∂b_y = X/b_y and ∂Γ_{ij}/∂A_x[j, i] = −b_y.
/// GD with step η then moves increments by M = I − ηG. The rescaling gauge g = (b_y, −A_x) is an
/// exact null vector of G (f is invariant along it) and an increment is orthogonal to the gauge at
/// its own point, so the contraction acts on the complement of g: M' = M − ĝĝᵀ. Its spectral
/// radius ρ is the predicted asymptotic contraction factor of GD.
public struct SparseLossLinearization: Sendable {
    /// The eigenvalues of G, ascending, and its orthonormal eigenvectors (columns).
    public let hessianEigenvalues: [Double]
    let eigenvectors: Matrix<Double>
    /// The index of the gauge eigenvector (the one best aligned with g).
    let gaugeIndex: Int
    /// The step η.
    public let step: Double
    /// ρ = max over the non-gauge eigenvalues of |1 − ηλ|.
    public let contraction: Double
    /// ‖J‖ bound √(b_y² + ‖A_x‖²_F) at the point.
    public let jacobianBound: Double

    /// The linearization at (b, A_x = −Xᵀ/b) for the Float64 covariance Σ and curvature H = E[hhᵀ].
    /// With `coupling: false` the b_y row and column of G are dropped (GD on A_x with b_y frozen: the
    /// rate one would read off the reduced quadratic alone).
    public init(target x: Matrix<Double>, gauge b: Double, covariance sigma: Matrix<Double>, curvature h: Matrix<Double>,
                step: Double, coupling: Bool = true) throws(LinearAlgebraError) {
        let d = x.rows, p = 1 + d * d
        // K[(a, c), (e, f)] = 2 Σ_ae H_cf in row-major vec(Γ); G_AA[(j,i),(l,k)] = b² K[(i,j),(k,l)].
        let sxh = sigma * x * h
        var g = Matrix<Double>.zero(rows: p, columns: p)
        if coupling {
            g[0, 0] = 2 * (sxh * x.transposed).trace / (b * b)
        }
        for j in 0..<d {
            for i in 0..<d {
                let r = 1 + j * d + i
                if coupling {
                    // ∂²f/∂b ∂A[j,i] = Σ_ab (X/b)_ab K[(a,b),(i,j)] · (−b) = −2 (ΣXH)_ij.
                    g[0, r] = -2 * sxh[i, j]
                    g[r, 0] = g[0, r]
                }
                for l in 0..<d {
                    for k in 0..<d {
                        g[r, 1 + l * d + k] = 2 * b * b * sigma[i, k] * h[j, l]
                    }
                }
            }
        }
        let eig = try symmetricEigen(g, symmetryTolerance: 1e-12)
        var gauge = [b] + (0..<(d * d)).map { r in x[r % d, r / d] / b }   // (b, −A_x), A_x[j,i] = −X[i,j]/b
        let norm = gauge.map { $0 * $0 }.reduce(0, +).squareRoot()
        gauge = gauge.map { $0 / norm }
        let alignment = (0..<p).map { c in abs((0..<p).reduce(0) { $0 + eig.vectors[$1, c] * gauge[$1] }) }
        let gaugeIndex = coupling ? (alignment.indices.max { alignment[$0] < alignment[$1] } ?? 0) : 0
        hessianEigenvalues = eig.values
        eigenvectors = eig.vectors
        self.gaugeIndex = gaugeIndex
        self.step = step
        contraction = eig.values.indices.filter { $0 != gaugeIndex }.map { abs(1 - step * eig.values[$0]) }.max() ?? 0
        jacobianBound = (b * b + x.elements.map { $0 * $0 }.reduce(0, +) / (b * b)).squareRoot()
    }

    /// M'^k v: the increment the linearization predicts k steps after the increment v.
    public func propagate(_ v: [Double], steps k: Int) -> [Double] {
        let p = v.count
        var out = [Double](repeating: 0, count: p)
        for c in 0..<p where c != gaugeIndex {
            let coefficient = (0..<p).reduce(0) { $0 + eigenvectors[$1, c] * v[$1] }
            let factor = Self.power(1 - step * hessianEigenvalues[c], k)
            for r in 0..<p { out[r] += factor * coefficient * eigenvectors[r, c] }
        }
        return out
    }

    /// x^k by repeated squaring (only ×, so bit-reproducible).
    static func power(_ x: Double, _ k: Int) -> Double {
        var result = 1.0, base = x, e = max(k, 0)
        while e > 0 {
            if e & 1 == 1 { result *= base }
            base *= base
            e >>= 1
        }
        return result
    }
}
