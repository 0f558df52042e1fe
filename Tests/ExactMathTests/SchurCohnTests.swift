import ExactMath
import FloatMath
import PropertyBased
import ProvableTesting
import Testing

/// z² − 2r·cosθ·z + r², the quadratic with the conjugate roots r·e^{±iθ}, where
/// cosθ = (1 − t²)/(1 + t²) is a rational point of the unit circle.
private func circlePair(radius r: Rational, t: Rational) -> Polynomial {
    let cosine = (1 - t * t) / (1 + t * t)
    return Polynomial(coefficients: [r * r, -2 * r * cosine, 1])
}

/// Both decisions, after checking that their certificates re-verify.
private func decide(_ p: Polynomial, _ r: Rational) -> (open: Bool, closed: Bool) {
    let strict = try! p.schurCohnTest(radius: r)
    let closed = try! p.closedDiskTest(radius: r)
    #expect(strict.verify(for: p), "strict certificate of \(p) at \(r)")
    #expect(closed.verify(for: p), "closed certificate of \(p) at \(r)")
    #expect(strict.allRootsInside == p.allRootsInOpenDisk(radius: r))
    #expect(closed.allRootsInside == p.allRootsInClosedDisk(radius: r))
    return (strict.allRootsInside, closed.allRootsInside)
}

@Suite("Schur–Cohn / Jury disk tests (Schur 1917, Cohn 1922, Jury 1964)")
struct SchurCohnTests {
    @Test("real roots inside, on and outside the circle")
    func realRoots() {
        let p = Polynomial(roots: [Rational(1, 2), Rational(-1, 3), Rational(2, 3)])
        #expect(decide(p, 1) == (true, true))
        #expect(decide(p, Rational(2, 3)) == (false, true))    // 2/3 sits on the circle
        #expect(decide(p, Rational(3, 5)) == (false, false))
        #expect(decide(Polynomial(roots: [0, 0, Rational(1, 4)]), Rational(1, 4)) == (false, true))
        #expect(decide(Polynomial(constant: 3), 1) == (true, true))
        #expect(decide(Polynomial(roots: [-1, -1, 1]), 1) == (false, true))  // ±1, double −1
    }

    @Test("complex pairs and double roots exactly on the circle")
    func onTheCircle() {
        let r = Rational(3, 4)
        let pair = Polynomial(coefficients: [r * r, 0, 1])               // z² + r²
        #expect(decide(pair, r) == (false, true))
        #expect(decide(pair, Rational(7, 10)) == (false, false))
        #expect(decide(pair, Rational(4, 5)) == (true, true))
        let double = pair * pair * Polynomial(roots: [r / 2])
        #expect(decide(double, r) == (false, true))
        #expect(decide(double, Rational(74, 100)) == (false, false))
        // Heavy-ball shape: a double real root and a complex pair, all of modulus r.
        let heavy = Polynomial(roots: [r, r]) * circlePair(radius: r, t: Rational(1, 3))
        #expect(decide(heavy, r) == (false, true))
        #expect(decide(heavy * Polynomial(roots: [-r]), r) == (false, true))
        #expect(decide(heavy * Polynomial(roots: [Rational(76, 100)]), r) == (false, false))
    }

    @Test("reciprocal pairs off the circle fail the closed test")
    func reciprocalPairs() {
        let p = Polynomial(roots: [2, Rational(1, 2)])
        #expect(decide(p, 1) == (false, false))
        #expect(decide(p, 2) == (false, true))
        #expect(decide(p * Polynomial(roots: [1, 1]), 1) == (false, false))
        #expect(decide(Polynomial(roots: [2, 2, Rational(1, 2)]), 1) == (false, false))
        #expect(decide(Polynomial(roots: [2, Rational(1, 2), Rational(1, 2)]), 1) == (false, false))
        // A complex reciprocal quadruple: roots 2e^{±iθ} and (1/2)e^{±iθ}.
        let quad = circlePair(radius: 2, t: Rational(1, 2)) * circlePair(radius: Rational(1, 2), t: Rational(1, 2))
        #expect(decide(quad, 1) == (false, false))
        #expect(decide(quad * circlePair(radius: 1, t: 3), 2) == (false, true))
    }

