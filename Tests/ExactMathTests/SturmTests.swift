import ExactMath
import PropertyBased
import ProvableTesting
import Testing

@Suite("Sturm sequences (Sturm 1829)")
struct SturmTests {
    @Test("counts on a cubic with known roots, half-open intervals")
    func knownCubic() throws {
        let p = Polynomial(roots: [1, 2, -3])
        #expect(try p.countDistinctRealRoots(in: nil, nil) == 3)
        #expect(try p.countDistinctRealRoots(in: 0, 2) == 2)       // 1 and 2; 2 is included
        #expect(try p.countDistinctRealRoots(in: 1, 2) == 1)       // 1 is excluded
        #expect(try p.countDistinctRealRoots(in: nil, 1) == 2)
        #expect(try p.countDistinctRealRoots(in: -3, nil) == 2)
        #expect(try p.countDistinctRealRoots(in: Rational(21, 10), nil) == 0)
        #expect(try p.countDistinctRealRoots(in: 2, 1) == 0)       // empty interval
    }

    @Test("repeated roots are counted once; complex roots not at all")
    func repeatedAndComplex() throws {
        let p = Polynomial(roots: [1, 1, 1]) * Polynomial(coefficients: [1, 0, 1])  // (z−1)³(z²+1)
        #expect(try p.countDistinctRealRoots(in: nil, nil) == 1)
        #expect(try SturmSequence(p).distinctRootCount == 3)
        #expect(try Polynomial(coefficients: [2, 0, 1]).countDistinctRealRoots(in: nil, nil) == 0)
        #expect(try Polynomial(constant: 3).countDistinctRealRoots(in: nil, nil) == 0)
    }

    @Test("the zero polynomial is a typed error")
    func zero() {
        #expect(throws: PolynomialError.zeroPolynomial) { try Polynomial.zero.countDistinctRealRoots(in: nil, nil) }
    }

    @Test("counts agree with planted rational roots (with repeats and a root-free quadratic factor)")
    func plantedRoots() {
        let roots = PolynomialGen.rational(6, maxDenominator: 4).array(of: 1...6)
        let bounds = zip(PolynomialGen.rational(7, maxDenominator: 3).optional,
                         PolynomialGen.rational(7, maxDenominator: 3).optional)
        seededPropertyCheck(count: 150, seed: 0x5708,
                            input: zip(roots, bounds, Gen<Int>.int(in: 0...3))) { roots, bounds, c in
            var p = Polynomial(roots: roots)
            if c > 0 { p = p * Polynomial(coefficients: [Rational(c), 1, 1]) }  // z² + z + c: no real root
            let (lower, upper) = bounds
            let expected = Set(roots).filter { r in
                (lower.map { r > $0 } ?? true) && (upper.map { r <= $0 } ?? true)
            }.count
            let counted = try? p.countDistinctRealRoots(in: lower, upper)
            if let lower, let upper, lower >= upper {
                #expect(counted == 0)
            } else {
                #expect(counted == expected, "p = \(p), (\(String(describing: lower)), \(String(describing: upper))]")
            }
        }
    }
}
