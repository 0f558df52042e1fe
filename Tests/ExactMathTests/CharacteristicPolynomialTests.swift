import PropertyBased
import ProvableTesting
import Testing
import ExactMath

/// The coefficients (lowest degree first) of Π (z − λᵢ), expanded directly.
func expandRoots(_ roots: [Rational]) -> [Rational] {
    var c: [Rational] = [1]
    for r in roots {
        var next = [Rational](repeating: .zero, count: c.count + 1)
        for (k, ck) in c.enumerated() {
            next[k + 1] += ck          // z·c
            next[k] -= r * ck          // −λ·c
        }
        c = next
    }
    return c
}

/// p(A) = Σ cₖ Aᵏ by Horner's rule.
func evaluate(_ c: [Rational], at a: Matrix<Rational>) -> Matrix<Rational> {
    var result = Matrix<Rational>.zero(rows: a.rows, columns: a.columns)
    for ck in c.reversed() { result = result * a + ck * .identity(a.rows) }
    return result
}

@Suite("Characteristic polynomial: Berkowitz (1984), division-free")
struct CharacteristicPolynomialTests {
    @Test("agrees with Π(z − λ) for matrices with known rational eigenvalues", arguments: 1...6)
    func knownEigenvalues(n: Int) {
        seededPropertyCheck(count: 12, seed: 0xE16 + UInt64(n), input: Gen<MatrixWithKnownEigenvalues>.withKnownEigenvalues(n)) { m in
            #expect(m.matrix.characteristicPolynomialCoefficients() == expandRoots(m.eigenvalues), "\(m)")
        }
    }

    @Test("trace is −c_{n−1}, determinant is (−1)ⁿ·c₀, cₙ = 1")
    func traceAndDeterminant() throws {
        for n in 1...6 {
            try seededPropertyCheck(count: 10, seed: 0x7D + UInt64(n), input: Gen<Matrix<Rational>>.squareRationalMatrix(n)) { (a) throws in
                let c = a.characteristicPolynomialCoefficients()
                #expect(c.count == n + 1)
                #expect(c[n] == 1)
                #expect(-c[n - 1] == a.trace)
                #expect((n % 2 == 0 ? c[0] : -c[0]) == (try a.determinant()))
            }
        }
    }

    @Test("Cayley–Hamilton: p(A) = 0 exactly")
    func cayleyHamilton() {
        for n in [2, 4, 6] {
            seededPropertyCheck(count: 8, seed: 0xCA1E + UInt64(n), input: Gen<Matrix<Rational>>.squareRationalMatrix(n)) { a in
                #expect(evaluate(a.characteristicPolynomialCoefficients(), at: a) == .zero(rows: n, columns: n))
            }
        }
    }

    @Test("companion matrices return their polynomial; similarity invariance; small cases")
    func knownCases() throws {
        // Companion matrix of z³ − 2z² + (1/3)z + 5 (ones on the subdiagonal, −cₖ in the last column).
        let c: [Rational] = [5, Rational(1, 3), -2, 1]
        let companion = Matrix<Rational>([[0, 0, -c[0]], [1, 0, -c[1]], [0, 1, -c[2]]])
        #expect(companion.characteristicPolynomialCoefficients() == c)
        #expect(Matrix<Rational>(rows: 0, columns: 0, elements: []).characteristicPolynomialCoefficients() == [1])
        #expect(Matrix<Rational>([[Rational(2, 7)]]).characteristicPolynomialCoefficients() == [Rational(-2, 7), 1])
        // A zero (1,1) entry everywhere a pivot would be needed: no division, no trouble.
        let hollow = Matrix<Rational>([[0, 1, 0], [1, 0, 1], [0, 1, 0]])
        #expect(hollow.characteristicPolynomialCoefficients() == [0, -2, 0, 1])  // z³ − 2z
        // Similar matrices share the polynomial.
        try seededPropertyCheck(count: 10, seed: 0x5171, input: zip(Gen<Matrix<Rational>>.squareRationalMatrix(4),
                                                                 Gen<Matrix<Rational>>.squareRationalMatrix(4))) { (a, s) throws in
            guard try s.determinant() != 0 else { return }
            let b = s * a * (try s.inverse())
            #expect(b.characteristicPolynomialCoefficients() == a.characteristicPolynomialCoefficients())
        }
        // The generic path on Double agrees with the exact one.
        try seededPropertyCheck(count: 10, seed: 0xD0, input: Gen<Matrix<Rational>>.squareRationalMatrix(5)) { (a) throws in
            let exact = a.characteristicPolynomialCoefficients()
            let approx = a.doubleValue.characteristicPolynomialCoefficients()
            for (x, y) in zip(exact, approx) {
                #expect(abs(x.doubleValue - y) <= 1e-9 * Swift.max(1, abs(x.doubleValue)))
            }
        }
    }
}
