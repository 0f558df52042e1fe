import ExactMath

/// Polynomials of degree ≤ 4 in a Gaussian vector w ~ N(0, Ω) with rational coefficients, and
/// their exact expectation by Isserlis' theorem (project note §5.2).
///
/// Dense representation over all monomials of total degree ≤ 4 in d variables, with a
/// precomputed multiplication table; a product whose degree exceeds 4 is a programming error
/// (the LSA loss never forms one) and is reported by `precondition`.
public struct GaussianPolynomialRing: Sendable {
    /// The number of variables d.
    public let variables: Int
    /// Exponent vectors of the monomials, degree ≤ 4.
    let monomials: [[Int]]
    /// product[i * M + j] = index of monomial i · monomial j, or −1 when the degree exceeds 4.
    let product: [Int]
    /// E[w^α] for each monomial α under N(0, Ω).
    public let moments: [Rational]

    public init(taskCovariance omega: Matrix<Rational>) {
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
        moments = list.map { Self.isserlis($0, omega) }
    }

    /// E[w^α] by Isserlis: the sum over perfect matchings of the index multiset of Π Ω_{pair}.
    static func isserlis(_ alpha: [Int], _ omega: Matrix<Rational>) -> Rational {
        var indices: [Int] = []
        for (v, e) in alpha.enumerated() { indices += Array(repeating: v, count: e) }
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
        return indices.count % 2 == 1 ? .zero : pairings(indices)
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

    /// The linear form Σᵢ cᵢ wᵢ.
    public func linear(_ c: [Rational]) -> Element {
        var e = [Rational](repeating: .zero, count: count)
        for v in 0..<variables {
            var alpha = [Int](repeating: 0, count: variables)
            alpha[v] = 1
            e[monomials.firstIndex(of: alpha)!] = c[v]
        }
        return Element(coefficients: e)
    }

    public func add(_ a: Element, _ b: Element) -> Element {
        Element(coefficients: zip(a.coefficients, b.coefficients).map { $0 + $1 })
    }

    public func scale(_ s: Rational, _ a: Element) -> Element {
        Element(coefficients: a.coefficients.map { s * $0 })
    }

    public func multiply(_ a: Element, _ b: Element) -> Element {
        var out = [Rational](repeating: .zero, count: count)
        for i in 0..<count where !a.coefficients[i].isZero {
            for j in 0..<count where !b.coefficients[j].isZero {
                let k = product[i * count + j]
                precondition(k >= 0, "GaussianPolynomialRing: product of degree > 4")
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
