import FloatMath
import Testing

/// The companion matrix of the monic polynomial xⁿ + c[n−1]xⁿ⁻¹ + … + c[0]
/// (ones on the subdiagonal, −c in the last column).
func companion(_ c: [Double]) -> Matrix<Double> {
    let n = c.count
    return Matrix(rows: n, columns: n) { i, j in
        if j == n - 1 { return -c[i] }
        return i == j + 1 ? 1 : 0
    }
}

/// Monic polynomial coefficients (constant first, leading 1 dropped) with the given real roots.
func monicCoefficients(realRoots: [Double]) -> [Double] {
    var p: [Double] = [1]  // constant first
    for r in realRoots {
        var q = [Double](repeating: 0, count: p.count + 1)
        for (k, a) in p.enumerated() {
            q[k + 1] += a
            q[k] -= r * a
        }
        p = q
    }
    return Array(p.dropLast())
}

/// Whether `computed` matches `expected` as multisets within `tol` (greedy nearest match).
func matches(_ computed: [Complex<Double>], _ expected: [Complex<Double>], tol: Double) -> Bool {
    guard computed.count == expected.count else { return false }
    var remaining = expected
    for c in computed {
        guard let k = remaining.indices.min(by: { (remaining[$0] - c).length < (remaining[$1] - c).length }),
              (remaining[k] - c).length <= tol else { return false }
        remaining.remove(at: k)
    }
    return true
}

@Suite("General eigenvalues (Hessenberg + Francis double-shift QR)")
struct GeneralEigenTests {
    @Test("companion matrix with distinct real roots")
    func realRoots() throws {
        let roots: [Double] = [-3, -1, 0.5, 2, 4]
        let ev = try eigenvalues(companion(monicCoefficients(realRoots: roots)))
        #expect(matches(ev, roots.map { Complex($0, 0) }, tol: 1e-10))
        #expect(ev.allSatisfy { $0.imaginary == 0 })
        #expect(ev.map(\.real) == ev.map(\.real).sorted())
    }

