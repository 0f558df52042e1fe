import ExactMath
import Optimizers

/// Nesterov's accelerated gradient method for strongly convex functions, constant momentum:
///
///     x_{k+1} = y_k − η ∇f(y_k),   y_{k+1} = x_{k+1} + β (x_{k+1} − x_k).
///
/// A `LinearMethod` (Provable's protocol for methods whose update is affine on a quadratic),
/// written once over the scalar: with `Rational` it gives the exact iteration matrix.
/// The state is (x_k, y_k).
public struct Nesterov<Scalar: OrderedField>: LinearMethod {
    public let stepSize: Scalar
    public let momentum: Scalar

    public init(stepSize: Scalar, momentum: Scalar) {
        self.stepSize = stepSize
        self.momentum = momentum
    }

    public func stateDimension(_ d: Int) -> Int { 2 * d }

    /// Starts with y₀ = x₀.
    public func initialState(_ x0: Vector<Scalar>) -> Vector<Scalar> { Vector(x0.elements + x0.elements) }

    public func iterate(of state: Vector<Scalar>, dimension d: Int) -> Vector<Scalar> {
        Vector(Array(state.elements[0..<d]))
    }

    public func step(_ state: Vector<Scalar>, on objective: QuadraticObjective<Scalar>) -> Vector<Scalar> {
        let d = objective.dimension
        let x = Vector(Array(state.elements[0..<d]))
        let y = Vector(Array(state.elements[d..<(2 * d)]))
        let next = y - stepSize * objective.gradient(y)
        let extrapolated = next + momentum * (next - x)
        return Vector(next.elements + extrapolated.elements)
    }
}
