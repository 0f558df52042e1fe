import ExactMath
import RealModule

/// Why a sharpness-aware step could not be taken.
public enum SAMError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The ascent direction g/‖g‖ needs √(gᵀg), which is irrational at this point; the exact
    /// checks only evaluate SAM where the norm is rational (on eigen-axes, in one dimension).
    case irrationalNorm(String)
    /// An exact orbit outgrew its size budget (the numbers of a correct affine orbit grow
    /// linearly in the step count; this means the method is not the affine map expected).
    case sizeLimit(String)
    /// Vectors of different lengths.
    case dimensionMismatch(expected: Int, found: Int)

    public var description: String {
        switch self {
        case .irrationalNorm(let s): "the normalized ascent direction needs √(\(s)), which is not rational; evaluate SAM exactly only where ‖∇f‖ is rational"
        case .sizeLimit(let s): "exact orbit stopped: \(s)"
        case .dimensionMismatch(let e, let f): "a point of dimension \(f) where \(e) was expected"
        }
    }
}

/// The number type a sharpness-aware step is evaluated in: exact rationals (the catalog's
/// verdicts), Float64 (simulation), or ``DualNumber`` (the exact Jacobian of the step, by
/// forward differentiation of the very code under test).
///
/// The field operations come from swift-numerics' `AlgebraicField`, which ℚ and Float64 already
/// conform to, so no new operator overloads are introduced.
public protocol SAMScalar: AlgebraicField, Sendable {
    /// A constant (zero derivative) of this type.
    init(constant: Rational)
    /// Whether the value is zero (the value, for a dual number).
    var isZeroValue: Bool { get }
    /// √self, or nil when the type cannot represent it exactly (a Float64 root is rounded).
    var normalizingRoot: Self? { get }
}

extension Rational: SAMScalar {
    public init(constant: Rational) { self = constant }
    public var isZeroValue: Bool { signum == 0 }
    public var normalizingRoot: Rational? { exactSquareRoot }
}

extension Double: SAMScalar {
    public init(constant: Rational) { self = constant.doubleValue }
    public var isZeroValue: Bool { self == 0 }
    public var normalizingRoot: Double? { self >= 0 ? squareRoot() : nil }
}

extension Array where Element: SAMScalar {
    /// Σ xᵢ².
    public func squaredSum() -> Element { reduce(Element(constant: 0)) { $0 + $1 * $1 } }
}

/// SAM's normalized ascent point y = x + ρg/‖g‖ for the ascent gradient g, and y = x where
/// g = 0 (SAM does not perturb at a stationary point). Throws when ‖g‖ is not representable
/// exactly in the scalar type.
public func normalizedAscentPoint<S: SAMScalar>(_ x: [S], gradient g: [S], radius rho: Rational) throws(SAMError) -> [S] {
    let squared = g.squaredSum()
    if squared.isZeroValue { return x }
    guard let norm = squared.normalizingRoot else { throw .irrationalNorm("‖∇f(x)‖²") }
    let r = S(constant: rho)
    return x.indices.map { x[$0] + r * g[$0] / norm }
}
