/// A quadratic finite sum F(x) = (1/n) Σᵢ fᵢ(x), fᵢ(x) = ½ xᵀAᵢx − bᵢᵀx, over any scalar
/// (exact or Float64): the problem every shuffling method of this folder runs on.
///
/// In error coordinates e = x − x*, one gradient step on fᵢ with step γ is the affine map
/// e ↦ (I − γAᵢ)e − γgᵢ with gᵢ = ∇fᵢ(x*) = Aᵢx* − bᵢ.
public struct QuadraticFiniteSum<Scalar: OrderedField>: Sendable {
    /// The component Hessians Aᵢ (symmetric, d × d).
    public let hessians: [Matrix<Scalar>]
    /// The component linear terms bᵢ.
    public let linears: [Vector<Scalar>]

    /// - Precondition: at least one component, all shapes d × d and d (every caller builds
    ///   them so: the generators by construction, `provable shuffle` after validating its file).
    public init(hessians: [Matrix<Scalar>], linears: [Vector<Scalar>]) {
        precondition(!hessians.isEmpty && hessians.count == linears.count, "QuadraticFiniteSum: counts differ")
        let d = linears[0].count
        precondition(hessians.allSatisfy { $0.rows == d && $0.columns == d } && linears.allSatisfy { $0.count == d },
                     "QuadraticFiniteSum: shapes do not fit")
        self.hessians = hessians
        self.linears = linears
    }

    /// The same sum with its components visited in `order` (a permutation of 0..<n): component
    /// i of the result is component `order[i]` of this one. F, x* and every permutation-invariant
    /// expectation are unchanged; only a fixed order (IGD) sees the difference.
    /// - Throws: ``ShufflingError/invalidProblem(_:)`` when `order` is not a permutation of 0..<n.
    public func reordered(_ order: [Int]) throws(ShufflingError) -> QuadraticFiniteSum {
        guard order.count == count, Set(order) == Set(0..<count) else {
            throw .invalidProblem("the order \(order) is not a permutation of 0..<\(count)")
        }
        return QuadraticFiniteSum(hessians: order.map { hessians[$0] }, linears: order.map { linears[$0] })
    }

    /// n, the number of components.
    public var count: Int { hessians.count }
    /// d, the dimension.
    public var dimension: Int { linears[0].count }

    /// Ā = (1/n) Σ Aᵢ.
    public var meanHessian: Matrix<Scalar> {
        let inv = Scalar(rational: Rational(1, count))
        return inv * hessians.dropFirst().reduce(hessians[0], +)
    }

    /// b̄ = (1/n) Σ bᵢ.
    public var meanLinear: Vector<Scalar> {
        let inv = Scalar(rational: Rational(1, count))
        return inv * linears.dropFirst().reduce(linears[0], +)
    }

    /// ∇fᵢ(x) = Aᵢx − bᵢ.
    public func componentGradient(_ i: Int, at x: Vector<Scalar>) -> Vector<Scalar> {
        hessians[i] * x - linears[i]
    }

    /// F(x) = (1/n) Σ fᵢ(x).
    public func value(_ x: Vector<Scalar>) -> Scalar {
        QuadraticObjective(hessian: meanHessian, linear: meanLinear).value(x)
    }

    /// The one-step affine map in error coordinates: e ↦ B e + c with B = I − γAᵢ,
    /// c = −γ gᵢ, where g = `gradientsAtOptimum`.
    public func stepMap(_ i: Int, step: Scalar, gradientsAtOptimum g: [Vector<Scalar>]) -> AffineMap<Scalar> {
        AffineMap(linear: Matrix.identity(dimension) - step * hessians[i], offset: -(step * g[i]))
    }
}

extension QuadraticFiniteSum where Scalar == Rational {
    /// The exact minimizer x* of F: the solution of Ā x = b̄.
    /// - Throws: `LinearAlgebraError` when Ā is singular.
    public func optimum() throws(LinearAlgebraError) -> Vector<Rational> {
        try meanHessian.solve(meanLinear)
    }

    /// gᵢ = ∇fᵢ(x*), exactly; they sum to zero.
    public func gradients(at x: Vector<Rational>) -> [Vector<Rational>] {
        (0..<count).map { componentGradient($0, at: x) }
    }

    /// σ*² = (1/n) Σ‖∇fᵢ(x*)‖², exactly.
    public func varianceAtOptimum(_ g: [Vector<Rational>]) -> Rational {
        Rational.sum(g.map(\.squaredNorm)) / Rational(count)
    }

    /// The Float64 copy of the problem.
    public var doubleValue: QuadraticFiniteSum<Double> {
        QuadraticFiniteSum<Double>(hessians: hessians.map(\.doubleValue), linears: linears.map(\.doubleValue))
    }
}

/// An affine map e ↦ M e + v over a scalar.
public struct AffineMap<Scalar: OrderedField>: Sendable {
    /// M.
    public var linear: Matrix<Scalar>
    /// v.
    public var offset: Vector<Scalar>

    public init(linear: Matrix<Scalar>, offset: Vector<Scalar>) {
        self.linear = linear
        self.offset = offset
    }

    /// The identity map on dimension d.
    public static func identity(_ d: Int) -> AffineMap { AffineMap(linear: .identity(d), offset: .zero(d)) }

    /// M e + v.
    public func apply(_ e: Vector<Scalar>) -> Vector<Scalar> { linear * e + offset }

    /// `self` after `first`: e ↦ M(M₁e + v₁) + v.
    public func after(_ first: AffineMap) -> AffineMap {
        AffineMap(linear: linear * first.linear, offset: linear * first.offset + offset)
    }
}
