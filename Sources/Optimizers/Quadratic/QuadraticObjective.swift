/// f(x) = ½ xᵀAx − bᵀx with symmetric A, over any scalar (exact or Float64).
public struct QuadraticObjective<Scalar: OrderedField>: Sendable {
    /// The Hessian A (symmetric).
    public let hessian: Matrix<Scalar>
    /// The linear term b.
    public let linear: Vector<Scalar>

    public init(hessian: Matrix<Scalar>, linear: Vector<Scalar>) {
        precondition(hessian.isSquare && hessian.rows == linear.count, "QuadraticObjective: shapes do not fit")
        self.hessian = hessian
        self.linear = linear
    }

    /// The homogeneous quadratic ½ xᵀAx (b = 0), whose minimizer is 0.
    public init(hessian: Matrix<Scalar>) {
        self.init(hessian: hessian, linear: .zero(hessian.rows))
    }

    public var dimension: Int { linear.count }

    /// ∇f(x) = Ax − b.
    public func gradient(_ x: Vector<Scalar>) -> Vector<Scalar> { hessian * x - linear }

    /// f(x).
    public func value(_ x: Vector<Scalar>) -> Scalar {
        let half = Scalar(rational: Rational(1, 2))
        return half * x.dot(hessian * x) - linear.dot(x)
    }
}
