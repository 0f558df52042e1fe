import ExactMath
import FloatMath
import PropertyBased
import ProvableTesting
import Testing

/// The 2×2 heavy-ball block [[1 + β − αλ, −β], [1, 0]] for one Hessian eigenvalue λ.
private func heavyBallBlock(alpha: Rational, beta: Rational, lambda: Rational) -> Matrix<Rational> {
    Matrix([[1 + beta - alpha * lambda, -beta], [1, 0]])
}

@Suite("Certified spectral-radius brackets")
struct SpectralRadiusTests {
    @Test("tuned heavy ball: every eigenvalue has modulus exactly √β = 1/2")
    func heavyBallTight() throws {
        // μ = 1, L = 9: α = 4/(√L + √μ)² = 1/4, β = ((√L − √μ)/(√L + √μ))² = 1/4.
        let alpha = Rational(1, 4), beta = Rational(1, 4)
        let zero = Matrix<Rational>.zero(rows: 2, columns: 2)
        let b1 = heavyBallBlock(alpha: alpha, beta: beta, lambda: 1)   // (z − 1/2)²
        let b4 = heavyBallBlock(alpha: alpha, beta: beta, lambda: 4)   // complex pair, |z| = 1/2
        let b9 = heavyBallBlock(alpha: alpha, beta: beta, lambda: 9)   // (z + 1/2)²
        let m = Matrix.block(Matrix.block(b1, zero, zero, b4),
                             Matrix<Rational>.zero(rows: 4, columns: 2),
                             Matrix<Rational>.zero(rows: 2, columns: 4), b9)
        #expect(try m.spectralRadiusIsAtMost(Rational(1, 2)))
        #expect(try !m.spectralRadiusIsBelow(Rational(1, 2)))
        #expect(try !m.spectralRadiusIsAtMost(Rational(49, 100)))
        #expect(try m.spectralRadiusIsBelow(Rational(51, 100)))
        let bracket = try m.spectralRadiusBracket(width: Rational(1, 1_000_000))
        #expect(bracket.lower < Rational(1, 2) && Rational(1, 2) <= bracket.upper)
        #expect(bracket.width <= Rational(1, 1_000_000))
        #expect(bracket.verify(for: m.characteristicPolynomial))
        // A hint exactly at ρ: the upper candidate passes at once.
        let hinted = try m.spectralRadiusBracket(width: Rational(1, 1_000_000), hint: 0.5)
        #expect(hinted.lower < Rational(1, 2) && Rational(1, 2) <= hinted.upper)
        #expect(hinted.verify(for: m.characteristicPolynomial))
    }

    @Test("special cases: nilpotent, diagonal, rotation, non-square, wrong bracket")
    func specialCases() throws {
        let nilpotent = Matrix<Rational>([[0, 1], [0, 0]])
        let b0 = try nilpotent.spectralRadiusBracket(width: Rational(1, 100))
        #expect(b0.lower == 0 && b0.upper == 0 && b0.verify(for: nilpotent.characteristicPolynomial))
        let diagonal = Matrix<Rational>.diagonal([Rational(1, 2), Rational(-3, 4)])
        let b1 = try diagonal.spectralRadiusBracket(width: Rational(1, 1000), hint: 0.75)
        #expect(b1.lower < Rational(3, 4) && Rational(3, 4) <= b1.upper && b1.width <= Rational(1, 1000))
        #expect(b1.verify(for: diagonal.characteristicPolynomial))
        #expect(!b1.verify(for: Matrix<Rational>.diagonal([Rational(1, 2), Rational(4, 5)]).characteristicPolynomial))
        // (1/2)·rotation by the angle with cos = 3/5: both eigenvalues have modulus 1/2.
        let rotation = Matrix<Rational>([[Rational(3, 10), Rational(-2, 5)], [Rational(2, 5), Rational(3, 10)]])
        #expect(try rotation.spectralRadiusIsAtMost(Rational(1, 2)) && !rotation.spectralRadiusIsBelow(Rational(1, 2)))
        #expect(throws: LinearAlgebraError.notSquare(rows: 1, columns: 2)) {
            try Matrix<Rational>([[1, 2]]).spectralRadiusBracket(width: 1)
        }
        // A misleading hint costs tests, not soundness.
        let bad = try diagonal.spectralRadiusBracket(width: Rational(1, 1000), hint: 40)
        #expect(bad.lower < Rational(3, 4) && Rational(3, 4) <= bad.upper && bad.verify(for: diagonal.characteristicPolynomial))
        #expect(try Polynomial(constant: 2).rootRadiusBracket(width: 1).upper == 0)
    }

    @Test("the bracket contains the Float64 spectral radius on random rational matrices")
    func containsFloat64Answer() throws {
        let input = zip(Gen<Int>.int(in: 1...5), PolynomialGen.rational(9, maxDenominator: 7).array(of: 25),
                        Gen<Bool>.bool())
        try seededPropertyCheck(count: 20, seed: 0x5B8, input: input) { n, entries, useHint in
            let m = Matrix(rows: n, columns: n, elements: Array(entries.prefix(n * n)))
            let rho = try spectralRadius(m.doubleValue)
            let width = Rational(1, 100_000_000)
            let bracket = try m.spectralRadiusBracket(width: width, hint: useHint ? rho : nil)
            let slack = 1e-10 * Swift.max(1, rho)
            #expect(bracket.lower.doubleValue - slack <= rho && rho <= bracket.upper.doubleValue + slack,
                    "ρ = \(rho) outside [\(bracket.lower.doubleValue), \(bracket.upper.doubleValue)] for \(m)")
            #expect(bracket.width <= width)
            #expect(bracket.verify(for: m.characteristicPolynomial))
        }
    }

    @Test("the bracket contains the exact root radius of polynomials with planted roots")
    func plantedRootRadius() throws {
        // Real roots k/6 and conjugate pairs ρₖ·e^{±iθ} with cos θ = (1 − t²)/(1 + t²).
        let input = zip(Gen<Int>.int(in: -12...12).array(of: 0...3),
                        zip(Gen<Int>.int(in: 1...12), Gen<Int>.int(in: -5...5)).array(of: 0...2),
                        Gen<Bool>.bool())
        try seededPropertyCheck(count: 40, seed: 0x5B9, input: input) { reals, pairs, useHint in
            var p = Polynomial(roots: reals.map { Rational($0, 6) })
            var rho = reals.map { Rational($0, 6).absoluteValue }.max() ?? 0
            for (k, t) in pairs {
                let radius = Rational(k, 6), tt = Rational(t, 2)
                let cosine = (1 - tt * tt) / (1 + tt * tt)
                p = p * Polynomial(coefficients: [radius * radius, -2 * radius * cosine, 1])
                rho = Swift.max(rho, radius)
            }
            let width = Rational(1, 1_000_000)
            let bracket = try p.rootRadiusBracket(width: width, hint: useHint ? rho.doubleValue : nil)
            if rho.isZero {
                #expect(bracket.lower == 0 && bracket.upper == 0)
            } else {
                #expect(bracket.lower < rho && rho <= bracket.upper, "ρ = \(rho), p = \(p)")
                #expect(bracket.width <= width)
            }
            #expect(bracket.verify(for: p))
        }
    }
}
