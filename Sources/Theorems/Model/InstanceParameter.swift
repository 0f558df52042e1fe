import ExactMath

/// One structured parameter of a generated instance (n, d, κ, η, T, …), so that reports
/// identify instances by values a program can compare, not only by their one-line summary.
public struct InstanceParameter: Sendable, Hashable {
    /// A parameter's value.
    public enum Value: Sendable, Hashable {
        case int(Int)
        case exact(Rational)
        case float(Double)
        case text(String)
    }

    public let name: String
    public let value: Value

    public init(_ name: String, _ value: Value) {
        self.name = name
        self.value = value
    }

    public static func int(_ name: String, _ v: Int) -> InstanceParameter { InstanceParameter(name, .int(v)) }
    public static func exact(_ name: String, _ v: Rational) -> InstanceParameter { InstanceParameter(name, .exact(v)) }
    public static func float(_ name: String, _ v: Double) -> InstanceParameter { InstanceParameter(name, .float(v)) }
    public static func text(_ name: String, _ v: String) -> InstanceParameter { InstanceParameter(name, .text(v)) }
}
