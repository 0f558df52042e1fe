/// Simultaneous, alternating and alternating-extrapolation gradient descent–ascent,
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475), Algorithms 1 (Sim-GDA, Alt-GDA) and 2 (Alex-GDA).

/// Sim-GDA: x_{k+1} = x_k − α∇_x f(x_k, y_k), y_{k+1} = y_k + β∇_y f(x_k, y_k).
/// State (x, y); iteration matrix [[I − αA, −αB], [βBᵀ, I − βC]].
public struct SimGDA<Scalar: OrderedField>: GameMethod {
    public let alpha: Scalar, beta: Scalar
    public init(alpha: Scalar, beta: Scalar) { self.alpha = alpha; self.beta = beta }

    @inlinable
    public func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> {
        let (x, y) = splitState(state, dx: game.dx, dy: game.dy)
        let x1 = axpy(x, -alpha, game.gradientX(x, y))
        let y1 = axpy(y, beta, game.gradientY(x, y))
        return Vector(x1.elements + y1.elements)
    }
}

/// Alt-GDA: x_{k+1} = x_k − α∇_x f(x_k, y_k), y_{k+1} = y_k + β∇_y f(x_{k+1}, y_k).
/// State (x, y); iteration matrix [[I − αA, −αB], [βBᵀ(I − αA), I − βC − αβBᵀB]].
public struct AltGDA<Scalar: OrderedField>: GameMethod {
    public let alpha: Scalar, beta: Scalar
    public init(alpha: Scalar, beta: Scalar) { self.alpha = alpha; self.beta = beta }

    @inlinable
    public func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> {
        let (x, y) = splitState(state, dx: game.dx, dy: game.dy)
        let x1 = axpy(x, -alpha, game.gradientX(x, y))
        let y1 = axpy(y, beta, game.gradientY(x1, y))
        return Vector(x1.elements + y1.elements)
    }
}

/// Alex-GDA(γ, δ), Algorithm 2 of the paper, with ỹ₀ = y₀:
///   x_{k+1} = x_k − α∇_x f(x_k, ỹ_k),        x̃_{k+1} = x_k + γ(x_{k+1} − x_k),
///   y_{k+1} = y_k + β∇_y f(x̃_{k+1}, y_k),    ỹ_{k+1} = y_k + δ(y_{k+1} − y_k).
/// State (x, y, ỹ) of length d_x + 2d_y. (γ, δ) = (0, 1) is Sim-GDA and (1, 1) is Alt-GDA
/// (the paper's remark; checked exactly in the test suite).
public struct AlexGDA<Scalar: OrderedField>: GameMethod {
    public let alpha: Scalar, beta: Scalar, gamma: Scalar, delta: Scalar
    public init(alpha: Scalar, beta: Scalar, gamma: Scalar, delta: Scalar) {
        self.alpha = alpha; self.beta = beta; self.gamma = gamma; self.delta = delta
    }

    public func stateDimension(dx: Int, dy: Int) -> Int { dx + 2 * dy }
    public func initialState(x0: Vector<Scalar>, y0: Vector<Scalar>) -> Vector<Scalar> {
        Vector(x0.elements + y0.elements + y0.elements)
    }

    @inlinable
    public func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> {
        let dx = game.dx, dy = game.dy
        let (x, y) = splitState(state, dx: dx, dy: dy)
        let yTilde = Vector(Array(state.elements[(dx + dy)..<(dx + 2 * dy)]))
        let gx = game.gradientX(x, yTilde)
        let x1 = axpy(x, -alpha, gx)
        let xTilde = axpy(x, -(gamma * alpha), gx)
        let gy = game.gradientY(xTilde, y)
        let y1 = axpy(y, beta, gy)
        let yTilde1 = axpy(y, delta * beta, gy)
        return Vector(x1.elements + y1.elements + yTilde1.elements)
    }
}
