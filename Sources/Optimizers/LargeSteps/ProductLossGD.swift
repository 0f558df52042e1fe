import ExactMath

/// A loss of a two-parameter product model, L(x, y) = ℓ(xy), with its exact gradient and Hessian.
public protocol ProductLoss: Sendable {
    func gradient(x: Rational, y: Rational) -> (x: Rational, y: Rational)
    func hessian(x: Rational, y: Rational) -> Matrix<Rational>
}

extension ProductLoss {
    /// One GD step z ↦ z − η∇L(z).
    public func step(x: Rational, y: Rational, eta: Rational) -> (x: Rational, y: Rational) {
        let g = gradient(x: x, y: y)
        return (x - eta * g.x, y - eta * g.y)
    }
}

/// The pieces of GD on a ``ProductLoss`` a theorem relies on, as a value, so that a mutant (a
/// wrong step or Hessian) can be put in their place.
public struct ProductLossGD<Loss: ProductLoss>: Sendable {
    /// One GD step (x, y) ↦ (x, y) − η∇L(x, y).
    public var step: @Sendable (Loss, Rational, Rational, Rational) -> (x: Rational, y: Rational)
    /// ∇²L(x, y); the GD Jacobian is I − η∇²L.
    public var hessian: @Sendable (Loss, Rational, Rational) -> Matrix<Rational>

    public init(step: @escaping @Sendable (Loss, Rational, Rational, Rational) -> (x: Rational, y: Rational),
                hessian: @escaping @Sendable (Loss, Rational, Rational) -> Matrix<Rational>) {
        self.step = step
        self.hessian = hessian
    }

    /// The project's GD: the loss's own step and Hessian.
    public static var project: ProductLossGD {
        ProductLossGD(step: { loss, x, y, eta in loss.step(x: x, y: y, eta: eta) },
                      hessian: { loss, x, y in loss.hessian(x: x, y: y) })
    }

    /// The GD Jacobian I − η∇²L(x, y).
    public func jacobian(_ loss: Loss, x: Rational, y: Rational, eta: Rational) -> Matrix<Rational> {
        Matrix<Rational>.identity(2) - eta * hessian(loss, x, y)
    }
}
