import BigInt
import ExactMath
import FloatMath
import Optimizers

// The broken (and the equivalent) implementations of ``InContextLearning/mutants``: each differs from
// the project's implementation in the one way its name says.

/// Isserlis with one pairing lost: for four indices only two of the three matchings are summed
/// (E[w_a w_b w_c w_e] = Ω_abΩ_ce + Ω_acΩ_be); degree 2 is kept.
struct IsserlisDroppingAPairing: GaussianMomentFormulas {
    func fourthMoment(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>) -> Matrix<Rational> {
        ProjectGaussianMoments().fourthMoment(covariance: sigma, sandwiching: k)
    }

    func monomialMoment(_ exponents: [Int], covariance omega: Matrix<Rational>) -> Rational {
        let indices = exponents.enumerated().flatMap { Array(repeating: $0.offset, count: max($0.element, 0)) }
        guard indices.count == 4 else { return ProjectGaussianMoments().monomialMoment(exponents, covariance: omega) }
        let (a, b, c, e) = (indices[0], indices[1], indices[2], indices[3])
        return omega[a, b] * omega[c, e] + omega[a, c] * omega[b, e]
    }
}

/// Isserlis factorised above degree 4: for six or more indices the first two are paired with each
/// other only, E[w_a w_b · rest] = Ω_ab E[rest], as if w_a w_b were independent of the rest (the
/// pairings of w_a with the other indices dropped); degrees ≤ 4 are kept.
struct IsserlisFactorisedAboveDegreeFour: GaussianMomentFormulas {
    func fourthMoment(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>) -> Matrix<Rational> {
        ProjectGaussianMoments().fourthMoment(covariance: sigma, sandwiching: k)
    }

    func monomialMoment(_ exponents: [Int], covariance omega: Matrix<Rational>) -> Rational {
        let indices = exponents.enumerated().flatMap { Array(repeating: $0.offset, count: max($0.element, 0)) }
        guard indices.count >= 6 else { return ProjectGaussianMoments().monomialMoment(exponents, covariance: omega) }
        var rest = exponents
        rest[indices[0]] -= 1
        rest[indices[1]] -= 1
        return omega[indices[0], indices[1]] * monomialMoment(rest, covariance: omega)
    }
}

/// The fourth moment with 3 where 2 belongs: E[xxᵀKxxᵀ] = 3ΣKΣ + tr(KΣ)Σ.
struct FourthMomentThreeForTwo: GaussianMomentFormulas {
    func fourthMoment(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>) -> Matrix<Rational> {
        Rational(3) * (sigma * k * sigma) + (k * sigma).trace * sigma
    }

    func monomialMoment(_ exponents: [Int], covariance omega: Matrix<Rational>) -> Rational {
        ProjectGaussianMoments().monomialMoment(exponents, covariance: omega)
    }
}

/// E[SKS] with n where n + 1 belongs: ΣKΣ + tr(KΣ)Σ/n (the i = j terms' extra ΣKΣ lost), which puts n
/// in place of n + 1 in Γ*.
struct SandwichWithNForNPlusOne: GaussianMomentFormulas {
    func fourthMoment(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>) -> Matrix<Rational> {
        ProjectGaussianMoments().fourthMoment(covariance: sigma, sandwiching: k)
    }

    func sampleCovarianceSandwich(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>, samples n: Int) -> Matrix<Rational> {
        sigma * k * sigma + ((k * sigma).trace / Rational(n)) * sigma
    }

    func monomialMoment(_ exponents: [Int], covariance omega: Matrix<Rational>) -> Rational {
        ProjectGaussianMoments().monomialMoment(exponents, covariance: omega)
    }
}

/// Equivalent: Isserlis by the recursion that pairs the *last* index with each of the others.
struct IsserlisLastIndexFirst: GaussianMomentFormulas {
    func fourthMoment(covariance sigma: Matrix<Rational>, sandwiching k: Matrix<Rational>) -> Matrix<Rational> {
        ProjectGaussianMoments().fourthMoment(covariance: sigma, sandwiching: k)
    }

