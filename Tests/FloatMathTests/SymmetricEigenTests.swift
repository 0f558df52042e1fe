import FloatMath
import PropertyBased
import ProvableTesting
import Testing

/// Q·diag(λ)·Qᵀ, symmetrized exactly.
func symmetricWithSpectrum(_ lambda: [Double], _ q: Matrix<Double>) -> Matrix<Double> {
    let a = q * Matrix<Double>.diagonal(lambda) * q.transposed
    return Matrix(rows: a.rows, columns: a.columns) { i, j in 0.5 * (a[i, j] + a[j, i]) }
}

@Suite("Symmetric eigenvalues (cyclic Jacobi)")
struct SymmetricEigenTests {
    @Test("recovers a known spectrum QΛQᵀ, with orthonormal eigenvectors and AV = VΛ")
    func knownSpectrum() throws {
        var g = SeededGenerator(seed: 11)
        let lambda: [Double] = [-3, -1, 0, 0.5, 2, 2, 7]
        let q = g.randomOrthogonal(lambda.count)
        let a = symmetricWithSpectrum(lambda, q)
        let e = try symmetricEigen(a)
        for (x, y) in zip(e.values, lambda.sorted()) { #expect(abs(x - y) < 1e-13 * 7) }
        let v = e.vectors
        #expect(maxAbsDifference(v.transposed * v, .identity(lambda.count)) < 1e-13)
        #expect(maxAbsDifference(a * v, v * Matrix<Double>.diagonal(e.values)) < 1e-12)
        #expect(e.sweeps > 0 && e.sweeps < 15)
    }

    @Test("2×2, diagonal, 1×1 and empty matrices")
    func small() throws {
        #expect(zip(try symmetricEigenvalues(Matrix<Double>([[2, 1], [1, 2]])), [1.0, 3]).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(try symmetricEigenvalues(Matrix<Double>.diagonal([3, -1, 2])) == [-1, 2, 3])
        #expect(try symmetricEigenvalues(Matrix<Double>([[5]])) == [5])
        #expect(try symmetricEigenvalues(Matrix<Double>(rows: 0, columns: 0, elements: [])) == [])
        let e = try symmetricEigen(Matrix<Double>.diagonal([3, -1, 2]))
        #expect(e.sweeps == 0)
        #expect(e.vectors == Matrix<Double>([[0, 0, 1], [1, 0, 0], [0, 1, 0]]))
    }

    @Test("typed errors: not symmetric, not square, non-finite")
    func errors() {
        #expect(throws: LinearAlgebraError.notSymmetric) {
            try symmetricEigen(Matrix<Double>([[1, 2], [2.001, 1]]))
        }
        #expect(throws: LinearAlgebraError.notSquare(rows: 1, columns: 2)) {
            try symmetricEigen(Matrix<Double>([[1, 2]]))
        }
        #expect(throws: LinearAlgebraError.self) {
            try symmetricEigen(Matrix<Double>([[1, .nan], [.nan, 1]]))
        }
        // Within a stated tolerance, slightly asymmetric input is accepted and symmetrized.
        #expect((try? symmetricEigen(Matrix<Double>([[1, 2], [2 + 1e-15, 1]]), symmetryTolerance: 1e-12)) != nil)
    }

    @Test("property: Jacobi and Francis QR agree on random symmetric matrices, and the trace is preserved")
    func agreesWithGeneralEigen() throws {
        try seededPropertyCheck(count: 60, seed: 0xE16, input: zip(Gen<Int>.int(in: 1...9), Gen<UInt64>.uint64())) { n, seed in
            var g = SeededGenerator(seed: seed)
            let b = g.gaussianMatrix(rows: n, columns: n)
            let a = Matrix(rows: n, columns: n) { i, j in b[i, j] + b[j, i] }
            let jacobi = try symmetricEigenvalues(a)
            let francis = try eigenvalues(a)
            let scale = frobeniusNorm(a)
            #expect(francis.allSatisfy { abs($0.imaginary) < 1e-10 * scale })
            for (x, z) in zip(jacobi, francis.map(\.real).sorted()) {
                #expect(abs(x - z) < 1e-11 * max(scale, 1), "n = \(n), seed = \(seed)")
            }
            #expect(abs(jacobi.reduce(0, +) - a.trace) < 1e-12 * max(scale, 1) * Double(n))
        }
    }
}
