/// The quadratic minimax game f(x, y) = ½xᵀAx + xᵀBy − ½yᵀCy over any scalar (exact or
/// Float64), with A (d_x × d_x) and C (d_y × d_y) symmetric and B of size d_x × d_y.
///
/// ∇_x f = Ax + By and ∇_y f = Bᵀx − Cy; when A ≻ 0 and C ≻ 0 the unique saddle point is
/// (0, 0). This is the quadratic specialisation of the strongly-convex–strongly-concave
/// class of Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax
/// Optimization", ICML 2024 (arXiv 2402.10475), §2: μ_x, L_x are the extreme eigenvalues
/// of A, μ_y, L_y those of C, and L_xy = ‖B‖₂.
public struct QuadraticGame<Scalar: OrderedField>: Sendable {
    /// The x-curvature A (symmetric, d_x × d_x).
    public let a: Matrix<Scalar>
    /// The coupling B (d_x × d_y).
    public let b: Matrix<Scalar>
    /// The y-curvature C (symmetric, d_y × d_y).
    public let c: Matrix<Scalar>
    /// Bᵀ, stored once (∇_y needs it every step).
    public let bTransposed: Matrix<Scalar>

    /// - Precondition: the shapes fit (A square d_x, C square d_y, B d_x × d_y). Callers
    ///   that read user input validate shapes first (see `QuadraticGame.validated`).
    public init(a: Matrix<Scalar>, b: Matrix<Scalar>, c: Matrix<Scalar>) {
        precondition(a.isSquare && c.isSquare && b.rows == a.rows && b.columns == c.rows,
                     "QuadraticGame: shapes do not fit")
        self.a = a
        self.b = b
        self.c = c
        bTransposed = b.transposed
    }

    /// d_x.
    public var dx: Int { a.rows }
    /// d_y.
    public var dy: Int { c.rows }

    /// ∇_x f(x, y) = Ax + By.
    @inlinable
    public func gradientX(_ x: Vector<Scalar>, _ y: Vector<Scalar>) -> Vector<Scalar> {
        Self.combine(a, x, b, y, sign: 1)
    }

    /// ∇_y f(x, y) = Bᵀx − Cy.
    @inlinable
    public func gradientY(_ x: Vector<Scalar>, _ y: Vector<Scalar>) -> Vector<Scalar> {
        Self.combine(bTransposed, x, c, y, sign: -1)
    }

    /// P·u + sign·Q·v over contiguous row-major storage. `@inlinable` so that Float64 runs
    /// are specialized in the caller's module (the generic `Matrix * Vector` of ExactMath
    /// is not, which made d = 100 runs ~50× slower); exact for `Rational`.
    @inlinable
    static func combine(_ p: Matrix<Scalar>, _ u: Vector<Scalar>, _ q: Matrix<Scalar>, _ v: Vector<Scalar>,
                        sign: Scalar) -> Vector<Scalar> {
        let rows = p.rows, pc = p.columns, qc = q.columns
        var out = [Scalar](repeating: 0, count: rows)
        p.elements.withUnsafeBufferPointer { pe in
            q.elements.withUnsafeBufferPointer { qe in
                u.elements.withUnsafeBufferPointer { ue in
                    v.elements.withUnsafeBufferPointer { ve in
                        for i in 0..<rows {
                            var s: Scalar = 0, t: Scalar = 0
                            let pb = i * pc, qb = i * qc
                            for j in 0..<pc { s += pe[pb + j] * ue[j] }
                            for j in 0..<qc { t += qe[qb + j] * ve[j] }
                            out[i] = s + sign * t
                        }
                    }
                }
            }
        }
        return Vector(out)
    }
}

/// Why a game read from user input is not a quadratic game.
public enum QuadraticGameError: Error, Equatable, Sendable, CustomStringConvertible {
    case shapes(String)
    case notSymmetric(String)

    public var description: String {
        switch self {
        case .shapes(let s): return "shapes do not fit: \(s)"
        case .notSymmetric(let s): return "\(s) is not symmetric"
        }
    }
}

extension QuadraticGame {
    /// A game from user input, with typed errors instead of traps: A and C must be square
    /// and symmetric, B must be d_x × d_y, and d_x, d_y ≥ 1.
    public static func validated(a: Matrix<Scalar>, b: Matrix<Scalar>, c: Matrix<Scalar>) throws(QuadraticGameError)
        -> QuadraticGame {
        guard a.rows >= 1, a.isSquare else { throw .shapes("A is \(a.rows)×\(a.columns), expected a nonempty square matrix") }
        guard c.rows >= 1, c.isSquare else { throw .shapes("C is \(c.rows)×\(c.columns), expected a nonempty square matrix") }
        guard b.rows == a.rows, b.columns == c.rows else {
            throw .shapes("B is \(b.rows)×\(b.columns), expected \(a.rows)×\(c.rows) (d_x × d_y)")
        }
        guard a.isSymmetric else { throw .notSymmetric("A") }
        guard c.isSymmetric else { throw .notSymmetric("C") }
        return QuadraticGame(a: a, b: b, c: c)
    }
}
