import BigInt

/// Why a piece of text is not a rational number.
public enum RationalParseError: Error, Equatable, CustomStringConvertible {
    case empty
    case malformed(String)
    case zeroDenominator(String)
    case exponentTooLarge(String)

    public var description: String {
        switch self {
        case .empty: return "empty text where a number was expected"
        case .malformed(let s): return "'\(s)' is not a number (expected an integer, a decimal such as -3.5e-2, or a fraction p/q)"
        case .zeroDenominator(let s): return "'\(s)' has a zero denominator"
        case .exponentTooLarge(let s): return "'\(s)' has an exponent beyond ±10000"
        }
    }
}

extension Rational {
    /// Parses user text exactly: an integer ("-12"), a fraction ("3/4", "-3/4", "6/-8"),
    /// or a decimal with optional exponent ("0.125", "-3.5e-2", "1E3", ".5").
    /// Leading and trailing white space is ignored. Never traps on bad text.
    public init(parsing text: String) throws(RationalParseError) {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .empty }
        if let slash = trimmed.firstIndex(of: "/") {
            let num = String(trimmed[..<slash]).trimmingWhitespace()
            let den = String(trimmed[trimmed.index(after: slash)...]).trimmingWhitespace()
            guard let p = Rational.parseInteger(num), let q = Rational.parseInteger(den) else {
                throw .malformed(trimmed)
            }
            guard !q.isZero else { throw .zeroDenominator(trimmed) }
            self.init(p, q)
            return
        }
        self = try Rational.parseDecimal(trimmed)
    }

    /// An optionally signed run of ASCII digits, or `nil`.
    static func parseInteger(_ s: String) -> BigInt? {
        var chars = Substring(s)
        var negative = false
        if let first = chars.first, first == "+" || first == "-" {
            negative = first == "-"
            chars = chars.dropFirst()
        }
        guard !chars.isEmpty, chars.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard let magnitude = BigInt(chars, radix: 10) else { return nil }
        return negative ? -magnitude : magnitude
    }

    private static func parseDecimal(_ s: String) throws(RationalParseError) -> Rational {
        var mantissa = Substring(s)
        var exponent = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let expText = String(mantissa[mantissa.index(after: e)...])
            guard let exp = parseInteger(expText) else { throw .malformed(s) }
            guard exp.magnitude <= 10_000, let small = Int(exactly: exp) else { throw .exponentTooLarge(s) }
            exponent = small
            mantissa = mantissa[..<e]
        }
        var negative = false
        if let first = mantissa.first, first == "+" || first == "-" {
            negative = first == "-"
            mantissa = mantissa.dropFirst()
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw .malformed(s) }
        let intPart = parts[0]
        let fracPart = parts.count == 2 ? parts[1] : ""
        guard !(intPart.isEmpty && fracPart.isEmpty),
              (intPart + fracPart).allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .malformed(s)
        }
        let digits = String(intPart + fracPart)
        guard let magnitude = BigInt(digits, radix: 10) else { throw .malformed(s) }
        let scale = exponent - fracPart.count
        var value: Rational
        if scale >= 0 {
            value = Rational(magnitude * BigInt(10).power(scale))
        } else {
            value = Rational(magnitude, BigInt(10).power(-scale))
        }
        if negative { value = -value }
        return value
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
