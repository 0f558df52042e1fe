import FloatMath
import PropertyBased

// swift-property-based generators of exact rational test data. Drive them only through
// `seededPropertyCheck`, so that every run draws the same values from `SeededGenerator`.
// They do not shrink (shrinking a structured matrix would break its defining property).

/// A square rational matrix together with its eigenvalues, known exactly by
/// construction: `matrix = similarity · diag(eigenvalues) · similarity⁻¹`.
public struct MatrixWithKnownEigenvalues: Sendable, CustomStringConvertible {
    /// The matrix A.
    public let matrix: Matrix<Rational>
    /// Its eigenvalues with multiplicity (the diagonal of the construction).
    public let eigenvalues: [Rational]
    /// The invertible S of A = S·diag(λ)·S⁻¹ (its columns are eigenvectors).
    public let similarity: Matrix<Rational>

    /// The eigenvalues and the matrix, for failure messages.
    public var description: String { "eigenvalues \(eigenvalues) of\n\(matrix)" }
}

/// Draws an integer uniformly from `range` using the generator handed in by
/// swift-property-based (which, under `seededPropertyCheck`, is our `SeededGenerator`).
@inline(__always)
func draw(_ range: ClosedRange<Int>, _ rng: inout any SeededRandomNumberGenerator) -> Int {
    Int.random(in: range, using: &rng)
}

/// A rational p/q with p in `numerators`, q in `denominators` (q must be nonzero).
func drawRational(numerators: ClosedRange<Int>, denominators: ClosedRange<Int>,
                  _ rng: inout any SeededRandomNumberGenerator) -> Rational {
    var q = draw(denominators, &rng)
    if q == 0 { q = 1 }
    return Rational(draw(numerators, &rng), q)
}

/// A random unimodular integer matrix U = L·R (L unit lower, R unit upper triangular,
/// off-diagonal entries in −2…2), so det U = 1 and U⁻¹ is an integer matrix.
func drawUnimodular(_ n: Int, _ rng: inout any SeededRandomNumberGenerator) -> Matrix<Rational> {
    var lower = Matrix<Rational>.identity(n), upper = Matrix<Rational>.identity(n)
    for i in 0..<n {
        for j in 0..<i {
            lower[i, j] = Rational(draw(-2...2, &rng))
            upper[j, i] = Rational(draw(-2...2, &rng))
        }
    }
    return lower * upper
}

extension Generator {
    /// Runs this generator inside another custom generator's `Generator { rng in … }`
    /// closure, whose random source is the type-erased `any SeededRandomNumberGenerator`
    /// (so structured generators can be composed from these ones, deterministically).
    public func run(using rng: inout any SeededRandomNumberGenerator) -> ResultValue {
        func open<G: SeededRandomNumberGenerator>(_ g: inout G) -> ResultValue { run(using: &g) }
        return open(&rng)
    }
}

extension Gen where Value == Rational {
    /// Rationals p/q with p in `numerators` and q in `denominators` (a drawn q = 0 is
    /// replaced by 1; negative q is allowed and normalized away), e.g.
    /// `Gen<Rational>.rational(numerators: -10...10, denominators: 1...10)`.
    public static func rational(numerators: ClosedRange<Int> = -20...20,
                                denominators: ClosedRange<Int> = 1...12)
        -> Generator<Rational, Shrink.None<Rational>> {
        Generator { rng in drawRational(numerators: numerators, denominators: denominators, &rng) }
    }

    /// Rationals whose numerator and denominator are drawn from the full `Int64` range
    /// (denominator nonzero), including the boundaries `Int64.min` and `Int64.max` with
    /// high probability, to exercise the overflow paths of the Int64 fast arithmetic.
    public static var int64Boundary: Generator<Rational, Shrink.None<Rational>> {
        Generator { rng in
            let special: [Int64] = [.min, .min + 1, .max, .max - 1, -1, 1, 1 << 32, (1 << 62) + 1]
            func part(_ rng: inout any SeededRandomNumberGenerator) -> Int64 {
                draw(0...2, &rng) == 0 ? Int64.random(in: .min ... .max, using: &rng)
                                       : special[draw(0...(special.count - 1), &rng)]
            }
            let p = part(&rng)
            var q = part(&rng)
            if q == 0 { q = 1 }
            return Rational(Int(p), Int(q))
        }
    }
}

