import ExactMath

/// Why a polynomial operation of ``GaussianPolynomialRing`` has no answer.
public enum GaussianPolynomialError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The product would have total degree above the ring's bound 4.
    case degreeExceeded(Int)
    /// A linear form with the wrong number of coefficients.
    case dimensionMismatch(expected: Int, found: Int)

    public var description: String {
        switch self {
        case .degreeExceeded(let k): "a product of total degree \(k) exceeds the ring's degree bound 4"
        case .dimensionMismatch(let e, let f): "a linear form needs \(e) coefficients, got \(f)"
        }
    }
}

/// Polynomials of degree ≤ 4 in a Gaussian vector w ~ N(0, Ω) with rational coefficients, and
/// their exact expectation by Isserlis' theorem (derivation in
/// Proofs/ahn-cheng-daneshmand-sra-2023/full-parameter-sparse-optimum.md).
///
/// Dense representation over all monomials of total degree ≤ 4 in d variables, with a
/// precomputed multiplication table; a product of degree above 4 is a typed error. The monomial
/// moments come from a ``GaussianMomentFormulas`` (the component under test).
public struct GaussianPolynomialRing: Sendable {
    /// The number of variables d.
    public let variables: Int
    /// Exponent vectors of the monomials, degree ≤ 4.
    let monomials: [[Int]]
    /// product[i * M + j] = index of monomial i · monomial j, or −1 when the degree exceeds 4.
    let product: [Int]
    /// E[w^α] for each monomial α under N(0, Ω).
    public let moments: [Rational]
    /// The position of each exponent vector in ``monomials``.
    let position: [[Int]: Int]

    public init(taskCovariance omega: Matrix<Rational>, moments formulas: any GaussianMomentFormulas = ProjectGaussianMoments()) {
        let d = omega.rows
        variables = d
        var list: [[Int]] = []
        func build(_ prefix: [Int], _ remaining: Int) {
            if prefix.count == d { list.append(prefix); return }
            for e in 0...remaining { build(prefix + [e], remaining - e) }
        }
        build([], 4)
        list.sort { a, b in
            let (da, db) = (a.reduce(0, +), b.reduce(0, +))
            return da != db ? da < db : a.lexicographicallyPrecedes(b)
        }
        monomials = list
        var index: [[Int]: Int] = [:]
        for (k, m) in list.enumerated() { index[m] = k }
        let count = list.count
        var table = [Int](repeating: -1, count: count * count)
        for i in 0..<count {
            for j in 0..<count {
                let sum = zip(list[i], list[j]).map { $0 + $1 }
                table[i * count + j] = index[sum] ?? -1
            }
        }
        product = table
        position = index
        moments = list.map { formulas.monomialMoment($0, covariance: omega) }
    }

    /// A polynomial of this ring.
    public struct Element: Sendable {
        var coefficients: [Rational]
    }

    public var count: Int { monomials.count }

    public func constant(_ c: Rational) -> Element {
        var e = [Rational](repeating: .zero, count: count)
        e[0] = c
        return Element(coefficients: e)
    }

    /// The linear form Σᵢ cᵢ wᵢ (the monomials wᵢ sit at positions 1…d: degree 1 comes right after
    /// the constant, in lexicographic order of the exponent vectors, i.e. w_d first).
    public func linear(_ c: [Rational]) throws(GaussianPolynomialError) -> Element {
        guard c.count == variables else { throw .dimensionMismatch(expected: variables, found: c.count) }
        var e = [Rational](repeating: .zero, count: count)
        for v in 0..<variables {
            var alpha = [Int](repeating: 0, count: variables)
            alpha[v] = 1
            if let k = position[alpha] { e[k] = c[v] }
        }
        return Element(coefficients: e)
    }

    public func add(_ a: Element, _ b: Element) -> Element {
        Element(coefficients: zip(a.coefficients, b.coefficients).map { $0 + $1 })
    }

    public func scale(_ s: Rational, _ a: Element) -> Element {
        Element(coefficients: a.coefficients.map { s * $0 })
    }

    /// The product, or ``GaussianPolynomialError/degreeExceeded(_:)`` when it has a term of degree
    /// above 4.
    public func multiply(_ a: Element, _ b: Element) throws(GaussianPolynomialError) -> Element {
        var out = [Rational](repeating: .zero, count: count)
        for i in 0..<count where !a.coefficients[i].isZero {
            for j in 0..<count where !b.coefficients[j].isZero {
                let k = product[i * count + j]
                guard k >= 0 else {
                    throw .degreeExceeded(monomials[i].reduce(0, +) + monomials[j].reduce(0, +))
                }
                out[k] += a.coefficients[i] * b.coefficients[j]
            }
        }
        return Element(coefficients: out)
    }

    /// E[p(w)] for w ~ N(0, Ω), exactly.
    public func expectation(_ p: Element) -> Rational {
        Rational.dot(p.coefficients, moments)
    }
}
