import ExactMath

/// The Float64 population loss of one-layer linear self-attention over all the parameters that
/// reach the prediction — the last row b = (b_x, b_y) of P and the first d columns A = [A_x; a_yᵀ]
/// of Q — in closed form (derivation in Proofs/ahn-cheng-daneshmand-sra-2023/full-parameter-loss-decomposition.md; expectations over w ~ N(0, Ω) taken with the Gaussian
/// identities E[wᵀMw] = tr(MΩ), E[(wᵀMw)²] = tr(MΩ)² + 2tr(MΩMΩ)):
///
///   f(b, A) = ((n+1)/n) E[uᵀKu] + (1/n) E[tr(KC_w) bᵀu] + 2 E[uᵀAΣw] + tr(ΣΩ) + σ²,
///
/// u = C_w b, K = AΣAᵀ, C_w = [[Σ, Σw], [wᵀΣ, wᵀΣw + σ²]]. The exact rational version of the same
/// polynomial (by Isserlis monomial by monomial) lives with the theorems; the tests check that the
/// two agree. Used for training from dense initializations (the spurious rank-one minimum of
/// Proofs/ahn-cheng-daneshmand-sra-2023/dense-initialization-landscape.md).
public struct FullAttentionPopulationLoss: Sendable {
    public let covariance: Matrix<Double>
    public let taskCovariance: Matrix<Double>
    public let contextLength: Int
    public let noise: Double
    let sigmaOmega: Double            // tr(ΣΩ)
    let sigmaOmegaSquared: Double     // tr(ΣΩΣΩ)

    public init(covariance: Matrix<Double>, taskCovariance: Matrix<Double>, contextLength: Int, noise: Double) {
        self.covariance = covariance
        self.taskCovariance = taskCovariance
        self.contextLength = contextLength
        self.noise = noise
        let so = covariance * taskCovariance
        sigmaOmega = so.trace
        sigmaOmegaSquared = (so * so).trace
    }

    public var dimension: Int { covariance.rows }
    /// (d+1) + (d+1)d: b first, then A row by row.
    public var parameterCount: Int { (dimension + 1) * (dimension + 1) }

    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    /// f(b, A) for θ = (b, A row-major).
    public func value(_ theta: [Double]) -> Double {
        let d = dimension, s = covariance, o = taskCovariance, s2 = noise, n = Double(contextLength)
        let bx = Array(theta[0..<d]), beta = theta[d]
        let ax = Matrix(rows: d, columns: d, elements: Array(theta[(d + 1)..<(d + 1 + d * d)]))
        let ay = Array(theta[(d + 1 + d * d)...])
        let alpha = (s * Vector(bx)).elements
        let kxx = ax * s * ax.transposed
        let kxy = (ax * (s * Vector(ay))).elements
        let kyy = Self.dot(ay, (s * Vector(ay)).elements)
        let omegaAlpha = (o * Vector(alpha)).elements
        let sigmaKxy = (s * Vector(kxy)).elements
        let eQ2 = sigmaOmega * sigmaOmega + 2 * sigmaOmegaSquared          // E[(wᵀΣw)²]
        // E[uᵀKu]
        let t1xx = Self.dot(alpha, (kxx * Vector(alpha)).elements) + beta * beta * (s * kxx * s * o).trace
        let t1xy = beta * (Self.dot(omegaAlpha, sigmaKxy) + (sigmaOmega + s2) * Self.dot(kxy, alpha))
        let t1yy = Self.dot(alpha, omegaAlpha) + beta * beta * (eQ2 + 2 * s2 * sigmaOmega + s2 * s2)
        let t1 = t1xx + 2 * t1xy + kyy * t1yy
        // E[tr(KC_w) · bᵀu]
        let t0 = (kxx * s).trace + kyy * s2
        let c0 = Self.dot(bx, alpha) + beta * beta * s2
        let t2 = t0 * c0 + t0 * beta * beta * sigmaOmega + 4 * beta * Self.dot(sigmaKxy, omegaAlpha)
            + kyy * c0 * sigmaOmega + kyy * beta * beta * eQ2
        // E[uᵀAΣw]
        let t3 = beta * (s * ax * s * o).trace + Self.dot(omegaAlpha, (s * Vector(ay)).elements)
        return ((n + 1) / n) * t1 + t2 / n + 2 * t3 + sigmaOmega + s2
    }

    /// ∇f by central differences with step 1e-6 · max(1, |θ_k|) (the objective is a quartic with
    /// moderate coefficients; the truncation error is O(h²)).
    public func gradient(_ theta: [Double]) -> [Double] {
        var x = theta
        return theta.indices.map { k in
            let h = 1e-6 * max(1, abs(theta[k]))
            x[k] = theta[k] + h
            let plus = value(x)
            x[k] = theta[k] - h
            let minus = value(x)
            x[k] = theta[k]
            return (plus - minus) / (2 * h)
        }
    }
}
