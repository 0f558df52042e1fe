import ExactMath
import RealModule

/// A forward-mode dual number over ℚ: a value and its derivatives along k directions,
/// v + Σⱼ tⱼεⱼ with εᵢεⱼ = 0. Running a map on the d seeds xᵢ + εᵢ gives its exact Jacobian
/// (column j = the tangents along εⱼ), so a theorem can differentiate the implementation under
/// test instead of trusting a hand-written Jacobian. An empty tangent is the zero tangent.
public struct DualNumber: Sendable, Hashable {
    public let value: Rational
    public let tangent: [Rational]

    public init(_ value: Rational, tangent: [Rational] = []) {
        self.value = value
        self.tangent = tangent
    }

    /// The i-th of k seed variables at `value`: tangent eᵢ.
    public static func variable(_ value: Rational, index i: Int, of k: Int) -> DualNumber {
        DualNumber(value, tangent: (0..<k).map { $0 == i ? 1 : 0 })
    }

    private static func combine(_ a: [Rational], _ sa: Rational, _ b: [Rational], _ sb: Rational) -> [Rational] {
        if a.isEmpty { return b.map { sb * $0 } }
        if b.isEmpty { return a.map { sa * $0 } }
        return zip(a, b).map { sa * $0 + sb * $1 }
    }

    public static func + (a: DualNumber, b: DualNumber) -> DualNumber { DualNumber(a.value + b.value, tangent: combine(a.tangent, 1, b.tangent, 1)) }
    public static func - (a: DualNumber, b: DualNumber) -> DualNumber { DualNumber(a.value - b.value, tangent: combine(a.tangent, 1, b.tangent, -1)) }
    public static func * (a: DualNumber, b: DualNumber) -> DualNumber {
        DualNumber(a.value * b.value, tangent: combine(a.tangent, b.value, b.tangent, a.value))
    }
    /// (u/v)' = u'/v − u v'/v². Division by a zero value traps like Rational's; callers guard.
    public static func / (a: DualNumber, b: DualNumber) -> DualNumber {
        let inv = 1 / b.value
        return DualNumber(a.value * inv, tangent: combine(a.tangent, inv, b.tangent, -a.value * inv * inv))
    }
    public static prefix func - (a: DualNumber) -> DualNumber { DualNumber(-a.value, tangent: a.tangent.map { -$0 }) }
}

extension DualNumber: AlgebraicField {
    public typealias Magnitude = Rational
    public typealias IntegerLiteralType = Int
    public init(integerLiteral value: Int) { self.init(Rational(value)) }
    public init?<T: BinaryInteger>(exactly source: T) {
        guard let r = Rational(exactly: source) else { return nil }
        self.init(r)
    }
    /// |value| (a dual number has no ordered magnitude; this is only what `Numeric` asks for).
    public var magnitude: Rational { value.absoluteValue }
    public var reciprocal: DualNumber? { value.signum == 0 ? nil : 1 / self }
    public static func += (a: inout DualNumber, b: DualNumber) { a = a + b }
    public static func -= (a: inout DualNumber, b: DualNumber) { a = a - b }
    public static func *= (a: inout DualNumber, b: DualNumber) { a = a * b }
    public static func /= (a: inout DualNumber, b: DualNumber) { a = a / b }
}

extension DualNumber: SAMScalar {
    public init(constant: Rational) { self.init(constant) }
    public var isZeroValue: Bool { value.signum == 0 }
    /// (√v)' = v'/(2√v), defined for v > 0 with a rational root.
    public var normalizingRoot: DualNumber? {
        guard value.signum > 0, let r = value.exactSquareRoot else { return nil }
        return DualNumber(r, tangent: tangent.map { $0 / (2 * r) })
    }
}

extension DualNumber {
    /// The exact Jacobian of `map` at `x`: map applied to the seeds xᵢ + εᵢ.
    public static func jacobian(at x: [Rational], _ map: ([DualNumber]) throws -> [DualNumber]) rethrows -> Matrix<Rational> {
        let k = x.count
        let out = try map(x.enumerated().map { variable($0.element, index: $0.offset, of: k) })
        return Matrix(rows: out.count, columns: k) { r, c in out[r].tangent.isEmpty ? 0 : out[r].tangent[c] }
    }
}
