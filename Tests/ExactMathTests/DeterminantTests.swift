import PropertyBased
import ProvableTesting
import Testing
import ExactMath

/// Plain Gaussian elimination in `Rational` through the generic `OrderedField` path
/// (an independent algorithm from the fraction-free Bareiss overload).
func gaussianDeterminant<T: OrderedField>(_ a: Matrix<T>) throws -> T { try a.eliminationDeterminant() }

/// The determinant by the Leibniz expansion along the first row (tiny matrices only).
func laplaceDeterminant(_ a: Matrix<Rational>) -> Rational {
    let n = a.rows
    if n == 0 { return 1 }
    var total = Rational.zero
    for j in 0..<n {
        let minor = a.submatrix(rows: Array(1..<n), columns: (0..<n).filter { $0 != j })
        let term = a[0, j] * laplaceDeterminant(minor)
        total = j % 2 == 0 ? total + term : total - term
    }
    return total
}

@Suite("Determinant: Bareiss (1968) fraction-free elimination")
struct DeterminantTests {
    @Test("det(AB) = det(A)·det(B)")
    func multiplicative() throws {
        let pair = zip(Gen<Matrix<Rational>>.squareRationalMatrix(4), Gen<Matrix<Rational>>.squareRationalMatrix(4))
        try seededPropertyCheck(count: 60, seed: 0xDE7, input: pair) { (a, b) throws in
            #expect(try (a * b).determinant() == a.determinant() * b.determinant())
        }
    }

    @Test("Bareiss agrees with rational Gaussian elimination and with Laplace expansion", arguments: 1...6)
    func agreesWithGaussian(n: Int) throws {
        try seededPropertyCheck(count: 30, seed: 0xBA2E155 + UInt64(n),
                                input: Gen<Matrix<Rational>>.squareRationalMatrix(n, numerators: -100...100, denominators: 1...100)) { (a) throws in
            let det = try a.determinant()
            #expect(det == (try gaussianDeterminant(a)))
            if n <= 4 { #expect(det == laplaceDeterminant(a)) }
            // Float64 LU gives nearly the same number.
            let approx = try a.doubleValue.determinant()
            #expect(abs(approx - det.doubleValue) <= 1e-9 * Swift.max(1, abs(det.doubleValue)))
        }
    }

    @Test("swapping two rows negates; scaling a row scales; adding a multiple of a row keeps")
    func rowOperations() throws {
        try seededPropertyCheck(count: 40, seed: 0x5A7, input: zip(Gen<Matrix<Rational>>.squareRationalMatrix(5), Gen<Rational>.rational())) { (a, c) throws in
            let det = try a.determinant()
            var swapped = a, scaled = a, sheared = a
            for j in 0..<5 {
                swapped[0, j] = a[3, j]; swapped[3, j] = a[0, j]
                scaled[2, j] = c * a[2, j]
                sheared[4, j] = a[4, j] + c * a[1, j]
            }
            #expect(try swapped.determinant() == -det)
            #expect(try scaled.determinant() == c * det)
            #expect(try sheared.determinant() == det)
        }
    }

    @Test("triangular: the product of the diagonal")
    func triangular() throws {
        try seededPropertyCheck(count: 40, seed: 0x7A1, input: Gen<Matrix<Rational>>.squareRationalMatrix(7)) { (a) throws in
            let lower = Matrix(rows: 7, columns: 7) { i, j in j <= i ? a[i, j] : .zero }
            let diagonalProduct = (0..<7).reduce(Rational.one) { $0 * a[$1, $1] }
            #expect(try lower.determinant() == diagonalProduct)
            #expect(try lower.transposed.determinant() == diagonalProduct)
        }
    }

    @Test("singular matrices have determinant exactly 0")
    func singular() throws {
        try seededPropertyCheck(count: 40, seed: 0x5146, input: zip(Gen<Matrix<Rational>>.squareRationalMatrix(5), Gen<Rational>.rational())) { (a, c) throws in
            var b = a
            for j in 0..<5 { b[4, j] = a[0, j] + c * a[2, j] }     // row 4 depends on rows 0, 2
            #expect(try b.determinant() == 0)
            #expect(try b.transposed.determinant() == 0)
            #expect(try gaussianDeterminant(b) == 0)
        }
        // A zero leading entry forces a row exchange; a zero column gives 0.
        let needsPivot = Matrix<Rational>([[0, 1, 2], [3, 4, 5], [6, 7, 9]])
        #expect(try needsPivot.determinant() == -3)
        #expect(try Matrix<Rational>([[0, 1], [0, 2]]).determinant() == 0)
        #expect(try Matrix<Rational>.zero(rows: 3, columns: 3).determinant() == 0)
    }

    @Test("shapes: 0×0 is 1, non-square is a typed error")
    func shapes() throws {
        #expect(try Matrix<Rational>(rows: 0, columns: 0, elements: []).determinant() == 1)
        #expect(try Matrix<Rational>([[Rational(-2, 3)]]).determinant() == Rational(-2, 3))
        #expect(throws: LinearAlgebraError.notSquare(rows: 2, columns: 3)) {
            try Matrix<Rational>(rows: 2, columns: 3, repeating: 1).determinant()
        }
        #expect(throws: LinearAlgebraError.notSquare(rows: 3, columns: 2)) {
            try Matrix<Double>(rows: 3, columns: 2, repeating: 1).determinant()
        }
    }

    @Test("12×12 with entries p/q, |p|, q ≤ 100: Bareiss equals rational Gaussian elimination")
    func twelveByTwelve() throws {
        try seededPropertyCheck(count: 2, seed: 0x12,
                                input: Gen<Matrix<Rational>>.squareRationalMatrix(12, numerators: -100...100, denominators: 1...100)) { (a) throws in
            let det = try a.determinant()
            #expect(!det.isZero)
            #expect(det == (try gaussianDeterminant(a)))
        }
    }
}
