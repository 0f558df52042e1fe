import FloatMath
import PropertyBased
import ProvableTesting
import Testing
import ExactMath

/// All subsets of 0..<n (for brute-force principal minors of small matrices).
func subsets(_ n: Int) -> [[Int]] {
    (1..<(1 << n)).map { mask in (0..<n).filter { mask & (1 << $0) != 0 } }
}

/// Definiteness by brute force over principal minors (independent of LDLᵀ):
/// A ⪰ 0 iff every principal minor is ≥ 0; A ≻ 0 iff every leading minor is > 0.
func bruteForceDefiniteness(_ a: Matrix<Rational>) throws -> Definiteness {
    let n = a.rows
    func psd(_ m: Matrix<Rational>) throws -> Bool {
        try subsets(n).allSatisfy { try m.submatrix(rows: $0, columns: $0).determinant() >= 0 }
    }
    func pd(_ m: Matrix<Rational>) throws -> Bool {
        try (1...n).allSatisfy { k in try m.submatrix(rows: Array(0..<k), columns: Array(0..<k)).determinant() > 0 }
    }
    if a.elements.allSatisfy(\.isZero) { return .zero }
    if try pd(a) { return .positiveDefinite }
    if try pd(-a) { return .negativeDefinite }
    if try psd(a) { return .positiveSemidefinite }
    if try psd(-a) { return .negativeSemidefinite }
    return .indefinite
}

/// Symmetric matrices Bᵀ·diag(s)·B with signs s ∈ {−1, 0, 1, 2} and B sometimes
/// rank-deficient: every definiteness class occurs.
let mixedSymmetric: Generator<Matrix<Rational>, Shrink.None<Matrix<Rational>>> = Generator { rng in
    let n = 4
    let b = Gen<Matrix<Rational>>.rationalMatrix(rows: n, columns: n, numerators: -3...3, denominators: 1...2).run(using: &rng)
    let choices: [[Rational]] = [[1, 2, 1, 1], [1, 1, 0, 0], [-1, -2, -1, -1], [-1, 0, -1, 0], [1, -1, 2, 0], [0, 0, 0, 0], [0, 0, 0, 1]]
    let s = choices[Int.random(in: 0...(choices.count - 1), using: &rng)]
    return b.transposed * .diagonal(s) * b
}

