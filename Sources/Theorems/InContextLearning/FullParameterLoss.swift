import ExactMath

/// The population loss of one-layer linear self-attention over its *full* parameters, as an exact
/// polynomial (derivation in Proofs/ahn-cheng-daneshmand-sra-2023/full-parameter-sparse-optimum.md).
///
/// Only the last row bᵀ of P and the first d columns A of Q reach the prediction
/// ŷ = −bᵀ G A x_q, G = (1/n)Σ zᵢzᵢᵀ (Ahn–Cheng–Daneshmand–Sra, NeurIPS 2023, Appendix A.1).
/// With C_w = Cov(z | w) = [[Σ, Σw], [wᵀΣ, wᵀΣw + σ²]] and K = AΣAᵀ,
///
///   f(b, A) = E_w[ (n+1)/n · bᵀC_wKC_wb + (1/n) tr(KC_w) · bᵀC_wb + 2 bᵀC_wAΣw ] + tr(ΣΩ) + σ²,
///
/// a polynomial of degree ≤ 4 in w whose expectation is taken exactly by Isserlis
/// (``GaussianPolynomialRing``, with the moments of the ``GaussianMomentFormulas`` under test).
/// f is a polynomial of degree 4 in the parameters, so its gradient and Hessian are computed
/// exactly by 5-point stencils (exact for degree ≤ 4).
public struct FullParameterLoss: Sendable {
    public let problem: InContextRegression
    let ring: GaussianPolynomialRing

    public init(_ problem: InContextRegression, moments: any GaussianMomentFormulas = ProjectGaussianMoments()) {
        self.problem = problem
        ring = GaussianPolynomialRing(taskCovariance: problem.taskCovariance, moments: moments)
    }

    /// The number of parameters (d+1) + (d+1)d.
    public var parameterCount: Int { let d = problem.dimension; return (d + 1) * (d + 1) }

    /// Packs (b, A) into one vector: b first, then A row by row.
    public static func pack(b: [Rational], a: Matrix<Rational>) -> [Rational] { b + a.elements }

    func unpack(_ x: [Rational]) -> (b: [Rational], a: Matrix<Rational>) {
        let d = problem.dimension
        return (Array(x[0...d]), Matrix(rows: d + 1, columns: d, elements: Array(x[(d + 1)...])))
    }

    /// f(b, A), exactly. (The products formed have degree ≤ 4 in w, so the ring's degree error
    /// cannot occur; it is passed on rather than trapped.)
    public func value(_ x: [Rational]) throws(GaussianPolynomialError) -> Rational {
        guard x.count == parameterCount else { throw .dimensionMismatch(expected: parameterCount, found: x.count) }
        let (b, a) = unpack(x)
        let d = problem.dimension, sigma = problem.covariance
        let n = Rational(problem.contextLength)
        // C_w as polynomials in w.
        var c = [[GaussianPolynomialRing.Element]](repeating: [], count: d + 1)
        let sigmaRows = sigma.rowArrays
        for i in 0..<d {
            c[i] = (0..<d).map { ring.constant(sigma[i, $0]) } + [try ring.linear(sigmaRows[i])]
        }
        var quadratic = ring.constant(problem.noise)
        let linearRows = try sigmaRows.map { row throws(GaussianPolynomialError) in try ring.linear(row) }
        for i in 0..<d {
            quadratic = ring.add(quadratic, try ring.multiply(try ring.linear((0..<d).map { $0 == i ? .one : .zero }), linearRows[i]))
        }
        c[d] = linearRows + [quadratic]
        // u = C_w b, v = AΣw, K = AΣAᵀ.
        let u = (0...d).map { i in (0...d).reduce(ring.constant(.zero)) { ring.add($0, ring.scale(b[$1], c[i][$1])) } }
        let asigma = a * sigma
        let v = try (0...d).map { i throws(GaussianPolynomialError) in try ring.linear(asigma.row(i)) }
        let k = asigma * a.transposed
        var uku = ring.constant(.zero), trace = ring.constant(.zero), uv = ring.constant(.zero)
        for i in 0...d {
            var ku = ring.constant(.zero)
            for j in 0...d where !k[i, j].isZero {
                ku = ring.add(ku, ring.scale(k[i, j], u[j]))
                trace = ring.add(trace, ring.scale(k[i, j], c[j][i]))
            }
            uku = ring.add(uku, try ring.multiply(u[i], ku))
            uv = ring.add(uv, try ring.multiply(u[i], v[i]))
        }
        let bu = (0...d).reduce(ring.constant(.zero)) { ring.add($0, ring.scale(b[$1], u[$1])) }
        let integrand = ring.add(ring.add(ring.scale((n + 1) / n, uku), ring.scale(1 / n, try ring.multiply(trace, bu))),
                                 ring.scale(2, uv))
        return ring.expectation(integrand) + problem.signalVariance + problem.noise
    }

    private func along(_ x: [Rational], _ v: [Rational], _ t: Int) throws(GaussianPolynomialError) -> Rational {
        try value(zip(x, v).map { $0 + Rational(t) * $1 })
    }

    /// The directional derivative ∇f(x)·v, exact: (g(−2) − 8g(−1) + 8g(1) − g(2))/12.
    public func directionalDerivative(at x: [Rational], along v: [Rational]) throws(GaussianPolynomialError) -> Rational {
        let (m2, m1, p1, p2) = (try along(x, v, -2), try along(x, v, -1), try along(x, v, 1), try along(x, v, 2))
        return (m2 - 8 * m1 + 8 * p1 - p2) / 12
    }

    /// vᵀ∇²f(x)v, exact: (−g(2) + 16g(1) − 30g(0) + 16g(−1) − g(−2))/12.
    public func secondDirectionalDerivative(at x: [Rational], along v: [Rational],
                                            valueAtX f0: Rational) throws(GaussianPolynomialError) -> Rational {
        let (m2, m1, p1, p2) = (try along(x, v, -2), try along(x, v, -1), try along(x, v, 1), try along(x, v, 2))
        return (-p2 + 16 * p1 - 30 * f0 + 16 * m1 - m2) / 12
    }

    private func unit(_ k: Int) -> [Rational] {
        (0..<parameterCount).map { $0 == k ? .one : .zero }
    }

    /// ∇f(x), exactly.
    public func gradient(at x: [Rational]) throws(GaussianPolynomialError) -> [Rational] {
        try (0..<parameterCount).map { k throws(GaussianPolynomialError) in try directionalDerivative(at: x, along: unit(k)) }
    }

    /// ∇²f(x), exactly, by polarization of second directional derivatives.
    public func hessian(at x: [Rational]) throws(GaussianPolynomialError) -> Matrix<Rational> {
        let m = parameterCount
        let f0 = try value(x)
        let diagonal = try (0..<m).map { k throws(GaussianPolynomialError) in
            try secondDirectionalDerivative(at: x, along: unit(k), valueAtX: f0)
        }
        var h = Matrix<Rational>.zero(rows: m, columns: m)
        for k in 0..<m {
            h[k, k] = diagonal[k]
            for l in (k + 1)..<m {
                let both = zip(unit(k), unit(l)).map { $0 + $1 }
                let mixed = (try secondDirectionalDerivative(at: x, along: both, valueAtX: f0) - diagonal[k] - diagonal[l]) / 2
                h[k, l] = mixed
                h[l, k] = mixed
            }
        }
        return h
    }
}