    func monomialMoment(_ exponents: [Int], covariance omega: Matrix<Rational>) -> Rational {
        func sum(_ rest: ArraySlice<Int>) -> Rational {
            guard let last = rest.last else { return .one }
            let others = rest.dropLast()
            return others.indices.reduce(Rational.zero) { total, k in
                var remaining = Array(others)
                remaining.remove(at: k - others.startIndex)
                return total + omega[others[k], last] * sum(remaining[...])
            }
        }
        let indices = exponents.enumerated().flatMap { Array(repeating: $0.offset, count: max($0.element, 0)) }
        return indices.count % 2 == 1 ? .zero : sum(indices[...])
    }
}

/// Equivalent: the fourth moment summed entry by entry over Isserlis' three pairings,
/// Σ_{ce} K_{ce}(Σ_{ac}Σ_{eb} + Σ_{ae}Σ_{cb} + Σ_{ab}Σ_{ce}), instead of the matrix form.
struct FourthMomentByPairings: GaussianMomentFormulas {
    func fourthMoment(covariance s: Matrix<Rational>, sandwiching k: Matrix<Rational>) -> Matrix<Rational> {
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

    func monomialMoment(_ exponents: [Int], covariance omega: Matrix<Rational>) -> Rational {
        ProjectGaussianMoments().monomialMoment(exponents, covariance: omega)
    }
}

/// The attention scores with Q's transpose, (ZM)ᵀ Qᵀ Z — the key/query transpose dropped (as when
/// tokens are stored as rows and scored z_iᵀQz_j): the preconditioner becomes A_ℓ instead of A_ℓᵀ.
/// The value block dropped: only the label row of Z is updated, as if P's first d rows were 0 — the
/// same as the project's pass for the sparse form (8) and for any single layer's prediction, but the
/// x-tokens of form (11) (P = [[B, 0], [0, 1]]) then never move.
struct AttentionUpdatingLabelsOnly: LinearAttentionForwardPass {
    func apply<Scalar: OrderedField>(_ layer: LinearAttentionLayer<Scalar>, to z: Matrix<Scalar>) -> Matrix<Scalar> {
        let last = layer.p.rows - 1
        let p = Matrix<Scalar>(rows: layer.p.rows, columns: layer.p.columns) { i, j in i == last ? layer.p[i, j] : 0 }
        return ProjectLinearAttention().apply(LinearAttentionLayer(p: p, q: layer.q), to: z)
    }
}

struct AttentionWithTransposedScores: LinearAttentionForwardPass {
    func apply<Scalar: OrderedField>(_ layer: LinearAttentionLayer<Scalar>, to z: Matrix<Scalar>) -> Matrix<Scalar> {
        ProjectLinearAttention().apply(LinearAttentionLayer(p: layer.p, q: layer.q.transposed), to: z)
    }
}

/// Adam's loop with the bias corrections (c₁, c₂) of step t supplied: θ ← θ − α (m/c₁)/(√(v/c₂) + ε).
private func adamLoop(from start: [Double], settings s: AdamSettings, gradient: ([Double]) -> [Double],
                      observe: (Int, [Double]) -> Bool, corrections: (Int) -> (Double, Double)) -> [Double] {
    var theta = start, first = start.map { _ in 0.0 }, second = first
    var t = 0
    while t < s.steps, observe(t, theta) {
        let g = gradient(theta), rate = s.learningRate(at: t), (c1, c2) = corrections(t)
        first = zip(first, g).map { s.beta1 * $0 + (1 - s.beta1) * $1 }
        second = zip(second, g).map { s.beta2 * $0 + (1 - s.beta2) * $1 * $1 }
        theta = theta.indices.map { theta[$0] - rate * (first[$0] / c1) / ((second[$0] / c2).squareRoot() + s.epsilon) }
        t += 1
    }
    if t == s.steps { _ = observe(t, theta) }
    return theta
}

/// Adam without bias correction: θ ← θ − α m/(√v + ε).
struct AdamWithoutBiasCorrection: AdamTrainer {
    func adam(from start: [Double], settings s: AdamSettings, gradient: ([Double]) -> [Double],
              observe: (Int, [Double]) -> Bool) -> [Double] {
        adamLoop(from: start, settings: s, gradient: gradient, observe: observe) { _ in (1, 1) }
    }
}

/// Equivalent: Adam with the bias corrections 1 − βᵗ⁺¹ computed by repeated squaring instead of
/// running products (a different rounding of the same algorithm).
struct AdamWithPowerCorrections: AdamTrainer {
    func adam(from start: [Double], settings s: AdamSettings, gradient: ([Double]) -> [Double],
              observe: (Int, [Double]) -> Bool) -> [Double] {
        adamLoop(from: start, settings: s, gradient: gradient, observe: observe) { t in
            (1 - SparseLossLinearization.power(s.beta1, t + 1), 1 - SparseLossLinearization.power(s.beta2, t + 1))
        }
    }
}

/// Gradient descent with heavy-ball momentum 0.5 left on: θ ← θ − η∇f(θ) + 0.5(θ − θ_prev).
struct GradientDescentWithMomentum: GradientDescentTrainer {
    func descend(from start: [Double], step: Double, steps: Int, gradient: ([Double]) -> [Double],
                 observe: (Int, [Double]) -> Bool) -> [Double] {
        var theta = start, previous = start
        var t = 0
        while t < steps, observe(t, theta) {
            let g = gradient(theta)
            let next = theta.indices.map { theta[$0] - step * g[$0] + 0.5 * (theta[$0] - previous[$0]) }
            previous = theta
            theta = next
            t += 1
        }
        if t == steps { _ = observe(t, theta) }
        return theta
    }
}

/// A covariance generator whose L may have a zero on its diagonal (the nonzero guard dropped), so
/// with δ = 0 it draws singular Σ = LLᵀ/q².
struct GeneratorAllowingSingularCovariances: InContextInstanceGenerator {
    func covariance(dimension d: Int, using rng: inout SeededGenerator) -> Matrix<Rational> {
        let l = Matrix<Rational>(rows: d, columns: d) { i, j in j <= i ? Rational(rng.int(in: -3...3)) : .zero }
        let q = Rational(rng.int(in: 1...2))
        let delta = rng.bool() ? Rational(1, 2) : .zero
        return (1 / (q * q)) * (l * l.transposed) + delta * .identity(d)
    }

