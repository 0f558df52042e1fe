/// Polyak's heavy-ball method: x_{k+1} = x_k − α∇f(x_k) + β(x_k − x_{k−1}).
///
/// The state is (x_k, x_{k−1}); on a quadratic with Hessian A the iteration matrix is
/// [[(1+β)I − αA, −βI], [I, 0]]. With α = 4/(√L+√μ)² and β = ((√κ−1)/(√κ+1))² its
/// spectral radius is (√κ−1)/(√κ+1) when spec(A) ⊂ [μ, L] (Polyak 1964; Lessard–Recht–
/// Packard 2016, §3.2).
public struct HeavyBall<Scalar: OrderedField>: LinearMethod {
    /// The step α.
    public let step: Scalar
    /// The momentum β.
    public let momentum: Scalar

    public init(step: Scalar, momentum: Scalar) {
        self.step = step
        self.momentum = momentum
    }

    public func stateDimension(_ d: Int) -> Int { 2 * d }

    /// Starts at rest: x_{−1} = x₀.
    public func initialState(_ x0: Vector<Scalar>) -> Vector<Scalar> { Vector(x0.elements + x0.elements) }

    public func iterate(of state: Vector<Scalar>, dimension d: Int) -> Vector<Scalar> {
        Vector(Array(state.elements[0..<d]))
    }

    public func step(_ state: Vector<Scalar>, on objective: QuadraticObjective<Scalar>) -> Vector<Scalar> {
        let d = objective.dimension
        let x = Vector(Array(state.elements[0..<d]))
        let previous = Vector(Array(state.elements[d..<(2 * d)]))
        let next = x - step * objective.gradient(x) + momentum * (x - previous)
        return Vector(next.elements + x.elements)
    }
}
