import ExactMath

/// L(x, y) = ℓ(xy) with the even polynomial loss ℓ(s) = s²/2 − κs⁴/4 (κ > 0 sub-quadratic,
/// κ < 0 super-quadratic, κ = 0 the squared loss) and its GD map over ℚ; r(s) = ℓ'(s)/s = 1 − κs².
public struct QuarticProductLoss: ProductLoss, Hashable {
    public let kappa: Rational

    public init(kappa: Rational) { self.kappa = kappa }

    /// ℓ'(s) = s − κs³.
    public func derivative(_ s: Rational) -> Rational { s - kappa * s * s * s }
    /// ℓ''(s) = 1 − 3κs².
    public func curvature(_ s: Rational) -> Rational { 1 - 3 * kappa * s * s }
    /// r(s) = ℓ'(s)/s = 1 − κs².
    public func ratio(_ s: Rational) -> Rational { 1 - kappa * s * s }

    /// ∇L = ℓ'(xy)·(y, x).
    public func gradient(x: Rational, y: Rational) -> (x: Rational, y: Rational) {
        let d = derivative(x * y)
        return (d * y, d * x)
    }

    /// ∇²L = [[y²ℓ''(xy), ℓ'(xy) + xyℓ''(xy)], [·, x²ℓ''(xy)]].
    public func hessian(x: Rational, y: Rational) -> Matrix<Rational> {
        let s = x * y, c = curvature(s)
        let off = derivative(s) + s * c
        return Matrix([[y * y * c, off], [off, x * x * c]])
    }
}

/// GD on ``QuarticProductLoss`` as a value a mutant can replace.
public typealias QuarticProductLossMethods = ProductLossGD<QuarticProductLoss>
