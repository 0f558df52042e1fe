/// A first-order method whose state update is affine in the state on a quadratic, written
/// once over the scalar: run with `Double` it gives Float64 iterates; run with `Rational`
/// on basis vectors of a homogeneous quadratic it gives the exact iteration matrix.
public protocol LinearMethod: Sendable {
    associatedtype Scalar: OrderedField
    /// The length of the state for a problem of dimension d (d for GD, 2d for momentum).
    func stateDimension(_ d: Int) -> Int
    /// The initial state from a starting point x₀.
    func initialState(_ x0: Vector<Scalar>) -> Vector<Scalar>
    /// The current iterate x read off a state.
    func iterate(of state: Vector<Scalar>, dimension d: Int) -> Vector<Scalar>
    /// One step of the method on the objective.
    func step(_ state: Vector<Scalar>, on objective: QuadraticObjective<Scalar>) -> Vector<Scalar>
}

extension LinearMethod {
    /// The matrix M with state_{k+1} = M · state_k on the homogeneous quadratic ½xᵀAx:
    /// its j-th column is one step applied to the j-th basis state. The method's own
    /// `step` is used, so the matrix is exactly the algorithm under test.
    public func iterationMatrix(hessian: Matrix<Scalar>) -> Matrix<Scalar> {
        let objective = QuadraticObjective(hessian: hessian)
        let n = stateDimension(hessian.rows)
        let columns = (0..<n).map { step(.basis($0, n), on: objective) }
        return Matrix(rows: n, columns: n) { i, j in columns[j][i] }
    }

    /// The iterates x₀, x₁, …, x_T of the method on an objective.
    public func run(on objective: QuadraticObjective<Scalar>, from x0: Vector<Scalar>, steps: Int) -> [Vector<Scalar>] {
        var state = initialState(x0)
        var xs = [x0]
        for _ in 0..<steps {
            state = step(state, on: objective)
            xs.append(iterate(of: state, dimension: objective.dimension))
        }
        return xs
    }
}
