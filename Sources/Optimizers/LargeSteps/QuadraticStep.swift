import ExactMath

/// One GD step on a quadratic, as a value, so that a mutant can be put in its place.
public struct QuadraticStepMaker: Sendable {
    public let id: String
    /// (objective, θ, η) ↦ θ⁺.
    public let step: @Sendable (QuadraticObjective<Rational>, Vector<Rational>, Rational) -> Vector<Rational>

    public init(_ id: String, step: @escaping @Sendable (QuadraticObjective<Rational>, Vector<Rational>, Rational) -> Vector<Rational>) {
        self.id = id
        self.step = step
    }

    /// θ⁺ = θ − η∇f(θ).
    public static let project = QuadraticStepMaker("gradient-descent") { f, theta, eta in theta - eta * f.gradient(theta) }
}
