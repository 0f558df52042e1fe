import ExactMath

/// The two-layer scalar linear network with the squared loss, L(x, y) = ½(xy − Y)², and its
/// gradient-descent map over ℚ (the toy model of Song–Yun, NeurIPS 2023, with the squared loss).
public struct ScalarFactorization: Sendable, Hashable {
    /// The target Y.
    public let target: Rational

    public init(target: Rational) { self.target = target }

    /// L(x, y) = ½(xy − Y)².
    public func loss(x: Rational, y: Rational) -> Rational {
        let r = x * y - target
        return Rational(1, 2) * r * r
    }

    /// ∇L = ((xy − Y)·y, (xy − Y)·x).
    public func gradient(x: Rational, y: Rational) -> (x: Rational, y: Rational) {
        let r = x * y - target
        return (r * y, r * x)
    }

    /// ∇²L = [[y², 2xy − Y], [2xy − Y, x²]].
    public func hessian(x: Rational, y: Rational) -> Matrix<Rational> {
        let off = 2 * x * y - target
        return Matrix([[y * y, off], [off, x * x]])
    }

    /// One GD step z ↦ z − η∇L(z).
    public func step(x: Rational, y: Rational, eta: Rational) -> (x: Rational, y: Rational) {
        let g = gradient(x: x, y: y)
        return (x - eta * g.x, y - eta * g.y)
    }
}

/// The pieces of GD on ``ScalarFactorization`` a theorem relies on, as a value, so that a mutant
/// (a wrong gradient or Hessian) can be put in their place.
public struct ScalarFactorizationMethods: Sendable {
    /// One GD step (x, y) ↦ (x, y) − η∇L(x, y).
    public var step: @Sendable (ScalarFactorization, Rational, Rational, Rational) -> (x: Rational, y: Rational)
    /// ∇²L(x, y); the GD Jacobian is I − η∇²L.
    public var hessian: @Sendable (ScalarFactorization, Rational, Rational) -> Matrix<Rational>

    public init(step: @escaping @Sendable (ScalarFactorization, Rational, Rational, Rational) -> (x: Rational, y: Rational),
                hessian: @escaping @Sendable (ScalarFactorization, Rational, Rational) -> Matrix<Rational>) {
        self.step = step
        self.hessian = hessian
    }

    public static let project = ScalarFactorizationMethods(
        step: { net, x, y, eta in net.step(x: x, y: y, eta: eta) },
        hessian: { net, x, y in net.hessian(x: x, y: y) })

    /// The GD Jacobian I − η∇²L(x, y).
    public func jacobian(_ net: ScalarFactorization, x: Rational, y: Rational, eta: Rational) -> Matrix<Rational> {
        Matrix<Rational>.identity(2) - eta * hessian(net, x, y)
    }
}
