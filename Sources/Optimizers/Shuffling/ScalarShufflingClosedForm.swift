import RealModule

/// Closed forms for the one-dimensional equal-curvature finite sum fᵢ(x) = (a/2)(x − cᵢ)²
/// with Σcᵢ = 0 (so x* = 0), step γ, q = 1 − γa (derived in
/// Proofs/safran-shamir-2020/univariate-closed-forms.md):
/// one epoch is x ↦ qⁿx + Y with E Y = 0 and E Y² = V₁ under a uniform permutation, where
/// V₁ = (n s²/(n−1))·[(1−q)(1−q²ⁿ)/(1+q) − (1−qⁿ)²/n], s² = (1/n)Σcᵢ². Written once over
/// the scalar: exact with `Rational`, Float64 with `Double`.
public struct ScalarShufflingClosedForm<Scalar: OrderedField>: Sendable {
    /// The common curvature a.
    public let curvature: Scalar
    /// The offsets cᵢ (Σcᵢ = 0).
    public let offsets: [Scalar]
    /// The step γ.
    public let step: Scalar

    public init(curvature: Scalar, offsets: [Scalar], step: Scalar) {
        self.curvature = curvature
        self.offsets = offsets
        self.step = step
    }

    var n: Int { offsets.count }
    var q: Scalar { 1 - step * curvature }
    /// s² = (1/n)Σcᵢ².
    public var meanSquareOffset: Scalar {
        guard n > 0 else { return 0 }
        var total: Scalar = 0
        for c in offsets { total += c * c }
        return total / Scalar(rational: Rational(n))
    }


    /// Σ_{j<K} t^j = (1 − t^K)/(1 − t), also at t = 1.
    static func geometric(_ t: Scalar, _ k: Int) -> Scalar {
        var r: Scalar = 0, p: Scalar = 1
        for _ in 0..<k { r += p; p *= t }
        return r
    }

    /// V₁, the variance of one epoch's noise under a uniform permutation (0 when n < 2: one
    /// component with Σcᵢ = 0 is c₁ = 0, and no noise).
    public var epochVariance: Scalar {
        guard n >= 2 else { return 0 }
        let nn = Scalar(rational: Rational(n))
        let sumW2 = step * curvature * step * curvature * Self.geometric(q * q, n)  // Σw², w_j = γa q^{n−j}
        let sumW = step * curvature * Self.geometric(q, n)                           // = 1 − qⁿ
        let scale: Scalar = nn * meanSquareOffset / (nn - 1)
        let spread: Scalar = sumW2 - sumW * sumW / nn
        return scale * spread
    }

    /// E[x_K²] for the scheme after K epochs from x₀ (IGD visits c₁, …, cₙ in order).
    public func expectedSquare(_ scheme: ShufflingScheme, from x0: Scalar, epochs k: Int) -> Scalar {
        let qn = q.integerPower(n)
        let transient = qn.integerPower(2 * k) * x0 * x0
        switch scheme {
        case .randomReshuffling:
            return transient + epochVariance * Self.geometric(qn * qn, k)
        case .singleShuffle:
            let g = Self.geometric(qn, k)
            return transient + epochVariance * g * g
        case .withReplacement:
            // nK i.i.d. steps: variance per step (γa)²s², contracted by q² each step.
            let ga = step * curvature
            return transient + ga * ga * meanSquareOffset * Self.geometric(q * q, n * k)
        case .incremental:
            let x = expectedMean(.incremental, from: x0, epochs: k)
            return x * x
        }
    }

    /// E[x_K]: q^{nK}x₀ for RR, SS and SGD; the deterministic orbit for IGD.
    public func expectedMean(_ scheme: ShufflingScheme, from x0: Scalar, epochs k: Int) -> Scalar {
        let qn = q.integerPower(n)
        guard scheme == .incremental else { return qn.integerPower(k) * x0 }
        var y: Scalar = 0
        for (j, c) in offsets.enumerated() { y += step * curvature * q.integerPower(n - 1 - j) * c }
        return qn.integerPower(k) * x0 + y * Self.geometric(qn, k)
    }
}
