import ExactMath
import RealModule

/// Random reshuffling on a two-class scalar sum, seen at epoch boundaries: because the epoch
/// multiplier m is the same for every order, x_{k+1} = m·x_k + v_k with v_k i.i.d. across
/// epochs (one fresh uniform arrangement per epoch). Hence the means follow the affine
/// recursion E x_{k+1} = m·E x_k + E v, whose fixed point is ȳ = E v/(1 − m), and the first
/// two moments of any weighted average x̂ = Σₖ wₖ x_k of the epoch-end iterates x_0, …, x_K
/// are exact functions of (E v, E v²) — exact with `Rational`, Float64 with `Double`.
extension TwoClassScalarShuffling {
    /// The fixed point ȳ = E v/(1 − m) of the RR mean recursion, or nil when m = 1 (no
    /// contraction: both classes have α = 1).
    public var reshufflingStationaryMean: Scalar? {
        let m = epochMultiplier, one: Scalar = 1
        guard m != one else { return nil }
        return epochOffsetMoments.mean / (one - m)
    }

    /// (E x̂, E x̂²) for x̂ = Σₖ wₖ x_k, k = 0, …, K = weights.count − 1, under RR, from the
    /// per-epoch RR moments (E x_k, E x_k²) of ``epochMoments(_:from:epochs:)`` (at least
    /// `weights.count` of them), e.g. to evaluate several weightings of one run.
    ///
    /// For j < k, x_k = m^{k−j} x_j + Σ_{t=j}^{k−1} m^{k−1−t} v_t with the v_t independent of
    /// x_j, so E[x_j x_k] = m^{k−j} E x_j² + E x_j · E v · Σ_{d<k−j} m^d. The double sum
    /// Σ_{j<k} w_j w_k E[x_j x_k] is accumulated backwards in O(K) with
    /// T_j = Σ_{k>j} w_k m^{k−j} and P_j = Σ_{k>j} w_k Σ_{d<k−j} m^d, which obey
    /// T_j = m(w_{j+1} + T_{j+1}) and P_j = U_j + m·P_{j+1}, U_j = Σ_{k>j} w_k.
    /// The weights need not be normalised or non-negative.
    public func reshufflingWeightedAverageMoments(weights: [Scalar],
                                                  epochMoments moments: [(mean: Scalar, square: Scalar)]) throws(ShufflingError) -> (mean: Scalar, square: Scalar) {
        guard moments.count >= weights.count else {
            throw .dimensionMismatch(expected: weights.count, got: moments.count)  // fewer epoch moments than weights
        }
        let m = epochMultiplier
        let ev = epochOffsetMoments.mean
        var mean: Scalar = 0, square: Scalar = 0
        var t: Scalar = 0, p: Scalar = 0, u: Scalar = 0   // T_j, P_j, U_j for the current j
        for j in stride(from: weights.count - 1, through: 0, by: -1) {
            let (a, s) = moments[j]
            let w = weights[j]
            mean += w * a
            square += w * w * s + 2 * w * (s * t + a * ev * p)
            // Move to j − 1: the suffix now starts at j.
            t = m * (w + t)
            u += w
            p = u + m * p
        }
        return (mean, square)
    }
}
