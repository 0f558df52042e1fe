import ExactMath
import PropertyBased
import ProvableTesting
import Testing

/// Generators shared by the polynomial, Sturm, Schur–Cohn and spectral-radius suites.
enum PolynomialGen {
    /// A small rational n/d with n ∈ [−range, range], d ∈ [1, maxDenominator].
    static func rational(_ range: Int = 9, maxDenominator: Int = 6) -> Generator<Rational, some SendableSequenceType> {
        zip(Gen<Int>.int(in: -range...range), Gen<Int>.int(in: 1...maxDenominator))
            .map { Rational($0, $1) }
    }

    /// A polynomial with `degrees` + 1 small rational coefficients (possibly lower degree).
    static func polynomial(degrees: ClosedRange<Int>) -> Generator<Polynomial, some SendableSequenceType> {
        rational().array(of: (degrees.lowerBound + 1)...(degrees.upperBound + 1))
            .map { Polynomial(coefficients: $0) }
    }
}

@Suite("Polynomial over ℚ")
struct PolynomialTests {
    @Test("normalization, degree and leading coefficient")
    func normalization() {
        let p = Polynomial(coefficients: [1, 2, 0, 0])
        #expect(p.coefficients == [1, 2])
        #expect(p.degree == 1)
        #expect(p.leadingCoefficient == 2)
        #expect(Polynomial(coefficients: [0, 0]) == .zero)
        #expect(Polynomial.zero.degree == -1)
        #expect(Polynomial.zero.leadingCoefficient == 0)
        #expect(Polynomial(constant: 5).degree == 0)
    }

    @Test("roots, Horner evaluation and description")
    func rootsAndDescription() {
        let p = Polynomial(roots: [1, Rational(1, 2)])
        #expect(p.coefficients == [Rational(1, 2), Rational(-3, 2), 1])
        #expect(p.description == "z^2 - 3/2 z + 1/2")
        #expect(p.evaluate(at: Rational(1, 2)) == 0)
        #expect(p.evaluate(at: Rational(3)) == 5)
        #expect(p.evaluate(at: 3.0) == 5.0)
        #expect(Polynomial(coefficients: [-1, 0, 0, -2]).description == "-2 z^3 - 1")
        #expect(Polynomial.zero.description == "0")
        #expect(p.derivative == Polynomial(coefficients: [Rational(-3, 2), 2]))
        #expect(Polynomial(constant: 7).derivative == .zero)
    }

    @Test("division algorithm a = b·q + r with deg r < deg b")
    func divisionAlgorithm() {
        seededPropertyCheck(count: 150, seed: 0xD1F,
                            input: zip(PolynomialGen.polynomial(degrees: 0...7),
                                       PolynomialGen.polynomial(degrees: 0...4))) { a, b in
            guard !b.isZero else { return }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            #expect(b * q + r == a)
            #expect(r.degree < b.degree)
        }
    }

    @Test("gcd is monic, divides both, and contains a planted common factor")
    func gcdProperties() {
        seededPropertyCheck(count: 100, seed: 0x6CD,
                            input: zip(PolynomialGen.polynomial(degrees: 1...3),
                                       PolynomialGen.polynomial(degrees: 0...3),
                                       PolynomialGen.polynomial(degrees: 0...3))) { f, u, v in
            guard !f.isZero, f.degree >= 1, !u.isZero, !v.isZero else { return }
            let a = f * u, b = f * v
            let g = Polynomial.gcd(a, b)
            #expect(g.leadingCoefficient == 1)
            #expect(a.isDivisible(by: g) && b.isDivisible(by: g))
            #expect(g.isDivisible(by: f))
        }
        #expect(Polynomial.gcd(Polynomial(roots: [1, 2]), Polynomial(roots: [2, 3])) == Polynomial(roots: [2]))
        #expect(Polynomial.gcd(Polynomial(roots: [1]), Polynomial(roots: [3])) == .one)
    }

    @Test("ring identities, substitutions and reversal")
    func ringIdentities() {
        seededPropertyCheck(count: 100, seed: 0x819,
                            input: zip(PolynomialGen.polynomial(degrees: 0...4),
                                       PolynomialGen.polynomial(degrees: 0...4),
                                       PolynomialGen.polynomial(degrees: 0...3),
                                       PolynomialGen.rational())) { p, q, s, x in
            #expect((p + q) * s == p * s + q * s)
            #expect(p - p == .zero)
            #expect((p * q).evaluate(at: x) == p.evaluate(at: x) * q.evaluate(at: x))
            #expect(p.composed(with: q).evaluate(at: x) == p.evaluate(at: q.evaluate(at: x)))
            let r = Rational(3, 2)
            #expect(p.scaledArgument(by: r).evaluate(at: x) == p.evaluate(at: r * x))
            if !x.isZero, !p.isZero, !p[0].isZero {
                #expect(p.reversed.evaluate(at: x) == x.power(p.degree) * p.evaluate(at: 1 / x))
            }
        }
    }

    @Test("squarefree part keeps each distinct root once")
    func squarefree() {
        let p = Polynomial(roots: [1, 1, 1, -2, -2, Rational(1, 3)])
        #expect(p.squarefreePart == Polynomial(roots: [1, -2, Rational(1, 3)]))
    }

    @Test("characteristic polynomial: known cases and Cayley–Hamilton")
    func characteristicPolynomial() {
        let a = Matrix<Rational>([[2, 1], [0, 3]])
        #expect(a.characteristicPolynomial == Polynomial(roots: [2, 3]))
        // Companion matrix of z³ − 2z + 5: its characteristic polynomial is itself.
        let c = Matrix<Rational>([[0, 0, -5], [1, 0, 2], [0, 1, 0]])
        #expect(c.characteristicPolynomial == Polynomial(coefficients: [5, -2, 0, 1]))
        #expect(Matrix<Rational>(rows: 0, columns: 0, elements: []).characteristicPolynomial == .one)
        seededPropertyCheck(count: 30, seed: 0xCA1,
                            input: zip(Gen<Int>.int(in: 1...5), PolynomialGen.rational().array(of: 25))) { n, entries in
            let m = Matrix(rows: n, columns: n, elements: Array(entries.prefix(n * n)))
            let p = m.characteristicPolynomial
            #expect(p.degree == n && p.leadingCoefficient == 1)
            #expect(p[n - 1] == -m.trace)
            // p(A) = 0 by Horner in matrices.
            var value = Matrix<Rational>.zero(rows: n, columns: n)
            for c in p.coefficients.reversed() { value = value * m + c * Matrix<Rational>.identity(n) }
            #expect(value == Matrix<Rational>.zero(rows: n, columns: n))
        }
    }
}
