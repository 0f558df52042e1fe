import Testing
import ExactMath

@Suite("Kronecker product")
struct KroneckerTests {
    @Test("entries, shape and (A ⊗ B) vec X = vec(A X Bᵀ) in row-major vectorisation")
    func vecIdentity() {
        let a = Matrix<Rational>([[1, 2], [3, Rational(1, 2)]])
        let b = Matrix<Rational>([[0, -1, 4], [2, 5, Rational(-1, 3)]])
        let k = a.kronecker(b)
        #expect(k.rows == 4 && k.columns == 6)
        #expect(k[3, 5] == Rational(1, 2) * Rational(-1, 3))
        #expect(k[1, 2] == 1 * Rational(-1, 3))
        let x = Matrix<Rational>(rows: 2, columns: 3) { i, j in Rational(i * 3 + j + 1, 2) }
        let lhs = k * Vector(x.elements)
        let rhs = (a * x * b.transposed).elements
        #expect(lhs.elements == rhs)
    }

    @Test("mixed product: (A ⊗ B)(C ⊗ D) = AC ⊗ BD")
    func mixedProduct() {
        let a = Matrix<Rational>([[1, 2], [0, -1]]), b = Matrix<Rational>([[3, 1], [1, 1]])
        let c = Matrix<Rational>([[2, 0], [1, 1]]), d = Matrix<Rational>([[1, -2], [0, Rational(1, 3)]])
        #expect(a.kronecker(b) * c.kronecker(d) == (a * c).kronecker(b * d))
    }
}
