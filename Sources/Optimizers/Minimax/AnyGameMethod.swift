/// A ``GameMethod`` of any concrete type behind one type: what ``GameMethodMaker`` builds, so a
/// family's theorems can hold the method under test as a value (the project's, a mutant or a
/// researcher's own conformance) without being generic over it.
public struct AnyGameMethod<Scalar: OrderedField>: GameMethod {
    @usableFromInline let dimension: @Sendable (Int, Int) -> Int
    @usableFromInline let initial: @Sendable (Vector<Scalar>, Vector<Scalar>) -> Vector<Scalar>
    @usableFromInline let advance: @Sendable (Vector<Scalar>, QuadraticGame<Scalar>) -> Vector<Scalar>

    /// Wraps `method`; every call is forwarded to it unchanged.
    @inlinable
    public init<M: GameMethod>(_ method: M) where M.Scalar == Scalar {
        if let already = method as? AnyGameMethod<Scalar> {
            self = already
            return
        }
        dimension = { method.stateDimension(dx: $0, dy: $1) }
        initial = { method.initialState(x0: $0, y0: $1) }
        advance = { method.step($0, on: $1) }
    }

    public func stateDimension(dx: Int, dy: Int) -> Int { dimension(dx, dy) }
    public func initialState(x0: Vector<Scalar>, y0: Vector<Scalar>) -> Vector<Scalar> { initial(x0, y0) }

    @inlinable
    public func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> { advance(state, game) }
}
