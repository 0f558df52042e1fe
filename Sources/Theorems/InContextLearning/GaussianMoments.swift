import ExactMath

/// Exact Gaussian moment identities behind the population loss of linear self-attention
/// (project note §5.1; Isserlis/Wick).
///
/// For x ~ N(0, Σ) and a symmetric K, Isserlis' theorem gives
/// E[x xᵀ K x xᵀ]_{ab} = Σ_{cd} K_{cd} E[x_a x_c x_d x_b]
///                     = Σ_{cd} K_{cd} (Σ_{ac}Σ_{db} + Σ_{ad}Σ_{cb} + Σ_{ab}Σ_{cd})
///                     = (2ΣKΣ + tr(KΣ)Σ)_{ab}.
/// For S = (1/n) Σᵢ xᵢxᵢᵀ with i.i.d. xᵢ, E[S K S] = (1/n²) Σ_{i,j} E[xᵢxᵢᵀ K xⱼxⱼᵀ]: the n(n−1)
/// pairs i ≠ j give ΣKΣ each, the n pairs i = j give the fourth moment above.
public enum GaussianMoments {
    /// E[x xᵀ K x xᵀ] = 2ΣKΣ + tr(KΣ)Σ for x ~ N(0, Σ), K symmetric.
    public static func fourthMoment(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>) -> Matrix<Rational> {
        let sks = sigma * k * sigma
        return Rational(2) * sks + (k * sigma).trace * sigma
    }

    /// The same identity entry by entry from Isserlis' pairings, without the matrix shortcut:
    /// Σ_{cd} K_{cd}(Σ_{ac}Σ_{db} + Σ_{ad}Σ_{cb} + Σ_{ab}Σ_{cd}). Used to cross-check
    /// ``fourthMoment(covariance:sandwiching:)`` in tests.
    public static func fourthMomentByPairings(covariance s: Matrix<Rational>, sandwiching k: Matrix<Rational>) -> Matrix<Rational> {
        let d = s.rows
        return Matrix(rows: d, columns: d) { a, b in
            var acc = RationalAccumulator()
            for c in 0..<d {
                for e in 0..<d where !k[c, e].isZero {
                    acc.add(k[c, e], times: s[a, c] * s[e, b] + s[a, e] * s[c, b] + s[a, b] * s[c, e])
                }
            }
            return acc.value
        }
    }

    /// E[S K S] for S = (1/n) Σᵢ xᵢxᵢᵀ: ((n−1)/n) ΣKΣ + (1/n) E[xxᵀKxxᵀ]
    /// = ((n+1)/n) ΣKΣ + (1/n) tr(KΣ) Σ.
    public static func sampleCovarianceSandwich(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>,
                                                samples n: Int) -> Matrix<Rational> {
        let nn = Rational(n)
        return ((nn - 1) / nn) * (sigma * k * sigma) + (1 / nn) * fourthMoment(covariance: sigma, sandwiching: k)
    }
}