extension Gen where Value == Vector<Rational> {
    /// Vectors of `count` rationals from ``Gen/rational(numerators:denominators:)``.
    public static func rationalVector(count: Int, numerators: ClosedRange<Int> = -20...20,
                                      denominators: ClosedRange<Int> = 1...12)
        -> Generator<Vector<Rational>, Shrink.None<Vector<Rational>>> {
        Generator { rng in
            Vector((0..<count).map { _ in drawRational(numerators: numerators, denominators: denominators, &rng) })
        }
    }
}

extension Gen where Value == Matrix<Rational> {
    /// `rows × columns` matrices of rationals p/q, p in `numerators`, q in `denominators`.
    public static func rationalMatrix(rows: Int, columns: Int, numerators: ClosedRange<Int> = -20...20,
                                      denominators: ClosedRange<Int> = 1...12)
        -> Generator<Matrix<Rational>, Shrink.None<Matrix<Rational>>> {
        Generator { rng in
            Matrix(rows: rows, columns: columns) { _, _ in
                drawRational(numerators: numerators, denominators: denominators, &rng)
            }
        }
    }

    /// Square n×n rational matrices (see ``rationalMatrix(rows:columns:numerators:denominators:)``).
    public static func squareRationalMatrix(_ n: Int, numerators: ClosedRange<Int> = -20...20,
                                            denominators: ClosedRange<Int> = 1...12)
        -> Generator<Matrix<Rational>, Shrink.None<Matrix<Rational>>> {
        rationalMatrix(rows: n, columns: n, numerators: numerators, denominators: denominators)
    }

    /// Symmetric positive-definite n×n matrices BᵀB + I, B with small rational entries.
    /// (xᵀ(BᵀB + I)x = ‖Bx‖² + ‖x‖² > 0 for x ≠ 0.)
    public static func symmetricPositiveDefinite(_ n: Int, numerators: ClosedRange<Int> = -6...6,
                                                 denominators: ClosedRange<Int> = 1...4)
        -> Generator<Matrix<Rational>, Shrink.None<Matrix<Rational>>> {
        rationalMatrix(rows: n, columns: n, numerators: numerators, denominators: denominators)
            .map { b in b.transposed * b + .identity(n) }
    }

    /// Symmetric positive-semidefinite n×n matrices BᵀB with B of size `rank × n`
    /// (rank < n gives a singular PSD matrix of rank at most `rank`).
    public static func symmetricPositiveSemidefinite(_ n: Int, rank: Int)
        -> Generator<Matrix<Rational>, Shrink.None<Matrix<Rational>>> {
        rationalMatrix(rows: rank, columns: n, numerators: -5...5, denominators: 1...3)
            .map { b in b.transposed * b }
    }
}

extension Gen where Value == MatrixWithKnownEigenvalues {
    /// n×n matrices A = S·diag(λ)·S⁻¹ with known rational eigenvalues λ (drawn as p/q,
    /// p in `numerators`, q in `denominators`, repeats possible) and S a random
    /// unimodular integer matrix (det S = 1), so A is dense but its spectrum is exact.
    public static func withKnownEigenvalues(_ n: Int, numerators: ClosedRange<Int> = -9...9,
                                            denominators: ClosedRange<Int> = 1...4)
        -> Generator<MatrixWithKnownEigenvalues, Shrink.None<MatrixWithKnownEigenvalues>> {
        Generator { rng in
            let lambda = (0..<n).map { _ in drawRational(numerators: numerators, denominators: denominators, &rng) }
            let s = drawUnimodular(n, &rng)
            guard let inverse = try? s.inverse() else {
                preconditionFailure("a unimodular matrix is invertible")
            }
            return MatrixWithKnownEigenvalues(matrix: s * .diagonal(lambda) * inverse,
                                              eigenvalues: lambda, similarity: s)
        }
    }
}
