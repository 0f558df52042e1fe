import BigInt
import FloatMath
import PropertyBased
import ProvableTesting
import Testing
@testable import ExactMath

/// A random non-negative big integer of 1…`maxWords` 64-bit words, times a common factor
/// with probability ½ so that non-trivial gcds occur.
let bigPair: Generator<(BigUInt, BigUInt), Shrink.None<(BigUInt, BigUInt)>> = Generator { rng in
    func big() -> BigUInt {
        let words = Int.random(in: 1...12, using: &rng)
        var w = (0..<words).map { _ in UInt.random(in: 0...UInt.max, using: &rng) }
        if Bool.random(using: &rng) { w[w.count - 1] >>= UInt.random(in: 0...63, using: &rng) }
        return BigUInt(words: w)
    }
    var a = big(), b = big()
    if Bool.random(using: &rng) {
        let g = big()
        a *= g
        b *= g
    }
    return (a, b)
}

/// The integer kernels behind the exact linear algebra and root-location tests: Lehmer's gcd,
/// the integer Berkowitz characteristic polynomial and the fraction-free Schur–Cohn chain.
/// Each is checked against an independent reference (BigInt's binary gcd, the rational
/// Berkowitz recurrence, the rational Schur–Cohn chain).
@Suite("Integer kernels: Lehmer gcd, integer Berkowitz, fraction-free Schur–Cohn")
struct IntegerKernelTests {
    @Test("Lehmer's gcd equals BigInt's binary gcd")
    func lehmerMatchesBinary() {
        seededPropertyCheck(count: 300, seed: 0x1E4, input: bigPair) { pair in
            let (a, b) = pair
            #expect(LehmerGCD.gcd(a, b) == a.greatestCommonDivisor(with: b))
        }
    }

    @Test("Lehmer's gcd on edge cases: zeros, one word, equal, powers of two")
    func lehmerEdgeCases() {
        let big = BigUInt(1) << 200
        let cases: [(BigUInt, BigUInt)] = [(0, 0), (0, 7), (7, 0), (1, big), (big, big), (big, big >> 3),
                                           (big + 1, big - 1), (BigUInt(UInt.max), big * 3)]
        for (a, b) in cases { #expect(LehmerGCD.gcd(a, b) == a.greatestCommonDivisor(with: b), "\(a), \(b)") }
    }

    /// The rational Berkowitz recurrence, run over ℚ directly (the reference for the integer path).
    static func rationalBerkowitz(_ a: Matrix<Rational>) -> [Rational] {
        berkowitzCoefficients(order: a.rows, entry: { a[$0, $1] }, one: Rational.one, negate: { -$0 },
                              dot: { Rational.dot($0, $1) })!.reversed()
    }

    @Test("the integer Berkowitz path (Int64 and BigInt) equals Berkowitz over ℚ", arguments: [1, 2, 4, 7])
    func integerBerkowitz(n: Int) {
        // Small entries take the Int64 path; entries with large denominators overflow it into BigInt.
        seededPropertyCheck(count: 10, seed: 0xBE2 + UInt64(n), input: Gen<Matrix<Rational>>.squareRationalMatrix(n)) { a in
            #expect(a.characteristicPolynomialCoefficients() == Self.rationalBerkowitz(a))
            let big = a.map { $0 * Rational(BigInt(1) << 70, BigInt(3).power(30)) + Rational(1, 7) }
            #expect(big.characteristicPolynomialCoefficients() == Self.rationalBerkowitz(big))
        }
    }

    /// The Schur–Cohn chain computed the textbook way, in rational arithmetic: q ← (aₙq − a₀q*)/z, monic.
    static func rationalChain(_ p: Polynomial, radius r: Rational) -> (chain: [Polynomial], inside: Bool) {
        var current = p.scaledArgument(by: r).monic
        var chain = [current]
        while current.degree >= 1 {
            let a0 = current[0], an = current.leadingCoefficient
            if a0.absoluteValue >= an.absoluteValue { return (chain, false) }
            let n = current.degree
            current = Polynomial(coefficients: (0..<n).map { k in an * current[k + 1] - a0 * current[n - k - 1] }).monic
            chain.append(current)
        }
        return (chain, true)
    }

    @Test("the fraction-free Schur–Cohn chain equals the rational chain, and its certificate verifies", arguments: [2, 4, 6])
    func fractionFreeChain(n: Int) throws {
        try seededPropertyCheck(count: 8, seed: 0x5C + UInt64(n), input: Gen<Matrix<Rational>>.squareRationalMatrix(n)) { (a) throws in
            let p = a.characteristicPolynomial
            for r in [Rational(1, 3), Rational(7, 2), Rational(20), Rational(123_456_789, 987_654_321)] {
                let c = try p.schurCohnTest(radius: r)
                let reference = Self.rationalChain(p, radius: r)
                #expect(c.chain == reference.chain)
                #expect(c.allRootsInside == reference.inside)
                #expect(c.verify(for: p))
            }
        }
    }

    @Test("a tampered chain fails verification")
    func tamperedChainFails() throws {
        let p = Polynomial(roots: [Rational(1, 2), Rational(-1, 3), Rational(2, 5)])
        let c = try p.schurCohnTest(radius: 1)
        #expect(c.allRootsInside && c.verify(for: p))
        var chain = c.chain
        chain[1] = Polynomial(coefficients: chain[1].coefficients.enumerated().map { $0.offset == 0 ? $0.element + 1 : $0.element })
        let forged = SchurCohnCertificate(radius: c.radius, chain: chain, allRootsInside: true)
        #expect(!forged.verify(for: p))
    }
}

@Suite("Interval Jury filters: rigorous Float64 and fixed-point decisions agree with the exact reduction")
struct IntervalJuryFilterTests {
    @Test("whenever the filter decides, it agrees with the exact integer reduction", arguments: [3, 6, 10])
    func agreesWithExact(n: Int) {
        seededPropertyCheck(count: 8, seed: 0x1F + UInt64(n), input: Gen<Matrix<Rational>>.squareRationalMatrix(n)) { a in
            let p = a.characteristicPolynomial
            let integers = p.clearedDenominators.coefficients
            var decided = 0
            for r in [Rational(1, 10), Rational(1, 2), Rational(1), Rational(3), Rational(10), Rational(100), Rational(1000)] {
                let scaled = JuryReduction.scaled(integers, by: r)
                let exact = JuryReduction.reduce(scaled, keepRows: false).allInside
                if let filtered = IntervalJuryFilter.allInside(scaled) {
                    #expect(filtered == exact, "Float64 filter, r = \(r), p = \(p)")
                    decided += 1
                }
                for precision in [64, 512] {
                    if let filtered = FixedPointJuryFilter.allInside(scaled, precision: precision) {
                        #expect(filtered == exact, "\(precision)-bit filter, r = \(r), p = \(p)")
                    }
                }
            }
            #expect(decided >= 2, "the filter should decide radii far from the roots")
        }
    }

