import ExactMath
import Optimizers

/// Reads a quadratic finite-sum file for `provable shuffle`: a JSON object
/// {"A": [A₁, …, Aₙ], "b": [b₁, …, bₙ]} with each Aᵢ an array of rows and each bᵢ an array;
/// entries are JSON numbers (integers or decimals) or strings "p/q", read **exactly** from
/// their text by `Rational(parsing:)`, never through a Double. Every failure is an
/// ``InputError`` naming what is wrong and where.
enum ShuffleProblemFile {
    /// A JSON tree whose numbers keep their text.
    indirect enum Node {
        case number(String, at: Int)
        case string(String, at: Int)
        case array([Node], at: Int)
        case object([(String, Node)], at: Int)
    }

    static func parse(_ text: String) throws -> QuadraticFiniteSum<Rational> {
        var p = Reader(scalars: Array(text.unicodeScalars))
        let root = try p.value()
        p.skipSpace()
        guard p.index == p.scalars.count else { throw p.fail("unexpected text after the closing '}'") }
        guard case .object(let fields, _) = root else { throw InputError("problem file: expected a JSON object {\"A\": […], \"b\": […]}") }
        var a: Node?, b: Node?
        for (key, node) in fields {
            switch key {
            case "A": guard a == nil else { throw InputError("problem file: duplicate key \"A\"") }; a = node
            case "b": guard b == nil else { throw InputError("problem file: duplicate key \"b\"") }; b = node
            default: throw InputError("problem file: unknown key \"\(key)\" (expected \"A\" and \"b\")")
            }
        }
        guard let a, case .array(let aList, _) = a else { throw InputError("problem file: \"A\" must be an array of matrices") }
        guard let b, case .array(let bList, _) = b else { throw InputError("problem file: \"b\" must be an array of vectors") }
        guard !aList.isEmpty else { throw InputError("problem file: \"A\" is empty (need at least one component)") }
        guard aList.count == bList.count else {
            throw InputError("problem file: \"A\" has \(aList.count) matrices but \"b\" has \(bList.count) vectors")
        }
        let hessians = try aList.enumerated().map { i, node in try matrix(node, name: "A[\(i + 1)]") }
        let d = hessians[0].rows
        for (i, h) in hessians.enumerated() {
            guard h.rows == d else { throw InputError("problem file: A[\(i + 1)] is \(h.rows)×\(h.columns) but A[1] is \(d)×\(d)") }
            guard h.isSymmetric else { throw InputError("problem file: A[\(i + 1)] is not symmetric") }
        }
        let linears = try bList.enumerated().map { i, node -> Vector<Rational> in
            let v = try vector(node, name: "b[\(i + 1)]")
            guard v.count == d else { throw InputError("problem file: b[\(i + 1)] has \(v.count) entries, expected \(d)") }
            return v
        }
        return QuadraticFiniteSum(hessians: hessians, linears: linears)
    }

    static func number(_ node: Node, name: String) throws -> Rational {
        switch node {
        case .number(let t, let at), .string(let t, let at):
            do { return try Rational(parsing: t) } catch {
                throw InputError("problem file: \(name): malformed number \"\(t)\" at character \(at + 1): \(error.description)")
            }
        default: throw InputError("problem file: \(name): expected a number or a \"p/q\" string")
        }
    }

    static func vector(_ node: Node, name: String) throws -> Vector<Rational> {
        guard case .array(let items, _) = node, !items.isEmpty else { throw InputError("problem file: \(name) must be a non-empty array") }
        return Vector(try items.enumerated().map { j, x in try number(x, name: "\(name)[\(j + 1)]") })
    }

    static func matrix(_ node: Node, name: String) throws -> Matrix<Rational> {
        guard case .array(let rows, _) = node, !rows.isEmpty else { throw InputError("problem file: \(name) must be a non-empty array of rows") }
        let parsed = try rows.enumerated().map { r, row in try vector(row, name: "\(name) row \(r + 1)").elements }
        let width = parsed[0].count
        if let bad = parsed.firstIndex(where: { $0.count != width }) {
            throw InputError("problem file: \(name) is ragged: row \(bad + 1) has \(parsed[bad].count) entries, row 1 has \(width)")
        }
        guard width == parsed.count else { throw InputError("problem file: \(name) is \(parsed.count)×\(width), not square") }
        return Matrix(parsed)
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        func fail(_ what: String) -> InputError { InputError("problem file: \(what) at character \(index + 1)") }

        mutating func skipSpace() {
            while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
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
                while index < scalars.count, scalars[index] != "\"" { s.unicodeScalars.append(scalars[index]); index += 1 }
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

        mutating func expect(_ c: Unicode.Scalar) throws {
            skipSpace()
            guard index < scalars.count, scalars[index] == c else { throw fail("expected '\(c)'") }
            index += 1
        }
    }
}
