import ExactMath
import Optimizers

/// Reads a quadratic game file for `provable gda-radius`: a JSON object with keys "A", "B",
/// "C", each a JSON array of rows whose entries are JSON numbers (integers or decimals) or
/// strings "p/q". Numbers are read **exactly** from their text by `Rational(parsing:)`, never
/// through a Double. Every failure is an ``InputError`` naming what is wrong and where.
enum GDAGameFile {
    static func parse(_ text: String) throws -> QuadraticGame<Rational> {
        var p = Scanner(scalars: Array(text.unicodeScalars))
        var matrices: [String: [[Rational]]] = [:]
        try p.expect("{")
        if p.peek() != "}" {
            while true {
                let key = try p.string()
                try p.expect(":")
                guard ["A", "B", "C"].contains(key) else { throw p.fail("unknown key \"\(key)\" (expected \"A\", \"B\", \"C\")") }
                guard matrices[key] == nil else { throw p.fail("duplicate key \"\(key)\"") }
                matrices[key] = try p.rows(name: key)
                if p.peek() == "," { p.index += 1; continue }
                break
            }
        }
        try p.expect("}")
        p.skipSpace()
        guard p.index == p.scalars.count else { throw p.fail("unexpected text after the closing '}'") }
        func matrix(_ key: String) throws -> Matrix<Rational> {
            guard let rows = matrices[key] else { throw InputError("game file: missing matrix \"\(key)\"") }
            guard let width = rows.first?.count, width > 0 else { throw InputError("game file: matrix \"\(key)\" is empty") }
            if let bad = rows.firstIndex(where: { $0.count != width }) {
                throw InputError("game file: matrix \"\(key)\" row \(bad + 1) has \(rows[bad].count) entries, expected \(width)")
            }
            return Matrix(rows)
        }
        let a = try matrix("A"), b = try matrix("B"), c = try matrix("C")
        do {
            return try QuadraticGame.validated(a: a, b: b, c: c)
        } catch {
            throw InputError("game file: \(error.description)")
        }
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        func fail(_ what: String) -> InputError { InputError("game file: \(what) at character \(index + 1)") }

        mutating func skipSpace() {
            while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
        }

        mutating func peek() -> Unicode.Scalar? {
            skipSpace()
            return index < scalars.count ? scalars[index] : nil
        }

        mutating func expect(_ c: Unicode.Scalar) throws {
            guard peek() == c else { throw fail("expected '\(c)'") }
            index += 1
        }

        mutating func string() throws -> String {
            try expect("\"")
            var out = ""
            while index < scalars.count, scalars[index] != "\"" {
                if scalars[index] == "\\" { throw fail("escapes are not supported in strings") }
                out.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard index < scalars.count else { throw fail("unterminated string") }
            index += 1
            return out
        }

        mutating func rows(name: String) throws -> [[Rational]] {
            try expect("[")
            var out: [[Rational]] = []
            if peek() == "]" { index += 1; return out }
            while true {
                guard peek() == "[" else { throw fail("matrix \"\(name)\" must be an array of rows '[…]'") }
                index += 1
                var row: [Rational] = []
                if peek() == "]" { index += 1 } else {
                    while true {
                        row.append(try entry())
                        if peek() == "," { index += 1; continue }
                        try expect("]")
                        break
                    }
                }
                out.append(row)
                if peek() == "," { index += 1; continue }
                try expect("]")
                return out
            }
        }

        mutating func entry() throws -> Rational {
            let start = index
            let text: String
            if peek() == "\"" {
                text = try string()
            } else {
                var s = ""
                while index < scalars.count, "0123456789+-.eE".unicodeScalars.contains(scalars[index]) {
                    s.unicodeScalars.append(scalars[index]); index += 1
                }
                guard !s.isEmpty else { throw fail("expected a number or a \"p/q\" string") }
                text = s
            }
            do { return try Rational(parsing: text) } catch {
                index = start
                throw fail("malformed number: \(error.description)")
            }
        }
    }
}
