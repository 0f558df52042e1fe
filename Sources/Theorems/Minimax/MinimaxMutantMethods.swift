import ExactMath
import Optimizers

/// Deliberately broken (and, for the controls, deliberately rewritten but correct)
/// implementations of the methods of Lee–Cho–Yun (ICML 2024), Algorithms 1–2, and of
/// extragradient: the bugs people write when they implement these updates. Used only by
/// ``Minimax/mutants``; each is a ``GameMethod`` like the project's own.
enum MinimaxMutantMethods {
    /// Alt-GDA with the players in the wrong order: y first, then x at the new y.
    struct AltYFirst<Scalar: OrderedField>: GameMethod {
        let alpha: Scalar, beta: Scalar
        func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> {
            let (x, y) = iterate(of: state, dx: game.dx, dy: game.dy)
            let y1 = y + beta * game.gradientY(x, y)
            let x1 = x - alpha * game.gradientX(x, y1)
            return Vector(x1.elements + y1.elements)
        }
    }

    /// Alt-GDA's y-step with ∇_y f(x_{k+1}, y_k) expanded as ∇_y f(x_k, y_k) − αBᵀ∇_x f(x_k, y_k):
    /// the same linear map, other arithmetic (equivalent).
    struct AltExpanded<Scalar: OrderedField>: GameMethod {
        let alpha: Scalar, beta: Scalar
        func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> {
            let (x, y) = iterate(of: state, dx: game.dx, dy: game.dy)
            let gx = game.gradientX(x, y)
            let x1 = x - alpha * gx
            let y1 = y + beta * (game.gradientY(x, y) - alpha * (game.bTransposed * gx))
            return Vector(x1.elements + y1.elements)
        }
    }

    /// Sim-GDA with a sign error in the ascent step: y_{k+1} = y_k − β∇_y f(x_k, y_k).
    struct SimDescendingY<Scalar: OrderedField>: GameMethod {
        let alpha: Scalar, beta: Scalar
        func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> {
            let (x, y) = iterate(of: state, dx: game.dx, dy: game.dy)
            let x1 = x - alpha * game.gradientX(x, y)
            let y1 = y - beta * game.gradientY(x, y)
            return Vector(x1.elements + y1.elements)
        }
    }

    /// How an Alex-GDA mutant goes wrong.
    enum AlexBug: Sendable {
        /// x̃_{k+1} = x_{k+1} (γ read as 1).
        case ignoresGamma
        /// ỹ_{k+1} = y_{k+1} (δ read as 1).
        case ignoresDelta
        /// both: the method is Alt-GDA.
        case ignoresGammaAndDelta
        /// x̃_{k+1} = x_k − γα∇_x f(x_k, y_k): x̃'s gradient taken at y_k instead of ỹ_k.
        case extrapolationGradientAtY
        /// ỹ₀ = 0 instead of y₀.
        case extrapolatedYStartsAtZero
        /// x̃ = x_k + γ(x_{k+1} − x_k), ỹ = y_k + δ(y_{k+1} − y_k): Algorithm 2's other form (equivalent).
        case extrapolationAsDifference
    }

    /// Alex-GDA (Algorithm 2) with one of the bugs above. State (x, y, ỹ).
    struct Alex<Scalar: OrderedField>: GameMethod {
        let alpha: Scalar, beta: Scalar, gamma: Scalar, delta: Scalar
        let bug: AlexBug

        func stateDimension(dx: Int, dy: Int) -> Int { dx + 2 * dy }
        func initialState(x0: Vector<Scalar>, y0: Vector<Scalar>) -> Vector<Scalar> {
            bug == .extrapolatedYStartsAtZero ? Vector(x0.elements + y0.elements + Vector<Scalar>.zero(y0.count).elements)
                : Vector(x0.elements + y0.elements + y0.elements)
        }

        func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> {
            let dx = game.dx, dy = game.dy
            let (x, y) = iterate(of: state, dx: dx, dy: dy)
            let yTilde = Vector(Array(state.elements[(dx + dy)..<(dx + 2 * dy)]))
            let g: Scalar = (bug == .ignoresGamma || bug == .ignoresGammaAndDelta) ? 1 : gamma
            let d: Scalar = (bug == .ignoresDelta || bug == .ignoresGammaAndDelta) ? 1 : delta
            let gx = game.gradientX(x, yTilde)
            let x1 = x - alpha * gx
            let xTilde: Vector<Scalar>
            switch bug {
            case .extrapolationGradientAtY: xTilde = x - (g * alpha) * game.gradientX(x, y)
            case .extrapolationAsDifference: xTilde = x + g * (x1 - x)
            default: xTilde = x - (g * alpha) * gx
            }
            let gy = game.gradientY(xTilde, y)
            let y1 = y + beta * gy
            let yTilde1 = bug == .extrapolationAsDifference ? y + d * (y1 - y) : y + (d * beta) * gy
            return Vector(x1.elements + y1.elements + yTilde1.elements)
        }
    }

    /// Extragradient that extrapolates only the x-player: ŷ = y.
    struct ExtragradientXOnly<Scalar: OrderedField>: GameMethod {
        let alpha: Scalar, beta: Scalar
        func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> {
            let (x, y) = iterate(of: state, dx: game.dx, dy: game.dy)
            let xHat = x - alpha * game.gradientX(x, y)
            let x1 = x - alpha * game.gradientX(xHat, y)
            let y1 = y + beta * game.gradientY(xHat, y)
            return Vector(x1.elements + y1.elements)
        }
    }

    /// Extragradient written on the joint vector field F(z) = (∇_x f, −∇_y f) with the
    /// per-player steps D = diag(αI, βI): z⁺ = z − D F(z − D F(z)) (equivalent).
    struct ExtragradientJoint<Scalar: OrderedField>: GameMethod {
        let alpha: Scalar, beta: Scalar
        func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> {
            let dx = game.dx, dy = game.dy
            func scaledField(_ z: Vector<Scalar>) -> Vector<Scalar> {
                let (x, y) = iterate(of: z, dx: dx, dy: dy)
                return Vector((alpha * game.gradientX(x, y)).elements + ((-beta) * game.gradientY(x, y)).elements)
            }
            let z = Vector(Array(state.elements[0..<(dx + dy)]))
            return z - scaledField(z - scaledField(z))
        }
    }
}
