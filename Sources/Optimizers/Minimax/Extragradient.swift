/// The extragradient method (Korpelevich 1976) on a quadratic game, with steps α for x and
/// β for y: an extrapolation step to (x̂, ŷ) = (x − α∇_x f(x, y), y + β∇_y f(x, y)), then
/// the update x⁺ = x − α∇_x f(x̂, ŷ), y⁺ = y + β∇_y f(x̂, ŷ). Four gradient evaluations
/// (two per player) per iteration; the baseline Lee–Cho–Yun (ICML 2024) compare Alex-GDA
/// with. State (x, y).
public struct Extragradient<Scalar: OrderedField>: GameMethod {
    public let alpha: Scalar, beta: Scalar
    public init(alpha: Scalar, beta: Scalar) { self.alpha = alpha; self.beta = beta }

    @inlinable
    public func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> {
        let (x, y) = splitState(state, dx: game.dx, dy: game.dy)
        let xHat = axpy(x, -alpha, game.gradientX(x, y))
        let yHat = axpy(y, beta, game.gradientY(x, y))
        let x1 = axpy(x, -alpha, game.gradientX(xHat, yHat))
        let y1 = axpy(y, beta, game.gradientY(xHat, yHat))
        return Vector(x1.elements + y1.elements)
    }
}