    @Test("a root exactly on the circle is never decided as strictly inside")
    func rootOnCircle() {
        // (z − 1)(z − 1/2): not all roots strictly inside |z| < 1.
        let p = Polynomial(roots: [1, Rational(1, 2)])
        let scaled = p.clearedDenominators.coefficients
        #expect(IntervalJuryFilter.allInside(scaled) != true)
        #expect(FixedPointJuryFilter.allInside(scaled, precision: 512) != true)
        #expect(JuryReduction.reduce(scaled).allInside == false)
    }
}

@Suite("Multimodular exact solve (orders ≥ 12): Chinese remaindering checked exactly")
struct ModularSolveTests {
    @Test("A·X = B exactly, and equal to the Bareiss answer of the same system", arguments: [12, 17])
    func solvesExactly(n: Int) throws {
        try seededPropertyCheck(count: 3, seed: 0x3D + UInt64(n), input: Gen<Matrix<Rational>>.squareRationalMatrix(n)) { (a) throws in
            let b = Matrix<Rational>(rows: n, columns: 2) { i, j in Rational(i - j * 3, 1 + (i + j) % 5) }
            let x = try a.solve(b)
            #expect(a * x == b)
            let augmented = Matrix<Rational>(rows: n, columns: n + 2) { i, j in j < n ? a[i, j] : b[i, j - n] }
            #expect(Matrix<Rational>.modularSolve(augmented, n: n, m: 2) == x)
        }
    }

    @Test("a singular system of order ≥ 12 is still reported singular")
    func singularIsDecided() {
        var rows = (0..<13).map { i in (0..<13).map { j in Rational((i * 7 + j * j) % 11 - 5, 1 + j % 3) } }
        rows[12] = zip(rows[0], rows[1]).map { $0 + $1 }
        let a = Matrix(rows)
        #expect(throws: LinearAlgebraError.singular) { try a.solve(Matrix<Rational>.identity(13)) }
    }

    @Test("the primes are prime and distinct, and Montgomery products agree with plain ones")
    func primesAndMontgomery() {
        let primes = SolvePrimes.all.prefix(8)
        #expect(Set(primes).count == primes.count)
        for p in primes {
            #expect(p < (1 << 62) && p % 2 == 1 && [3, 5, 7, 11, 13].allSatisfy { p % $0 != 0 })
            let f = MontgomeryField(p)
            for (a, b) in [(UInt64(3), UInt64(5)), (p - 1, p - 1), (123_456_789_123, 987_654_321_987)] {
                let plain = p.dividingFullWidth((a % p).multipliedFullWidth(by: b % p)).remainder
                #expect(f.leave(f.mul(f.enter(word: a), f.enter(word: b))) == plain)
            }
        }
        #expect(!SolvePrimes.isPrime(3_215_031_751))  // a strong pseudoprime to bases 2, 3, 5, 7
        #expect(SolvePrimes.isPrime(1_000_000_007))
    }
}
