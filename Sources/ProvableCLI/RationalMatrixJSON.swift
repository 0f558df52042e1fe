import ExactMath
import Theorems

/// Reads a matrix given as a JSON array of rows, each entry a JSON number (integer or decimal)
/// or a string "p/q", *exactly*: the number's text is parsed by `Rational(parsing:)`, never
/// through a Double. Anything else is a malformed-input error with the position.
enum RationalMatrixJSON {
    struct Malformed: Error { let message: String }

    static func parse(_ text: String) throws(Malformed) -> [[Rational]] {
        var p = Parser(scalars: Array(text.unicodeScalars))
        p.skipSpace()
        let rows = try p.rows()
        p.skipSpace()
        guard p.index == p.scalars.count else { throw p.fail("unexpected text after the closing ']'") }
        return rows
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        func fail(_ what: String) -> Malformed { Malformed(message: "\(what) at character \(index + 1)") }

        mutating func skipSpace() {
            while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
        }

        mutating func expect(_ c: Unicode.Scalar) throws(Malformed) {
            skipSpace()
            guard index < scalars.count, scalars[index] == c else { throw fail("expected '\(c)'") }
            index += 1
        }

        mutating func peek() -> Unicode.Scalar? {
            skipSpace()
            return index < scalars.count ? scalars[index] : nil
        }

        mutating func rows() throws(Malformed) -> [[Rational]] {
            try expect("[")
            var out: [[Rational]] = []
            if peek() == "]" { index += 1; return out }
            while true {
                out.append(try row())
                if peek() == "," { index += 1; continue }
                try expect("]")
                return out
            }
        }

        mutating func row() throws(Malformed) -> [Rational] {
            guard peek() == "[" else { throw fail("expected a row '[…]' (the matrix must be an array of rows)") }
            try expect("[")
            var out: [Rational] = []
            if peek() == "]" { index += 1; return out }
            while true {
                out.append(try entry())
                if peek() == "," { index += 1; continue }
                try expect("]")
                return out
            }
        }

        mutating func entry() throws(Malformed) -> Rational {
            guard let c = peek() else { throw fail("unexpected end of input") }
            var token = ""
            if c == "\"" {
                index += 1
                while index < scalars.count, scalars[index] != "\"" { token.unicodeScalars.append(scalars[index]); index += 1 }
                guard index < scalars.count else { throw fail("unterminated string") }
                index += 1
            } else {
                while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) {
                    token.unicodeScalars.append(scalars[index]); index += 1
                }
                guard !token.isEmpty else { throw fail("expected a number or a \"p/q\" string") }
            }
            do { return try Rational(parsing: token) } catch { throw fail("\(error)") }
        }
    }
}
