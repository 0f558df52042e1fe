import ExactMath
import RealModule

/// A differentiable objective whose gradient can be evaluated in any ``SAMScalar`` (exact,
/// Float64 or dual), so the same sharpness-aware code is run, simulated and differentiated.
public protocol SAMObjective: Sendable {
    var dimension: Int { get }
    func gradient<S: SAMScalar>(_ x: [S]) -> [S]
}

/// f(x) = ½Σᵢ λᵢ(xᵢ − cᵢ)²: a separable quadratic with curvatures λ and minimiser c.
public struct SeparableQuadratic: SAMObjective, Hashable {
    public let curvatures: [Rational]
    public let center: [Rational]

    public init(curvatures: [Rational], center: [Rational]? = nil) {
        self.curvatures = curvatures
        self.center = center ?? curvatures.map { _ in 0 }
    }

    public var dimension: Int { curvatures.count }

    public func gradient<S: SAMScalar>(_ x: [S]) -> [S] {
        x.indices.map { S(constant: curvatures[$0]) * (x[$0] - S(constant: center[$0])) }
    }

    /// f at a rational point.
    public func value(_ x: [Rational]) -> Rational {
        Rational.sum(x.indices.map { curvatures[$0] * (x[$0] - center[$0]) * (x[$0] - center[$0]) / 2 })
    }
}

/// A one-dimensional objective given by its derivative f′(x) = Σₖ aₖxᵏ (Horner's rule).
public struct ScalarPolynomialGradient: SAMObjective, Hashable {
    /// a₀, a₁, … of f′.
    public let coefficients: [Rational]

    public init(derivativeCoefficients: [Rational]) { coefficients = derivativeCoefficients }

    public var dimension: Int { 1 }

    public func gradient<S: SAMScalar>(_ x: [S]) -> [S] {
        [coefficients.reversed().reduce(S(constant: 0)) { $0 * x[0] + S(constant: $1) }]
    }
}