    @Test("companion matrix with complex roots: (x² + 1)(x² − 2x + 5)(x − 3)")
    func complexRoots() throws {
        // x² + 1 = [1, 0, 1]; x² − 2x + 5 = [5, −2, 1]; x − 3 = [−3, 1]; multiply (constant first).
        func mul(_ a: [Double], _ b: [Double]) -> [Double] {
            var c = [Double](repeating: 0, count: a.count + b.count - 1)
            for i in a.indices { for j in b.indices { c[i + j] += a[i] * b[j] } }
            return c
        }
        let p = mul(mul([1, 0, 1], [5, -2, 1]), [-3, 1])
        #expect(p.last == 1)
        let ev = try eigenvalues(companion(Array(p.dropLast())))
        let expected = [Complex(0.0, 1), Complex(0.0, -1), Complex(1.0, 2), Complex(1.0, -2), Complex(3.0, 0)]
        #expect(matches(ev, expected, tol: 1e-10))
        // Conjugate pairs are exact.
        for z in ev where z.imaginary != 0 {
            #expect(ev.contains(Complex(z.real, -z.imaginary)))
        }
        #expect(abs(try spectralRadius(companion(Array(p.dropLast())))
            - 3) < 1e-10)
    }

    @Test("companion matrix with repeated roots (x − 1)²(x + 2)³")
    func repeatedRoots() throws {
        let ev = try eigenvalues(companion(monicCoefficients(realRoots: [1, 1, -2, -2, -2])))
        // A double root is perturbed by ~sqrt(ε), a triple one by ~ε^(1/3).
        let expected = [1.0, 1, -2, -2, -2].map { Complex($0, 0) }
        #expect(matches(ev, expected, tol: 1e-4))
        #expect(abs(try spectralRadius(companion(monicCoefficients(realRoots: [1, 1, -2, -2, -2]))) - 2) < 1e-4)
    }

    @Test("rotation matrices have eigenvalues e^{±iθ} and spectral radius 1")
    func rotations() throws {
        for k in 1..<12 {
            let theta = Double(k) * 0.5
            let c = Double.cos(theta), s = Double.sin(theta)
            let r = Matrix<Double>([[c, -s], [s, c]])
            let ev = try eigenvalues(r)
            #expect(matches(ev, [Complex(c, s), Complex(c, -s)], tol: 1e-14))
            #expect(abs(try spectralRadius(r) - 1) < 1e-14)
        }
        // The 3×3 cyclic permutation: cube roots of unity (a classic hard case for unshifted QR).
        let p = Matrix<Double>([[0, 0, 1], [1, 0, 0], [0, 1, 0]])
        let h = 0.75.squareRoot()
        #expect(matches(try eigenvalues(p), [Complex(1, 0), Complex(-0.5, h), Complex(-0.5, -h)], tol: 1e-12))
        #expect(abs(try spectralRadius(p) - 1) < 1e-12)
    }

    @Test("cyclic permutation matrices (stagnation cases that need exceptional shifts): roots of unity")
    func cyclicPermutations() throws {
        for n in 2...12 {
            let p = Matrix<Double>(rows: n, columns: n) { i, j in i == (j + 1) % n ? 1 : 0 }
            let roots = (0..<n).map { k in
                Complex(Double.cos(2 * Double.pi * Double(k) / Double(n)), Double.sin(2 * Double.pi * Double(k) / Double(n)))
            }
            let ev = try eigenvalues(p)
            #expect(matches(ev, roots, tol: 1e-12), "n = \(n): \(ev)")
            #expect(abs(try spectralRadius(p) - 1) < 1e-12)
        }
    }

    @Test("Jordan blocks: spectral radius is the eigenvalue's modulus")
    func jordanBlocks() throws {
        for n in 1...6 {
            for lambda in [0.9, -1.5, 0.0] {
                let j = Matrix<Double>(rows: n, columns: n) { i, k in i == k ? lambda : (k == i + 1 ? 1 : 0) }
                #expect(try spectralRadius(j) == abs(lambda))
                #expect(try eigenvalues(j).allSatisfy { $0 == Complex(lambda, 0) })
            }
        }
    }

    @Test("small and degenerate shapes")
    func degenerate() throws {
        #expect(try eigenvalues(Matrix<Double>(rows: 0, columns: 0, elements: [])).isEmpty)
        #expect(try eigenvalues(Matrix<Double>([[-7]])) == [Complex(-7, 0)])
        #expect(try eigenvalues(Matrix<Double>.zero(rows: 5, columns: 5)) == Array(repeating: Complex(0, 0), count: 5))
        #expect(try spectralRadius(Matrix<Double>.zero(rows: 4, columns: 4)) == 0)
        #expect(matches(try eigenvalues(Matrix<Double>([[2, 1], [1, 2]])), [Complex(1, 0), Complex(3, 0)], tol: 1e-15))
        #expect(throws: LinearAlgebraError.notSquare(rows: 2, columns: 3)) {
            try eigenvalues(Matrix<Double>.zero(rows: 2, columns: 3))
        }
        #expect(throws: LinearAlgebraError.self) {
            try eigenvalues(Matrix<Double>([[1, .nan], [0, 1]]))
        }
        #expect(throws: LinearAlgebraError.self) {
            try spectralRadius(Matrix<Double>([[1, .infinity], [0, 1]]))
        }
    }

    @Test("random matrices: the eigenvalues sum to the trace and each real one makes A − λI singular")
    func randomInvariants() throws {
        var rng = SeededGenerator(seed: 7)
        for n in [3, 5, 8, 13] {
            let a = Matrix<Double>(rows: n, columns: n) { _, _ in rng.uniform(-1, 1) }
            let ev = try eigenvalues(a)
            #expect(ev.count == n)
            let sum = ev.reduce(Complex<Double>.zero, +)
            #expect(abs(sum.real - a.trace) < 1e-11 && abs(sum.imaginary) < 1e-11)
            // Characteristic polynomial check: det(A − λI) ≈ 0 relative to scale, via LU with pivoting.
            for z in ev where z.imaginary == 0 {
                let shifted = a - z.real * Matrix<Double>.identity(n)
                #expect(smallestPivotRatio(shifted) < 1e-10)
            }
        }
    }
}

/// |last pivot| / max |pivot| of Gaussian elimination with partial pivoting: tiny when singular.
func smallestPivotRatio(_ m: Matrix<Double>) -> Double {
    var a = m.elements
    let n = m.rows
    var pivots: [Double] = []
    for k in 0..<n {
        var p = k
        for i in k..<n where abs(a[i * n + k]) > abs(a[p * n + k]) { p = i }
        if p != k { for j in 0..<n { a.swapAt(k * n + j, p * n + j) } }
        let piv = a[k * n + k]
        pivots.append(abs(piv))
        if piv == 0 { continue }
        for i in (k + 1)..<n {
            let f = a[i * n + k] / piv
            for j in k..<n { a[i * n + j] -= f * a[k * n + j] }
        }
    }
    return pivots.min()! / pivots.max()!
}

@Suite("General eigenvalues: overflow is an error, not a wrong answer")
struct GeneralEigenOverflowTests {
    @Test("entries near the overflow threshold give a typed error or finite eigenvalues, never a trap or NaN")
    func hugeEntries() {
        let a = Matrix<Double>([[1e308, 1e308, 0], [-1e308, 1e308, 1e308], [0, 1e308, -1e308]])
        do {
            let ev = try eigenvalues(a)
            #expect(ev.allSatisfy { $0.real.isFinite && $0.imaginary.isFinite })
        } catch {
            guard case .noConvergence = error else {
                Issue.record("unexpected error \(error)")
                return
            }
        }
    }
}
