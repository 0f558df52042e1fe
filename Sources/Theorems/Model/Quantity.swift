import ExactMath

/// A predicted or measured value: exact (a rational) or Float64.
public enum Quantity: Sendable, Hashable {
    case exact(Rational)
    case float(Double)

    /// The value as a Float64 (correctly rounded when exact).
    public var decimal: Double {
        switch self {
        case .exact(let r): r.doubleValue
        case .float(let x): x
        }
    }

    /// The exact form "p/q" for exact values; the shortest round-trip decimal otherwise.
    public var text: String {
        switch self {
        case .exact(let r): r.description
        case .float(let x): x.description
        }
    }

    /// Whether the value is exact.
    public var isExact: Bool {
        if case .exact = self { return true }
        return false
    }

    /// A short human-readable form: the fraction when it is short, with its decimal value.
    public var display: String {
        switch self {
        case .exact(let r):
            let s = r.description
            if r.isInteger || s.count <= 12 { return r.isInteger ? s : "\(s) ≈ \(Quantity.format(r.doubleValue))" }
            return "≈ \(Quantity.format(r.doubleValue)) (exact)"
        case .float(let x): return Quantity.format(x)
        }
    }

    /// Six significant digits, deterministic across platforms (no locale, no libc printf).
    public static func format(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        if x == 0 { return "0" }
        let magnitude = abs(x)
        if magnitude >= 1e-4 && magnitude < 1e7 {
            // Round to 6 significant digits using exact decimal scaling of the shortest repr.
            var exponent = 0
            var m = magnitude
            while m >= 10 { m /= 10; exponent += 1 }
            while m < 1 { m *= 10; exponent -= 1 }
            let decimals = max(0, 5 - exponent)
            return trimmed(fixed(x, decimals: decimals))
        }
        var exponent = 0
        var m = magnitude
        while m >= 10 { m /= 10; exponent += 1 }
        while m < 1 { m *= 10; exponent -= 1 }
        var mantissa = trimmed(fixed(m, decimals: 5))
        if mantissa == "10" { mantissa = "1"; exponent += 1 }
        return (x < 0 ? "-" : "") + mantissa + "e" + String(exponent)
    }

    /// x with a fixed number of decimals, rounded half away from zero through exact rationals.
    private static func fixed(_ x: Double, decimals: Int) -> String {
        guard let exact = Rational(exactly: x) else { return x.description }
        let scale = Rational(10).power(decimals)
        let scaled = (exact.absoluteValue * scale)
        var n = (scaled + Rational(1, 2)).floor
        if n < 0 { n = 0 }
        var digits = String(n)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            let cut = digits.index(digits.endIndex, offsetBy: -decimals)
            digits = digits[..<cut] + "." + digits[cut...]
        }
        return (x < 0 && digits.contains(where: { $0 != "0" && $0 != "." }) ? "-" : "") + digits
    }

    private static func trimmed(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}
