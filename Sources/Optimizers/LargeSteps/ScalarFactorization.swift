import ExactMath

/// The two-layer scalar linear network with the squared loss, L(x, y) = ½(xy − Y)², and its
/// gradient-descent map over ℚ (the toy model of Song–Yun, NeurIPS 2023, with the squared loss).
public struct ScalarFactorization: ProductLoss, Hashable {
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
}

/// GD on ``ScalarFactorization`` as a value a mutant (a wrong gradient or Hessian) can replace.
public typealias ScalarFactorizationMethods = ProductLossGD<ScalarFactorization>
