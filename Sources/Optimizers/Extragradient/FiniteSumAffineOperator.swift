/// A finite-sum affine operator F(z) = (1/n)Σᵢ Fᵢ(z) with components Fᵢ(z) = Mᵢz − bᵢ, over any
/// scalar: the setting of the stochastic extragradient methods of Chae, Yun, Kim (NeurIPS 2024,
/// arXiv 2501.00511) on quadratic finite-sum minimax games. For a game component
/// fᵢ(x, y) = ½xᵀAᵢx + xᵀBᵢy − ½yᵀCᵢy the operator (∇ₓfᵢ, −∇ᵧfᵢ) is Mᵢ = [[Aᵢ, Bᵢ], [−Bᵢᵀ, Cᵢ]]
/// (the sign matrix D = diag(I, −I) of the authors' code already folded in).
public struct FiniteSumAffineOperator<Scalar: OrderedField>: Sendable {
    /// M₁, …, Mₙ (each d × d).
    public let matrices: [Matrix<Scalar>]
    /// b₁, …, bₙ (each of length d).
    public let offsets: [Vector<Scalar>]

    /// Throws ``LinearAlgebraError/dimensionMismatch(_:)`` unless there are n ≥ 1 components,
    /// all d × d, with as many offsets, each of length d.
    public init(matrices: [Matrix<Scalar>], offsets: [Vector<Scalar>]) throws(LinearAlgebraError) {
        guard let first = matrices.first, matrices.count == offsets.count else {
            throw .dimensionMismatch("a finite-sum operator needs n ≥ 1 components and one offset each (got \(matrices.count) matrices, \(offsets.count) offsets)")
        }
        let d = first.rows
        guard matrices.allSatisfy({ $0.rows == d && $0.columns == d }), offsets.allSatisfy({ $0.count == d }) else {
            throw .dimensionMismatch("every component must be \(d) × \(d) with an offset of length \(d)")
        }
        self.matrices = matrices
        self.offsets = offsets
    }

    /// The number of components n.
    public var count: Int { matrices.count }
    /// The dimension d.
    public var dimension: Int { matrices[0].rows }

    /// Fᵢ(z) = Mᵢz − bᵢ.
    public func component(_ i: Int, at z: Vector<Scalar>) -> Vector<Scalar> {
        matrices[i] * z - offsets[i]
    }

    /// The mean matrix M̄ = (1/n)ΣMᵢ.
    public var meanMatrix: Matrix<Scalar> {
        Scalar(rational: Rational(1, count)) * matrices.dropFirst().reduce(matrices[0], +)
    }

    /// The mean offset b̄ = (1/n)Σbᵢ.
    public var meanOffset: Vector<Scalar> {
        Scalar(rational: Rational(1, count)) * offsets.dropFirst().reduce(offsets[0], +)
    }
}
