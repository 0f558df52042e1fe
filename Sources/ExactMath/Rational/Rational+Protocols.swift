import BigInt
import RealModule

extension Rational: Equatable, Hashable {
    public static func == (a: Rational, b: Rational) -> Bool {
        // Both sides are normalized, so equality is field equality.
        if a.smallDenominator > 0 || b.smallDenominator > 0 {
            return a.smallDenominator == b.smallDenominator && a.smallNumerator == b.smallNumerator
        }
        return a.numerator == b.numerator && a.denominator == b.denominator
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(numerator)
        hasher.combine(denominator)
    }
}

extension Rational: Comparable {
    public static func < (a: Rational, b: Rational) -> Bool {
        if a.denominator == b.denominator { return a.numerator < b.numerator }
        let sa = a.signum, sb = b.signum
        if sa != sb { return sa < sb }
        if let (p, q) = a.small, let (r, s) = b.small {
            let (ps, o1) = p.multipliedReportingOverflow(by: s)
            let (rq, o2) = r.multipliedReportingOverflow(by: q)
            if !o1 && !o2 { return ps < rq }
        }
        return a.numerator * b.denominator < b.numerator * a.denominator
    }
}

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension Rational: CustomStringConvertible, LosslessStringConvertible {
    /// "p/q", or "p" when the value is an integer.
    public var description: String {
        denominator == 1 ? String(numerator) : "\(numerator)/\(denominator)"
    }

    /// Parses the same forms as ``Rational/init(parsing:)``; `nil` on bad text.
    public init?(_ description: String) {
        guard let value = try? Rational(parsing: description) else { return nil }
        self = value
    }
}

extension Rational: Codable {
    /// Encodes as the string "p/q" (or "p" for an integer), which is exact and portable.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes from a string in any form ``Rational/init(parsing:)`` accepts, or from a
    /// JSON integer.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            do { self = try Rational(parsing: text) } catch {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\(error)")
            }
        } else if let n = try? container.decode(Int.self) {
            self.init(n)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a rational as a string \"p/q\" or an integer")
        }
    }
}

extension Rational: AlgebraicField {
    public typealias Magnitude = Rational

    /// |a| (a rational is its own magnitude type).
    public var magnitude: Rational { absoluteValue }

    /// The exact reciprocal, `nil` only for zero.
    public var reciprocal: Rational? { isZero ? nil : inverted }

    public init?<T: BinaryInteger>(exactly source: T) {
        self.init(BigInt(source))
    }
}
