/// A ``LinearMethod`` of any concrete type behind one type: what ``LinearMethodMaker`` builds,
/// so the classical theorems can hold the method under test as a value (the project's, a
/// mutant or a researcher's own conformance).
public struct AnyLinearMethod<Scalar: OrderedField>: LinearMethod {
    private let dimension: @Sendable (Int) -> Int
    private let initial: @Sendable (Vector<Scalar>) -> Vector<Scalar>
    private let read: @Sendable (Vector<Scalar>, Int) -> Vector<Scalar>
    private let advance: @Sendable (Vector<Scalar>, QuadraticObjective<Scalar>) -> Vector<Scalar>

    /// Wraps `method`; every call is forwarded to it unchanged.
    public init<M: LinearMethod>(_ method: M) where M.Scalar == Scalar {
        dimension = { method.stateDimension($0) }
        initial = { method.initialState($0) }
        read = { method.iterate(of: $0, dimension: $1) }
        advance = { method.step($0, on: $1) }
    }

    public func stateDimension(_ d: Int) -> Int { dimension(d) }
    public func initialState(_ x0: Vector<Scalar>) -> Vector<Scalar> { initial(x0) }
    public func iterate(of state: Vector<Scalar>, dimension d: Int) -> Vector<Scalar> { read(state, d) }
    public func step(_ state: Vector<Scalar>, on objective: QuadraticObjective<Scalar>) -> Vector<Scalar> { advance(state, objective) }
}

/// The parameters of a classical first-order method: the step η (or α) and, for heavy-ball,
/// the momentum β (ignored by gradient descent).
public struct FirstOrderParameters: Sendable, Hashable {
    public let step: Rational
    public let momentum: Rational

    public init(step: Rational, momentum: Rational = 0) {
        self.step = step
        self.momentum = momentum
    }
}

/// How a classical method is built, exactly, from its parameters — so the classical theorems
/// run whichever implementation they are handed.
public struct LinearMethodMaker: Sendable {
    /// The method's name in reports.
    public let name: String
    /// The method over the rationals.
    public let exact: @Sendable (FirstOrderParameters) -> AnyLinearMethod<Rational>

    public init<M: LinearMethod>(_ name: String, exact: @escaping @Sendable (FirstOrderParameters) -> M) where M.Scalar == Rational {
        self.name = name
        self.exact = { AnyLinearMethod(exact($0)) }
    }
}

/// The methods the classical theorems run: gradient descent and Polyak's heavy-ball
/// (Polyak 1987, Ch. 1 §4 and Ch. 3 §2). ``project`` is the project's implementation.
public struct ClassicalMethods: Sendable {
    public var gradientDescent: LinearMethodMaker
    public var heavyBall: LinearMethodMaker

    public init(gradientDescent: LinearMethodMaker, heavyBall: LinearMethodMaker) {
        self.gradientDescent = gradientDescent
        self.heavyBall = heavyBall
    }

    /// ``GradientDescent`` and ``HeavyBall``.
    public static let project = ClassicalMethods(
        gradientDescent: LinearMethodMaker("gradient descent") { GradientDescent(step: $0.step) },
        heavyBall: LinearMethodMaker("heavy-ball") { HeavyBall(step: $0.step, momentum: $0.momentum) })
}