@Suite("LDLᵀ and exact definiteness")
struct LDLTTests {
    @Test("L·D·Lᵀ reconstructs A exactly; L is unit lower triangular")
    func reconstruction() throws {
        try seededPropertyCheck(count: 40, seed: 0x1D17, input: Gen<Matrix<Rational>>.symmetricPositiveDefinite(6)) { (a) throws in
            let f = try a.ldlt()
            #expect(f.reconstructed == a)
            #expect(f == (try a.positiveDefiniteLDLT()))
            for i in 0..<6 {
                #expect(f.l[i, i] == 1)
                for j in (i + 1)..<6 { #expect(f.l[i, j] == 0) }
            }
            #expect(f.d.allSatisfy { $0 > 0 })
        }
        // Indefinite but with nonzero leading minors: the factorization exists, D has both signs.
        let input = Gen<Matrix<Rational>>.squareRationalMatrix(5).map { m in m + m.transposed }
        var factored = 0
        try seededPropertyCheck(count: 40, seed: 0x1D18, input: input) { (a) throws in
            guard let f = try? a.ldlt() else { return }
            factored += 1
            #expect(f.reconstructed == a)
            // d_k = Δ_k / Δ_{k−1}.
            var previous = Rational.one
            for k in 1...5 {
                let minor = try a.submatrix(rows: Array(0..<k), columns: Array(0..<k)).determinant()
                #expect(f.d[k - 1] * previous == minor)
                previous = minor
            }
        }
        // Random symmetric rational matrices almost surely have nonzero leading minors.
        #expect(factored >= 30, "only \(factored) of 40 indefinite samples were factored")
    }

    @Test("positive definite: BᵀB + I yes; shifted down by a large multiple of I no")
    func positiveDefiniteDecisions() throws {
        try seededPropertyCheck(count: 40, seed: 0x9D, input: Gen<Matrix<Rational>>.symmetricPositiveDefinite(5)) { (a) throws in
            #expect(a.isPositiveDefinite)
            #expect(a.isPositiveSemidefinite)
            #expect(try a.definiteness() == .positiveDefinite)
            // A − (tr A)·I has the eigenvalue λ_min − tr A < 0 (and λ_max − tr A < 0): negative definite.
            let shifted = a - a.trace * .identity(5)
            #expect(!shifted.isPositiveDefinite && !shifted.isPositiveSemidefinite)
            // Subtracting (1 + A₀₀)·e₀e₀ᵀ makes the first leading minor negative.
            var firstNegative = a
            firstNegative[0, 0] = -1
            #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 1)) { try firstNegative.positiveDefiniteLDLT() }
        }
    }

    @Test("the failing leading minor is named exactly")
    func failingLeadingMinor() throws {
        try seededPropertyCheck(count: 60, seed: 0x1EAD, input: mixedSymmetric) { (a) throws in
            let firstBad = try (1...4).first { k in
                try a.submatrix(rows: Array(0..<k), columns: Array(0..<k)).determinant() <= 0
            }
            if let k = firstBad {
                #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: k)) { try a.positiveDefiniteLDLT() }
                #expect(!a.isPositiveDefinite)
            } else {
                #expect(a.isPositiveDefinite)
            }
        }
    }

    @Test("definiteness agrees with brute-force principal minors, in every class")
    func definitenessAgreesWithMinors() throws {
        var seen = Set<String>()
        try seededPropertyCheck(count: 120, seed: 0xDEF1, input: mixedSymmetric) { (a) throws in
            let decided = try a.definiteness()
            #expect(decided == (try bruteForceDefiniteness(a)), "\(a)")
            #expect(a.isPositiveSemidefinite == decided.isPositiveSemidefinite)
            seen.insert(decided.description)
        }
        #expect(seen.count == 6, "classes seen: \(seen)")
    }

    @Test("PSD but singular: BᵀB with B of rank < n")
    func semidefiniteSingular() throws {
        try seededPropertyCheck(count: 40, seed: 0x95D, input: Gen<Matrix<Rational>>.symmetricPositiveSemidefinite(5, rank: 3)) { (a) throws in
            #expect(a.isPositiveSemidefinite)
            #expect(!a.isPositiveDefinite)
            #expect(try a.definiteness() == .positiveSemidefinite)
            #expect(try (-a).definiteness() == .negativeSemidefinite)
            // Perturbing by −ε·e₄e₄ᵀ with a vector in the kernel direction breaks PSD.
            var perturbed = a
            perturbed[4, 4] -= Rational(1, 1_000_000)
            let brute = try bruteForceDefiniteness(perturbed)
            #expect(perturbed.isPositiveSemidefinite == brute.isPositiveSemidefinite)
        }
        // Hand-made cases: a zero pivot with a nonzero remainder in its column is indefinite.
        let zeroPivot = Matrix<Rational>([[0, 1], [1, 0]])
        #expect(!zeroPivot.isPositiveSemidefinite)
        #expect(try zeroPivot.definiteness() == .indefinite)
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 1)) { try zeroPivot.ldlt() }
        let zeroFirst = Matrix<Rational>([[0, 0, 0], [0, 2, 1], [0, 1, 1]])
        #expect(try zeroFirst.definiteness() == .positiveSemidefinite)
        #expect(try zeroFirst.ldlt().reconstructed == zeroFirst)
        #expect(try Matrix<Rational>.zero(rows: 3, columns: 3).definiteness() == .zero)
        #expect(try Matrix<Rational>(rows: 0, columns: 0, elements: []).definiteness() == .positiveDefinite)
    }

    @Test("asymmetric and non-square input gives typed errors")
    func errors() {
        let asymmetric = Matrix<Rational>([[2, 1], [0, 2]])
        #expect(throws: LinearAlgebraError.notSymmetric) { try asymmetric.ldlt() }
        #expect(throws: LinearAlgebraError.notSymmetric) { try asymmetric.definiteness() }
        #expect(!asymmetric.isPositiveDefinite && !asymmetric.isPositiveSemidefinite)
        #expect(throws: LinearAlgebraError.notSquare(rows: 2, columns: 3)) {
            try Matrix<Rational>(rows: 2, columns: 3, repeating: 0).positiveDefiniteLDLT()
        }
    }

    /// Tolerance: on these matrices (entries ≤ ~100, condition number ≲ 10⁴) Float64
    /// Cholesky is backward stable with error ≲ n·ε·‖A‖, so 1e-9 relative to the largest
    /// entry of L·√D is generous but still catches any algorithmic disagreement.
    @Test("L·√D agrees with Float64 Cholesky (FloatMath.cholesky) on well-conditioned matrices")
    func agreesWithFloatCholesky() throws {
        try seededPropertyCheck(count: 40, seed: 0xC401, input: Gen<Matrix<Rational>>.symmetricPositiveDefinite(6)) { (a) throws in
            let f = try a.positiveDefiniteLDLT()
            let exactFactor = Matrix<Double>(rows: 6, columns: 6) { i, j in
                f.l[i, j].doubleValue * f.d[j].doubleValue.squareRoot()
            }
            let float = try cholesky(a.doubleValue)
            let scale = exactFactor.elements.map(abs).max()!
            for (x, y) in zip(exactFactor.elements, float.elements) {
                #expect(abs(x - y) <= 1e-9 * scale)
            }
        }
    }
}
