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

    /// - Precondition: the shapes fit (A square d_x, C square d_y, B d_x × d_y). Callers
    ///   that read user input validate shapes first (see `QuadraticGame.validated`).
    public init(a: Matrix<Scalar>, b: Matrix<Scalar>, c: Matrix<Scalar>) {
        precondition(a.isSquare && c.isSquare && b.rows == a.rows && b.columns == c.rows,
                     "QuadraticGame: shapes do not fit")
        self.a = a
        self.b = b
        self.c = c
    }

    /// d_x.
    public var dx: Int { a.rows }
    /// d_y.
    public var dy: Int { c.rows }

    /// ∇_x f(x, y) = Ax + By.
    public func gradientX(_ x: Vector<Scalar>, _ y: Vector<Scalar>) -> Vector<Scalar> {
        a * x + b * y
    }

    /// ∇_y f(x, y) = Bᵀx − Cy.
    public func gradientY(_ x: Vector<Scalar>, _ y: Vector<Scalar>) -> Vector<Scalar> {
        b.transposed * x - c * y
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
