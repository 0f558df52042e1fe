import ExactMath
import Optimizers

/// Deliberately broken (and, for the controls, rewritten but correct) implementations of
/// gradient descent and Polyak's heavy-ball (Polyak 1987, Ch. 1 §4 and Ch. 3 §2). Used only by
/// ``Classical/mutants``; each is a ``LinearMethod`` like the project's own.
enum ClassicalMutantMethods {
    /// Gradient descent with a hand-written gradient Ax that drops the linear term (−b).
    struct GradientWithoutLinearTerm: LinearMethod {
        let step: Rational
        func stateDimension(_ d: Int) -> Int { d }
        func initialState(_ x0: Vector<Rational>) -> Vector<Rational> { x0 }
        func iterate(of state: Vector<Rational>, dimension d: Int) -> Vector<Rational> { state }
        func step(_ x: Vector<Rational>, on objective: QuadraticObjective<Rational>) -> Vector<Rational> {
            x - step * (objective.hessian * x)
        }
    }

    /// Gradient descent that ascends: x ← x + η∇f(x).
    struct GradientAscent: LinearMethod {
        let step: Rational
        func stateDimension(_ d: Int) -> Int { d }
        func initialState(_ x0: Vector<Rational>) -> Vector<Rational> { x0 }
        func iterate(of state: Vector<Rational>, dimension d: Int) -> Vector<Rational> { state }
        func step(_ x: Vector<Rational>, on objective: QuadraticObjective<Rational>) -> Vector<Rational> {
            x + step * objective.gradient(x)
        }
    }

    /// Gradient descent formed as x ← (I − ηA)x + ηb (the same affine map, equivalent).
    struct GradientAsAffineMap: LinearMethod {
        let step: Rational
        func stateDimension(_ d: Int) -> Int { d }
        func initialState(_ x0: Vector<Rational>) -> Vector<Rational> { x0 }
        func iterate(of state: Vector<Rational>, dimension d: Int) -> Vector<Rational> { state }
        func step(_ x: Vector<Rational>, on objective: QuadraticObjective<Rational>) -> Vector<Rational> {
            (Matrix<Rational>.identity(objective.dimension) - step * objective.hessian) * x + step * objective.linear
        }
    }

    /// How a heavy-ball mutant goes wrong.
    enum HeavyBallBug: Sendable {
        /// β ignored: the method is gradient descent with step α.
        case momentumOff
        /// x ← x − α∇f(x) − β(x − x_prev).
        case momentumSign
        /// The state starts at x₋₁ = 0 instead of x₋₁ = x₀.
        case previousStartsAtZero
        /// The state is stored as (x_{k−1}, x_k) instead of (x_k, x_{k−1}) (equivalent).
        case stateSwapped
    }

    /// Heavy-ball with one of the bugs above.
    struct HeavyBall: LinearMethod {
        let step: Rational, momentum: Rational
        let bug: HeavyBallBug

        func stateDimension(_ d: Int) -> Int { 2 * d }
        func initialState(_ x0: Vector<Rational>) -> Vector<Rational> {
            bug == .previousStartsAtZero ? Vector(x0.elements + Vector<Rational>.zero(x0.count).elements) : Vector(x0.elements + x0.elements)
        }
        func iterate(of state: Vector<Rational>, dimension d: Int) -> Vector<Rational> {
            bug == .stateSwapped ? Vector(Array(state.elements[d..<(2 * d)])) : Vector(Array(state.elements[0..<d]))
        }
        func step(_ state: Vector<Rational>, on objective: QuadraticObjective<Rational>) -> Vector<Rational> {
            let d = objective.dimension
            let first = Vector(Array(state.elements[0..<d])), second = Vector(Array(state.elements[d..<(2 * d)]))
            let (x, previous) = bug == .stateSwapped ? (second, first) : (first, second)
            let beta: Rational = bug == .momentumOff ? 0 : momentum
            let push = (bug == .momentumSign ? -beta : beta) * (x - previous)
            let next = x - step * objective.gradient(x) + push
            return bug == .stateSwapped ? Vector(x.elements + next.elements) : Vector(next.elements + x.elements)
        }
    }
}