    @Test("tampered certificates are rejected")
    func tampering() throws {
        let p = Polynomial(roots: [Rational(1, 2), Rational(-1, 3)])
        let strict = try p.schurCohnTest(radius: 1)
        #expect(strict.verify(for: p))
        #expect(!strict.verify(for: Polynomial(roots: [Rational(1, 2), Rational(-1, 4)])))
        let wrongRadius = try p.schurCohnTest(radius: 2)
        #expect(wrongRadius.verify(for: p) && !wrongRadius.verify(for: p * Polynomial(roots: [3])))
        let closed = try (p * Polynomial(coefficients: [1, 0, 1])).closedDiskTest(radius: 1)
        #expect(closed.allRootsInside && closed.verify(for: p * Polynomial(coefficients: [1, 0, 1])))
        #expect(!closed.verify(for: p * Polynomial(coefficients: [2, 0, 1])))
        #expect(throws: PolynomialError.zeroPolynomial) { try Polynomial.zero.schurCohnTest(radius: 1) }
        #expect(!Polynomial.zero.allRootsInOpenDisk(radius: 1) && !Polynomial.zero.allRootsInClosedDisk(radius: 1))
    }

    @Test("planted roots on the circle of radius r: closed yes, strict no; one root outside: both no")
    func plantedOnCircle() {
        let input = zip(Gen<Int>.int(in: 1...5).map { Rational($0, 4) },        // r
                        Gen<Int>.int(in: -9...9).array(of: 1...2),              // circle parameters t
                        Gen<Int>.int(in: -7...7).array(of: 0...2),              // inside roots, ·r/8
                        Gen<Bool>.bool())                                       // double the circle part
        seededPropertyCheck(count: 10, seed: 0x5C1, input: input) { r, ts, inside, double in
            var p = Polynomial(roots: inside.map { Rational($0, 8) * r })
            for t in ts { p = p * circlePair(radius: r, t: Rational(t, 3)) }
            if double { p = p * circlePair(radius: r, t: Rational(ts[0], 3)) }
            #expect(decide(p, r) == (false, true), "\(p) at r = \(r)")
            #expect(decide(p * Polynomial(roots: [r * Rational(101, 100)]), r) == (false, false))
            #expect(decide(p, r * Rational(999, 1000)) == (false, false))
            #expect(decide(p, r * Rational(1001, 1000)) == (true, true))
        }
    }

    @Test("the exact decision agrees with Float64 roots away from the boundary")
    func agreesWithNumericalRoots() throws {
        let input = zip(PolynomialGen.rational(9, maxDenominator: 5).array(of: 2...7),
                        Gen<Int>.int(in: 1...40).map { Rational($0, 8) })
        var decided = 0, inside = 0
        try seededPropertyCheck(count: 150, seed: 0x5C2, input: input) { coefficients, r in
            let p = Polynomial(coefficients: coefficients)
            guard p.degree >= 1 else { return }
            let n = p.degree
            // Companion matrix: its eigenvalues are the roots of p.
            let companion = Matrix<Double>(rows: n, columns: n) { i, j in
                if j == n - 1 { return -(p[i] / p.leadingCoefficient).doubleValue }
                return i == j + 1 ? 1 : 0
            }
            let rho = try spectralRadius(companion)
            let radius = r.doubleValue
            guard abs(rho - radius) > 1e-6 * radius else { return }
            decided += 1
            if rho < radius { inside += 1 }
            let (open, closed) = decide(p, r)
            #expect(open == (rho < radius), "\(p) at r = \(r), numerical ρ = \(rho)")
            #expect(closed == open)
        }
        #expect(decided > 120 && inside > 20 && decided - inside > 20)  // both outcomes exercised
    }
}
