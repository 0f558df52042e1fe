import FloatMath
import PropertyBased
import ProvableTesting
import Testing

@Suite("Seeded random draws: reproducibility and statistical sanity")
struct RandomDrawTests {
    @Test("the same seed gives identical sequences; different streams differ")
    func reproducibility() {
        var a = SeededGenerator(seed: 99), b = SeededGenerator(seed: 99)
        for _ in 0..<1000 { #expect(a.next() == b.next()) }
        var c = SeededGenerator(seed: 99), d = SeededGenerator(seed: 99)
        #expect(c.gaussianVector(257) == d.gaussianVector(257))
        #expect(c.permutation(31) == d.permutation(31))
        #expect(c.randomOrthogonal(6) == d.randomOrthogonal(6))
        var s0 = SeededGenerator.stream(seed: 7, index: 0), s1 = SeededGenerator.stream(seed: 7, index: 1)
        let x0 = (0..<8).map { _ in s0.next() }, x1 = (0..<8).map { _ in s1.next() }
        #expect(x0 != x1)
        var t = SeededGenerator.stream(seed: 8, index: 0)
        #expect((0..<8).map { _ in t.next() } != x0)
    }

    @Test("uniform(): mean 1/2 and variance 1/12 within 4 standard errors (n = 100 000)")
    func uniformMoments() {
        var g = SeededGenerator(seed: 1)
        let n = 100_000
        let s = SampleSummary((0..<n).map { _ in g.uniform() })
        #expect(abs(s.mean - 0.5) < 4 * (1.0 / 12 / Double(n)).squareRoot())
        // Var(sample variance) ≈ (μ₄ − σ⁴)/n with μ₄ = 1/80, σ² = 1/12.
        #expect(abs(s.variance - 1.0 / 12) < 4 * ((1.0 / 80 - 1.0 / 144) / Double(n)).squareRoot())
        #expect(s.minimum >= 0 && s.maximum < 1)
    }

    @Test("gaussian(): mean 0, variance 1, kurtosis 3 and the 95% mass within 4 standard errors (n = 100 000)")
    func gaussianMoments() {
        var g = SeededGenerator(seed: 2)
        let n = 100_000
        let z = g.gaussianVector(n)
        let s = SampleSummary(z)
        #expect(abs(s.mean) < 4 / Double(n).squareRoot())
        #expect(abs(s.variance - 1) < 4 * (2 / Double(n)).squareRoot())
        let m4 = z.reduce(0) { $0 + $1 * $1 * $1 * $1 } / Double(n)
        #expect(abs(m4 - 3) < 4 * (96 / Double(n)).squareRoot())
        let inside = Double(z.filter { abs($0) < 1.959963984540054 }.count) / Double(n)
        #expect(abs(inside - 0.95) < 4 * (0.95 * 0.05 / Double(n)).squareRoot())
        // The mean/sd parameterization is an affine map of the same draws.
        var h = SeededGenerator(seed: 2)
        #expect(h.gaussian(mean: 3, standardDeviation: 2) == 3 + 2 * z[0])
        var m = SeededGenerator(seed: 2)
        let mat = m.gaussianMatrix(rows: 3, columns: 4)
        #expect(mat.rows == 3 && mat.columns == 4 && mat.elements == Array(z.prefix(12)))
    }

    @Test("permutation(3): all 6 orders equally likely — chi-square (df 5) below 20.52, the 0.1% critical value")
    func permutationUniformity() {
        var g = SeededGenerator(seed: 3)
        var counts: [[Int]: Int] = [:]
        let trials = 60_000
        for _ in 0..<trials { counts[g.permutation(3), default: 0] += 1 }
        #expect(counts.count == 6)
        let expected = Double(trials) / 6
        let chiSquare = counts.values.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        #expect(chiSquare < 20.515)
    }

    @Test("shuffle keeps the multiset; edge sizes")
    func shuffle() {
        var g = SeededGenerator(seed: 4)
        var words = ["a", "b", "c", "d", "e", "f", "g"]
        g.shuffle(&words)
        #expect(words.sorted() == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(g.permutation(0) == [])
        #expect(g.permutation(-3) == [])
        #expect(g.permutation(1) == [0])
        var one = [42]
        g.shuffle(&one)
        #expect(one == [42])
    }

    @Test("randomOrthogonal: QᵀQ = I to 1e-12 for sizes 1…40")
    func orthogonality() {
        var g = SeededGenerator(seed: 5)
        for n in [1, 2, 3, 5, 8, 13, 21, 40] {
            let q = g.randomOrthogonal(n)
            let err = maxAbsDifference(q.transposed * q, .identity(n))
            #expect(err < 1e-12, "n = \(n): ‖QᵀQ − I‖_max = \(err)")
        }
        #expect(g.randomOrthogonal(0).rows == 0)
    }

    @Test("randomOrthogonal is Haar: E[Q₁₁] = 0, E[Q₁₁²] = 1/n, and det = −1 half the time (n = 3)")
    func haarMoments() {
        var g = SeededGenerator(seed: 6)
        let trials = 20_000, n = 3
        var first = SampleSummary(), square = SampleSummary()
        var negativeDeterminants = 0
        for _ in 0..<trials {
            let q = g.randomOrthogonal(n)
            first.add(q[0, 0])
            square.add(q[0, 0] * q[0, 0])
            if determinant3(q) < 0 { negativeDeterminants += 1 }
        }
        // Without the sign fix, Q₁₁ is biased (its sign follows −sign(G₁₁)): E[Q₁₁] ≠ 0.
        #expect(abs(first.mean) < 4 * first.standardError)
        #expect(abs(square.mean - 1.0 / Double(n)) < 4 * square.standardError)
        let fraction = Double(negativeDeterminants) / Double(trials)
        #expect(abs(fraction - 0.5) < 4 * (0.25 / Double(trials)).squareRoot())
    }

    @Test("property: a permutation of 0..<n contains each index once")
    func permutationProperty() {
        seededPropertyCheck(count: 200, seed: 0xFEED, input: zip(Gen<Int>.int(in: 0...50), Gen<UInt64>.uint64())) { n, seed in
            var g = SeededGenerator(seed: seed)
            #expect(g.permutation(n).sorted() == Array(0..<n))
        }
    }
}

/// max |a_ij − b_ij|.
func maxAbsDifference(_ a: Matrix<Double>, _ b: Matrix<Double>) -> Double {
    zip(a.elements, b.elements).reduce(0) { max($0, abs($1.0 - $1.1)) }
}

private func determinant3(_ q: Matrix<Double>) -> Double {
    q[0, 0] * (q[1, 1] * q[2, 2] - q[1, 2] * q[2, 1])
        - q[0, 1] * (q[1, 0] * q[2, 2] - q[1, 2] * q[2, 0])
        + q[0, 2] * (q[1, 0] * q[2, 1] - q[1, 1] * q[2, 0])
}
