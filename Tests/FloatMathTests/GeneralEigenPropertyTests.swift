import FloatMath
import PropertyBased
import ProvableTesting
import Testing

@Suite("General eigenvalues: properties")
struct GeneralEigenPropertyTests {
    /// A = Q·T·Qᵀ with T quasi-upper-triangular: 1×1 blocks λ and 2×2 blocks [[a, b], [−b, a]]
    /// (eigenvalues a ± ib) on the diagonal, random entries above. The spectrum of A is known.
    @Test("property: recovers the known spectrum of Q·T·Qᵀ with real and complex eigenvalues")
    func knownSpectrum() throws {
        try seededPropertyCheck(count: 80, seed: 0x6E16, input: zip(Gen<Int>.int(in: 1...10), Gen<UInt64>.uint64())) { n, seed in
            var g = SeededGenerator(seed: seed)
            var t = Matrix<Double>.zero(rows: n, columns: n)
            var expected: [Complex<Double>] = []
            // Well-separated eigenvalues: real parts from a shuffled grid, imaginary parts ≥ 1.
            let grid = g.permutation(n).map { Double($0) * 1.5 - Double(n) * 0.75 }
            var i = 0
            while i < n {
                if i + 1 < n && g.bool() {
                    let a = grid[i], b = 1 + g.uniform() * 2
                    t[i, i] = a; t[i, i + 1] = b; t[i + 1, i] = -b; t[i + 1, i + 1] = a
                    expected += [Complex(a, b), Complex(a, -b)]
                    i += 2
                } else {
                    t[i, i] = grid[i]
                    expected.append(Complex(grid[i], 0))
                    i += 1
                }
            }
            for r in 0..<n { for c in 0..<n where c > r + 1 || (c == r + 1 && t[r + 1, r] == 0) { t[r, c] = g.uniform(-1, 1) } }
            let q = g.randomOrthogonal(n)
            let a = q * t * q.transposed
            let ev = try eigenvalues(a)
            #expect(matches(ev, expected, tol: 1e-8 * Double(n)), "n = \(n), seed = \(seed): \(ev) vs \(expected)")
            let rho = try spectralRadius(a)
            #expect(abs(rho - expected.map(\.length).max()!) < 1e-8 * Double(n))
        }
    }

    @Test("property: companion matrices of random monic polynomials with integer roots")
    func companionProperty() throws {
        try seededPropertyCheck(count: 60, seed: 0xC0, input: zip(Gen<Int>.int(in: 1...7), Gen<UInt64>.uint64())) { n, seed in
            var g = SeededGenerator(seed: seed)
            let roots = (0..<n).map { _ in Double(g.int(in: -4...4)) }
            let ev = try eigenvalues(companion(monicCoefficients(realRoots: roots)))
            // Multiplicity up to 7: perturbation ~ (ε‖C‖)^(1/m); allow 0.05 for safety, and
            // check the spectral radius with the same allowance.
            #expect(matches(ev, roots.map { Complex($0, 0) }, tol: 0.05), "roots \(roots): \(ev)")
            #expect(abs(try spectralRadius(companion(monicCoefficients(realRoots: roots))) - roots.map(abs).max()!) < 0.05)
        }
    }

    @Test("a 60×60 random matrix converges, conjugate pairs are exact, and |λ| ≤ ‖A‖₂")
    func larger() throws {
        var g = SeededGenerator(seed: 60)
        let a = g.gaussianMatrix(rows: 60, columns: 60)
        let ev = try eigenvalues(a)
        #expect(ev.count == 60)
        for z in ev where z.imaginary != 0 { #expect(ev.contains(z.conjugate)) }
        #expect(abs(ev.reduce(Complex<Double>.zero, +).real - a.trace) < 1e-10)
        #expect(try spectralRadius(a) <= spectralNorm(a) * (1 + 1e-12))
    }
}
