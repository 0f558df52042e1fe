/// Gradient descent with a constant step: x_{k+1} = x_k − η∇f(x_k).
///
/// On a quadratic with Hessian A the iteration matrix is I − ηA, whose spectral radius is
/// max_i |1 − ηλ_i| (Polyak 1987, §1.4).
public struct GradientDescent<Scalar: OrderedField>: LinearMethod {
    /// The step size η.
    public let step: Scalar

    public init(step: Scalar) { self.step = step }

    public func stateDimension(_ d: Int) -> Int { d }
    public func initialState(_ x0: Vector<Scalar>) -> Vector<Scalar> { x0 }
    public func iterate(of state: Vector<Scalar>, dimension d: Int) -> Vector<Scalar> { state }

    public func step(_ x: Vector<Scalar>, on objective: QuadraticObjective<Scalar>) -> Vector<Scalar> {
        x - step * objective.gradient(x)
    }
}
