import ExactMath

/// The exact Gaussian moment identities the population losses of linear self-attention are built
/// from (Isserlis/Wick) — a component under test: a dropped pairing or a wrong coefficient changes
/// every exact loss of the family, and the catalog checks must notice. ``ProjectGaussianMoments``
/// is the default. The derivations are in
/// Proofs/ahn-cheng-daneshmand-sra-2023/single-layer-optimum.md and
/// Proofs/ahn-cheng-daneshmand-sra-2023/full-parameter-loss-decomposition.md.
public protocol GaussianMomentFormulas: Sendable {
    /// E[x xᵀ K x xᵀ] for x ~ N(0, Σ) and a symmetric K. Isserlis: the (a, b) entry is
    /// Σ_{ce} K_{ce}(Σ_{ac}Σ_{eb} + Σ_{ae}Σ_{cb} + Σ_{ab}Σ_{ce}) = (2ΣKΣ + tr(KΣ)Σ)_{ab}.
    func fourthMoment(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>) -> Matrix<Rational>

    /// E[S K S] for S = (1/n) Σᵢ xᵢxᵢᵀ with i.i.d. xᵢ ~ N(0, Σ): the n(n−1) pairs i ≠ j give ΣKΣ each
    /// and the n pairs i = j the fourth moment, so E[SKS] = ((n−1)/n) ΣKΣ + (1/n) E[xxᵀKxxᵀ]
    /// = ((n+1)/n) ΣKΣ + (1/n) tr(KΣ) Σ. A default implementation is provided.
    func sampleCovarianceSandwich(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>,
                                  samples n: Int) -> Matrix<Rational>

    /// E[w^α] = E[Πᵥ wᵥ^{αᵥ}] for w ~ N(0, Ω): zero for odd total degree, otherwise the sum over the
    /// perfect matchings of the index multiset of the products of Ω over the matched pairs (for degree
    /// 4: E[w_a w_b w_c w_e] = Ω_abΩ_ce + Ω_acΩ_be + Ω_aeΩ_bc).
    func monomialMoment(_ exponents: [Int], covariance omega: Matrix<Rational>) -> Rational
}

extension GaussianMomentFormulas {
    public func sampleCovarianceSandwich(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>,
                                         samples n: Int) -> Matrix<Rational> {
        let nn = Rational(n)
        return ((nn - 1) / nn) * (sigma * k * sigma) + (1 / nn) * fourthMoment(covariance: sigma, sandwiching: k)
    }
}

/// The project's moment formulas: the matrix form 2ΣKΣ + tr(KΣ)Σ, and Isserlis' sum over matchings
/// by the recursion that pairs the first index with each of the others.
public struct ProjectGaussianMoments: GaussianMomentFormulas {
    public init() {}

    public func fourthMoment(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>) -> Matrix<Rational> {
        Rational(2) * (sigma * k * sigma) + (k * sigma).trace * sigma
    }

    public func monomialMoment(_ exponents: [Int], covariance omega: Matrix<Rational>) -> Rational {
        var indices: [Int] = []
        for (v, e) in exponents.enumerated() { indices += Array(repeating: v, count: max(e, 0)) }
        guard indices.count % 2 == 0 else { return .zero }
        func pairings(_ rest: [Int]) -> Rational {
            guard let first = rest.first else { return .one }
            var total = Rational.zero
            for k in 1..<rest.count {
                var remaining = rest
                remaining.remove(at: k)
                remaining.removeFirst()
                total += omega[first, rest[k]] * pairings(remaining)
            }
            return total
        }
        return pairings(indices)
    }
}
