/// Independent exact verifiers for max-margin answers. They use only dot products and
/// comparisons: nothing of the simplex or active-set code that found the answer.
///
/// The minimax identity γ_p = max_{‖w‖_p ≤ 1} min_i zᵢ·w = min_{λ ∈ Δ} ‖Zᵀλ‖_q
/// (1/p + 1/q = 1) gives the sandwich γ(w) ≤ γ_p ≤ ‖Zᵀλ‖_q for every w ≠ 0 and λ ∈ Δ;
/// equality of the two outer terms certifies both.
public enum MaxMarginCertificate {
    /// Zw for rational Z and w.
    public static func margins(_ z: Matrix<Rational>, _ w: [Rational]) -> [Rational] {
        z.rowProducts(w)
    }

    /// Zᵀλ.
    public static func combination(_ z: Matrix<Rational>, _ lambda: [Rational]) -> [Rational] {
        z.columnProducts(lambda)
    }

    /// ‖v‖₁.
    public static func l1(_ v: [Rational]) -> Rational { Rational.sum(v.map(\.absoluteValue)) }
    /// ‖v‖∞.
    public static func lInfinity(_ v: [Rational]) -> Rational { v.map(\.absoluteValue).max() ?? .zero }
    /// ‖v‖₂².
    public static func l2Squared(_ v: [Rational]) -> Rational { Rational.dot(v, v) }

    /// The normalized margin min_i zᵢ·w / ‖w‖ for a polyhedral norm (ℓ1 when `l1` is
    /// true, ℓ∞ otherwise); nil when w = 0.
    public static func polyhedralMargin(_ z: Matrix<Rational>, _ w: [Rational], l1 isL1: Bool) -> Rational? {
        let norm = isL1 ? l1(w) : lInfinity(w)
        guard !norm.isZero, let m = margins(z, w).min() else { return nil }
        return m / norm
    }

    /// `nil` when (w, λ) certify that `margin` is the ℓ∞ (`l1 == false`) or ℓ1 max margin:
    /// λ ∈ Δ, w ≠ 0, min zᵢ·w/‖w‖ = margin = ‖Zᵀλ‖_q with q the dual exponent.
    public static func verifyPolyhedral(_ z: Matrix<Rational>, l1 isL1: Bool, direction w: [Rational],
                                        dual lambda: [Rational], margin: Rational) -> String? {
        guard w.count == z.columns, lambda.count == z.rows else { return "certificate has the wrong size" }
        if let i = lambda.firstIndex(where: { $0 < 0 }) { return "λ[\(i)] < 0" }
        guard Rational.sum(lambda) == .one else { return "Σλ ≠ 1" }
        guard let primal = polyhedralMargin(z, w, l1: isL1) else { return "w = 0" }
        let v = combination(z, lambda)
        let dual = isL1 ? lInfinity(v) : l1(v)
        guard primal == margin else { return "margin of w is \(primal), not \(margin)" }
        guard dual == margin else { return "‖Zᵀλ‖ is \(dual), not \(margin)" }
        return nil
    }

    /// `nil` when (w, λ) satisfy the KKT conditions of min ½‖w‖² s.t. Zw ≥ 1, exactly:
    /// Zw ≥ 1, λ ≥ 0, w = Zᵀλ, λᵢ(zᵢ·w − 1) = 0. For this convex QP the KKT conditions
    /// are sufficient, so w is the (unique) hard-margin SVM and γ₂² = 1/‖w‖² = 1/Σλ.
    public static func verifyL2KKT(_ z: Matrix<Rational>, direction w: [Rational], dual lambda: [Rational]) -> String? {
        guard w.count == z.columns, lambda.count == z.rows else { return "certificate has the wrong size" }
        if let i = lambda.firstIndex(where: { $0 < 0 }) { return "λ[\(i)] < 0" }
        let m = margins(z, w)
        for i in m.indices {
            if m[i] < .one { return "primal infeasible: z[\(i)]·w = \(m[i]) < 1" }
            if !lambda[i].isZero && m[i] != .one { return "complementary slackness fails at \(i)" }
        }
        guard combination(z, lambda) == w else { return "w ≠ Zᵀλ" }
        return nil
    }

    /// `nil` when λ is a Gordan certificate for Z: λ ≥ 0, Σλ = 1, Zᵀλ = 0.
    public static func verifyGordan(_ z: Matrix<Rational>, _ c: GordanCertificate) -> String? {
        guard c.weights.count == z.rows else { return "certificate has the wrong size" }
        if let i = c.weights.firstIndex(where: { $0 < 0 }) { return "λ[\(i)] < 0" }
        guard Rational.sum(c.weights) == .one else { return "Σλ ≠ 1" }
        guard combination(z, c.weights).allSatisfy(\.isZero) else { return "Zᵀλ ≠ 0" }
        return nil
    }
}
