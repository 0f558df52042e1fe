import ExactMath

/// The one JSON reader of the CLI's input files (game, problem and covariance files). JSON
/// numbers keep their source text, so every number is read **exactly** by
/// `Rational(parsing:)`, never through a Double (Foundation's JSONSerialization would round
/// "0.1" to the nearest double). Strings "p/q" are accepted wherever a number is. Failures
/// are ``InputError``s prefixed with the file's role and naming the character position.
enum ExactJSON {
    /// A JSON value whose numbers keep their text; `at` is the 0-based character offset.
    indirect enum Node {
        case number(String, at: Int)
        case string(String, at: Int)
        case array([Node], at: Int)
        case object([(String, Node)], at: Int)
    }

    /// Parses a whole document; `role` ("game file", …) prefixes every error message.
    static func parse(_ text: String, role: String) throws -> Node {
        var reader = Reader(scalars: Array(text.unicodeScalars), role: role)
        let root = try reader.value()
        reader.skipSpace()
        guard reader.index == reader.scalars.count else { throw reader.fail("unexpected text after the JSON value") }
        return root
    }

    /// A number (or "p/q" string), exactly, after the digit limit is checked on its text.
    static func number(_ node: Node, name: String, role: String, limits: NumberLimits) throws -> Rational {
        switch node {
        case .number(let t, let at), .string(let t, let at):
            try limits.check(Substring(t), "\(role): \(name) (character \(at + 1))")
            do { return try Rational(parsing: t) } catch {
                throw InputError("\(role): \(name): malformed number \"\(t)\" at character \(at + 1): \(error.description)")
            }
        default: throw InputError("\(role): \(name): expected a number or a \"p/q\" string")
        }
    }

    /// An array of numbers.
    static func numbers(_ node: Node, name: String, role: String, limits: NumberLimits) throws -> [Rational] {
        guard case .array(let items, _) = node else { throw InputError("\(role): \(name) must be an array") }
        return try items.enumerated().map { j, x in try number(x, name: "\(name)[\(j + 1)]", role: role, limits: limits) }
    }

    /// A non-empty, non-ragged matrix given as an array of rows, at most `maxOrder` rows and
    /// columns (checked before any entry is read).
    static func matrix(_ node: Node, name: String, role: String, limits: NumberLimits,
                       maxOrder: (limit: Int, option: String)) throws -> Matrix<Rational> {
        guard case .array(let rows, _) = node, !rows.isEmpty else {
            throw InputError("\(role): \(name) must be a non-empty array of rows")
        }
        try checkSize(rows.count, limit: maxOrder.limit, "\(role): the number of rows of \(name)", option: maxOrder.option)
        if case .array(let first, _) = rows[0] {
            try checkSize(first.count, limit: maxOrder.limit, "\(role): the number of columns of \(name)", option: maxOrder.option)
        }
        let parsed = try rows.enumerated().map { r, row in
            guard case .array = row else { throw InputError("\(role): \(name) must be an array of rows '[…]'") }
            return try numbers(row, name: "\(name) row \(r + 1)", role: role, limits: limits)
        }
        guard let width = parsed.first?.count, width > 0 else { throw InputError("\(role): \(name) has an empty row") }
        if let bad = parsed.firstIndex(where: { $0.count != width }) {
            throw InputError("\(role): \(name) is ragged: row \(bad + 1) has \(parsed[bad].count) entries, row 1 has \(width)")
        }
        return Matrix(parsed)
    }

    /// The fields of an object, rejecting keys outside `allowed` and duplicates.
    static func fields(_ node: Node, allowed: [String], role: String) throws -> [String: Node] {
        guard case .object(let pairs, _) = node else {
            throw InputError("\(role): expected a JSON object with keys \(allowed.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        var out: [String: Node] = [:]
        for (key, value) in pairs {
            guard allowed.contains(key) else {
                throw InputError("\(role): unknown key \"\(key)\" (expected \(allowed.map { "\"\($0)\"" }.joined(separator: ", ")))")
            }
            guard out[key] == nil else { throw InputError("\(role): duplicate key \"\(key)\"") }
            out[key] = value
        }
        return out
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        let role: String
        var index = 0

        func fail(_ what: String) -> InputError { InputError("\(role): \(what) at character \(index + 1)") }

        mutating func skipSpace() {
            while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
        }

        mutating func expect(_ c: Unicode.Scalar) throws {
            skipSpace()
            guard index < scalars.count, scalars[index] == c else { throw fail("expected '\(c)'") }
            index += 1
        }

        mutating func value(depth: Int = 0) throws -> Node {
            guard depth < 16 else { throw fail("nesting too deep") }
            skipSpace()
            guard index < scalars.count else { throw fail("unexpected end of input") }
            let start = index
            switch scalars[index] {
            case "{":
                index += 1
                var fields: [(String, Node)] = []
                skipSpace()
                if index < scalars.count, scalars[index] == "}" { index += 1; return .object(fields, at: start) }
                while true {
                    skipSpace()
                    guard case .string(let key, _) = try value(depth: depth + 1) else { throw fail("expected a string key") }
                    try expect(":")
                    fields.append((key, try value(depth: depth + 1)))
                    skipSpace()
                    if index < scalars.count, scalars[index] == "," { index += 1; continue }
                    try expect("}")
                    return .object(fields, at: start)
                }
            case "[":
                index += 1
                var items: [Node] = []
                skipSpace()
                if index < scalars.count, scalars[index] == "]" { index += 1; return .array(items, at: start) }
                while true {
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    if index < scalars.count, scalars[index] == "," { index += 1; continue }
                    try expect("]")
                    return .array(items, at: start)
                }
            case "\"":
                index += 1
                var s = ""
                while index < scalars.count, scalars[index] != "\"" {
                    if scalars[index] == "\\" { throw fail("escapes are not supported in strings") }
                    s.unicodeScalars.append(scalars[index]); index += 1
                }
                guard index < scalars.count else { throw fail("unterminated string") }
                index += 1
                return .string(s, at: start)
            default:
                var t = ""
                while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) {
                    t.unicodeScalars.append(scalars[index]); index += 1
                }
                guard !t.isEmpty else { throw fail("expected a number, a \"p/q\" string, an array or an object") }
                return .number(t, at: start)
            }
        }
    }
}
