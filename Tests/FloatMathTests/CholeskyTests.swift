import FloatMath
import PropertyBased
import ProvableTesting
import Testing

@Suite("Cholesky")
struct CholeskyTests {
    @Test("LLᵀ reproduces a known SPD matrix; L is lower triangular with positive diagonal")
    func knownMatrix() throws {
        let a = Matrix<Double>([[4, 12, -16], [12, 37, -43], [-16, -43, 98]])
        let l = try cholesky(a)
        #expect(l == Matrix<Double>([[2, 0, 0], [6, 1, 0], [-8, 5, 3]]))
        #expect(l * l.transposed == a)
    }

    @Test("a non-PD matrix is rejected naming the first non-positive leading minor")
    func notPositiveDefinite() {
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 1)) {
            try cholesky(Matrix<Double>([[-1, 0], [0, 1]]))
        }
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 2)) {
            try cholesky(Matrix<Double>([[1, 2], [2, 1]]))
        }
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 3)) {
            try cholesky(Matrix<Double>([[2, 0, 0], [0, 3, 0], [0, 0, 0]]))
        }
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 1)) {
            try cholesky(Matrix<Double>([[.nan]]))
        }
    }

    @Test("non-symmetric and non-square inputs get typed errors")
    func shapeErrors() {
        #expect(throws: LinearAlgebraError.notSymmetric) {
            try cholesky(Matrix<Double>([[2, 1], [0, 2]]))
        }
        #expect(throws: LinearAlgebraError.notSquare(rows: 1, columns: 2)) {
            try cholesky(Matrix<Double>([[2, 1]]))
        }
    }

    @Test("the empty matrix factors to the empty matrix")
    func empty() throws {
        let l = try cholesky(Matrix<Double>(rows: 0, columns: 0, elements: []))
        #expect(l.rows == 0)
    }

    @Test("property: random SPD matrices BᵀB + I factor with LLᵀ = A to 1e-13 relative, L lower triangular")
    func randomSPD() throws {
        try seededPropertyCheck(count: 100, seed: 0xC401, input: zip(Gen<Int>.int(in: 1...12), Gen<UInt64>.uint64())) { n, seed in
            var g = SeededGenerator(seed: seed)
            let b = g.gaussianMatrix(rows: n, columns: n)
            let a = b.transposed * b + Matrix<Double>.identity(n)
            let l = try cholesky(a)
            for i in 0..<n {
                #expect(l[i, i] > 0)
                for j in (i + 1)..<max(n, i + 1) { #expect(l[i, j] == 0) }
            }
            #expect(maxAbsDifference(l * l.transposed, a) < 1e-13 * frobeniusNorm(a), "n = \(n), seed = \(seed)")
            // Making it indefinite at a chosen order k is reported as that leading minor.
            let k = g.int(below: n)
            var c = Matrix<Double>.identity(n)
            c[k, k] = -1
            #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: k + 1)) { try cholesky(c) }
        }
    }
}
