import FloatMath
import PropertyBased
import ProvableTesting
import Testing

@Suite("Norms")
struct NormsTests {
    @Test("Frobenius and spectral norms of known matrices")
    func knownMatrices() throws {
        let a = Matrix<Double>([[1, 2], [3, 4]])
        #expect(abs(frobeniusNorm(a) - 30.0.squareRoot()) < 1e-15)
        // σ_max² = (30 + √884)/2.
        let sigma = try spectralNorm(a)
        #expect(abs(sigma - ((30 + 884.0.squareRoot()) / 2).squareRoot()) < 1e-13, "\(sigma)")
        // Non-square, both orientations: σ of [[3, 0, 0], [0, 4, 0]] are 3 and 4.
        let r = Matrix<Double>([[3, 0, 0], [0, -4, 0]])
        #expect(try spectralNorm(r) == 4)
        #expect(try spectralNorm(r.transposed) == 4)
        #expect(try spectralNorm(Matrix<Double>.zero(rows: 3, columns: 2)) == 0)
        #expect(try spectralNorm(Matrix<Double>(rows: 0, columns: 0, elements: [])) == 0)
        // Orthogonally similar to diag(λ): ‖A‖₂ = max|λ|.
        var g = SeededGenerator(seed: 12)
        let q = g.randomOrthogonal(6)
        let s = symmetricWithSpectrum([-9, 1, 2, 3, 4, 5], q)
        #expect(abs(try spectralNorm(s) - 9) < 1e-12)
        // Large entries do not overflow.
        let big = Matrix<Double>([[3e200, 0], [0, 4e200]])
        #expect(abs(frobeniusNorm(big) - 5e200) < 1e186)
        #expect(abs(try spectralNorm(big) - 4e200) < 1e186)
    }

    @Test("vector p-norms")
    func vectorNorms() throws {
        let v: [Double] = [3, -4, 12]
        #expect(try vectorNorm(v, p: 1) == 19)
        #expect(try vectorNorm(v, p: 2) == 13)
        #expect(try vectorNorm(v, p: .infinity) == 12)
        #expect(abs(try vectorNorm(v, p: 3) - 12.207054953820636) < 1e-13)  // 1819^(1/3)
        #expect(try Vector<Double>(v).norm(p: 2) == 13)
        #expect(try v.norm(p: 1) == 19)
        #expect(try vectorNorm([], p: 2) == 0)
        #expect(abs(try vectorNorm([1e300, 1e300], p: 2) - 2.0.squareRoot() * 1e300) < 1e285)
        #expect(throws: InvalidNormOrder(p: 0.5)) { try vectorNorm(v, p: 0.5) }
        #expect(throws: InvalidNormOrder.self) { try vectorNorm(v, p: .nan) }
    }

    @Test("property: ‖v‖∞ ≤ ‖v‖_p ≤ ‖v‖₁, the norms decrease in p, and the triangle inequality holds")
    func vectorNormProperties() throws {
        try seededPropertyCheck(count: 150, seed: 0x40E, input: zip(Gen<Int>.int(in: 1...12), Gen<UInt64>.uint64())) { n, seed in
            var g = SeededGenerator(seed: seed)
            let x = g.gaussianVector(n), y = g.gaussianVector(n)
            let ps: [Double] = [1, 1.5, 2, 3, 7, .infinity]
            let norms = try ps.map { p in try vectorNorm(x, p: p) }
            for k in 1..<norms.count { #expect(norms[k] <= norms[k - 1] * (1 + 1e-14)) }
            for p in ps {
                let sum = zip(x, y).map { $0 + $1 }
                #expect(try vectorNorm(sum, p: p) <= (try vectorNorm(x, p: p) + vectorNorm(y, p: p)) * (1 + 1e-14))
            }
        }
    }

    @Test("property: ‖A‖₂ ≤ ‖A‖_F ≤ √rank·‖A‖₂ and ‖Ax‖₂ ≤ ‖A‖₂‖x‖₂")
    func matrixNormProperties() throws {
        try seededPropertyCheck(count: 60, seed: 0x40F, input: zip(Gen<Int>.int(in: 1...7), Gen<Int>.int(in: 1...7), Gen<UInt64>.uint64())) { m, n, seed in
            var g = SeededGenerator(seed: seed)
            let a = g.gaussianMatrix(rows: m, columns: n)
            let s = try spectralNorm(a), f = frobeniusNorm(a)
            #expect(s <= f * (1 + 1e-13))
            #expect(f <= Double(min(m, n)).squareRoot() * s * (1 + 1e-13))
            let x = g.gaussianVector(n)
            let ax = (a * Vector(x)).elements
            #expect(try vectorNorm(ax, p: 2) <= s * vectorNorm(x, p: 2) * (1 + 1e-12))
        }
    }
}