    func spectralCovariance(dimension d: Int, numerators: ClosedRange<Int>, denominators: ClosedRange<Int>,
                            using rng: inout SeededGenerator) -> SpectralCovariance {
        ProjectInstanceGenerator().spectralCovariance(dimension: d, numerators: numerators, denominators: denominators, using: &rng)
    }
}

/// Wishart moments whose odd factors take the row index i_t instead of i_{t+1} (the cyclic shift of
/// tr (XXᵀ)^k lost).
struct WishartWithoutCyclicShift: WishartMomentFormulas {
    func traceMoment(order k: Int, samples n: Int, dimension d: Int) throws(WishartMomentError) -> Rational {
        guard k >= 1 else { return try ProjectWishartMoments().traceMoment(order: k, samples: n, dimension: d) }
        guard k <= 7 else { throw .orderOutOfRange(k) }
        let counts = ProjectWishartMoments.classCounts(order: k) { f, _ in f / 2 }
        return Rational(counts.reduce(BigInt(0)) { $0 + BigInt(d).power($1.rows) * BigInt(n).power($1.columns) })
    }
}

/// Equivalent: E tr (XᵀX)^k with the roles of rows and columns swapped (tr (XXᵀ)^k = tr (XᵀX)^k).
struct WishartRowsAndColumnsSwapped: WishartMomentFormulas {
    func traceMoment(order k: Int, samples n: Int, dimension d: Int) throws(WishartMomentError) -> Rational {
        guard k >= 1 else { return try ProjectWishartMoments().traceMoment(order: k, samples: n, dimension: d) }
        return try ProjectWishartMoments().traceMoment(order: k, samples: d, dimension: n)
    }
}
