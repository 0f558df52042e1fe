import PropertyBased
import ProvableTesting
import Testing
import ExactMath

/// The generic `OrderedField` solve (partial pivoting), bypassing the fraction-free
/// `Matrix<Rational>` overload.
func genericSolve<T: OrderedField>(_ a: Matrix<T>, _ b: Matrix<T>) throws -> Matrix<T> { try a.solve(b) }
func genericInverse<T: OrderedField>(_ a: Matrix<T>) throws -> Matrix<T> { try a.inverse() }

@Suite("Linear solve, inverse and rank")
struct LinearSolveTests {
    @Test("A·solve(A, b) == b exactly, for every size up to 6", arguments: 1...6)
    func solveRoundTrip(n: Int) throws {
        let input = zip(Gen<Matrix<Rational>>.squareRationalMatrix(n), Gen<Vector<Rational>>.rationalVector(count: n))
        try seededPropertyCheck(count: 25, seed: 0x501E + UInt64(n), input: input) { (a, b) throws in
            guard try a.determinant() != 0 else { return }
            let x = try a.solve(b)
            #expect(a * x == b)
            #expect(x.elements == (try genericSolve(a, b.columnMatrix)).elements)
        }
    }

    @Test("A·A⁻¹ = A⁻¹·A = I exactly, and the generic path agrees")
    func inverseRoundTrip() throws {
        try seededPropertyCheck(count: 30, seed: 0x1E5, input: Gen<Matrix<Rational>>.squareRationalMatrix(5)) { (a) throws in
            guard try a.determinant() != 0 else { return }
            let inverse = try a.inverse()
            #expect(a * inverse == .identity(5))
            #expect(inverse * a == .identity(5))
            #expect(inverse == (try genericInverse(a)))
            #expect(try inverse.determinant() == 1 / (try a.determinant()))
        }
    }

    @Test("multiple right-hand sides")
    func matrixRightHandSide() throws {
        let input = zip(Gen<Matrix<Rational>>.squareRationalMatrix(4), Gen<Matrix<Rational>>.rationalMatrix(rows: 4, columns: 3))
        try seededPropertyCheck(count: 30, seed: 0x3B, input: input) { (a, b) throws in
            guard try a.determinant() != 0 else { return }
            #expect(a * (try a.solve(b)) == b)
        }
    }

    @Test("Float64 solve has a small residual on well-conditioned systems")
    func doubleSolve() throws {
        let input = zip(Gen<Matrix<Rational>>.symmetricPositiveDefinite(6), Gen<Vector<Rational>>.rationalVector(count: 6))
        try seededPropertyCheck(count: 30, seed: 0xF64, input: input) { (a, b) throws in
            let exact = try a.solve(b)
            let approx = try a.doubleValue.solve(b.doubleValue)
            for i in 0..<6 {
                #expect(abs(approx[i] - exact[i].doubleValue) <= 1e-10 * Swift.max(1, abs(exact[i].doubleValue)))
            }
        }
    }

    @Test("singular and mis-shaped input gives typed errors")
    func errors() throws {
        let singular = Matrix<Rational>([[1, 2, 3], [2, 4, 6], [0, 1, 1]])
        #expect(throws: LinearAlgebraError.singular) { try singular.solve(Vector<Rational>([1, 2, 3])) }
        #expect(throws: LinearAlgebraError.singular) { try singular.inverse() }
        #expect(throws: LinearAlgebraError.singular) { try genericInverse(singular) }
        #expect(throws: LinearAlgebraError.singular) { try singular.doubleValue.inverse() }
        #expect(throws: LinearAlgebraError.notSquare(rows: 2, columns: 3)) {
            try Matrix<Rational>(rows: 2, columns: 3, repeating: 1).solve(Vector<Rational>([1, 2]))
        }
        #expect(throws: LinearAlgebraError.notSquare(rows: 2, columns: 3)) {
            try Matrix<Double>(rows: 2, columns: 3, repeating: 1).inverse()
        }
        #expect(throws: LinearAlgebraError.self) {
            try Matrix<Rational>.identity(3).solve(Vector<Rational>([1, 2]))
        }
        #expect(throws: LinearAlgebraError.self) {
            try Matrix<Double>.identity(3).solve(Matrix<Double>.identity(2))
        }
        #expect(try Matrix<Rational>(rows: 0, columns: 0, elements: []).inverse().rows == 0)
    }

    @Test("rank of products B·C with B n×r, C r×n is at most r, and r generically")
    func rankOfProducts() throws {
        for r in 0...4 {
            let input = zip(Gen<Matrix<Rational>>.rationalMatrix(rows: 5, columns: r),
                            Gen<Matrix<Rational>>.rationalMatrix(rows: r, columns: 5))
            seededPropertyCheck(count: 15, seed: 0x2A4C + UInt64(r), input: input) { b, c in
                let product = b * c
                #expect(product.rank <= Swift.min(b.rank, c.rank))
                #expect(product.rank == r)               // random factors have full rank r
                #expect(product.rank(tolerance: 0) == product.rank)
                #expect(product.transposed.rank == product.rank)
                #expect(product.doubleValue.rank(tolerance: 1e-9) == r)
            }
        }
        #expect(Matrix<Rational>.zero(rows: 3, columns: 4).rank == 0)
        #expect(Matrix<Rational>([[0, 0, 1], [0, 0, 2], [0, 1, 0]]).rank == 2)
        #expect(Matrix<Rational>([[1, 2, 3, 4]]).rank == 1)
    }
}
