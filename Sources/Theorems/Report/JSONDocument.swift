/// The one JSON reader of the project: reports read back by `provable diff` and `merge`, and
/// the exact input files of the family commands. Numbers keep their source text (so an input
/// number is read exactly, never through a Double), object keys keep their order, and every
/// node knows its line and column for error messages.
public enum JSONDocument {
    /// A position in the source: 1-based line and column (in Unicode scalars).
    public struct Position: Sendable, Hashable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public var description: String { "line \(line), column \(column)" }
    }

    /// A JSON value with its position.
    public indirect enum Node: Sendable {
        case null(at: Position)
        case bool(Bool, at: Position)
        case number(String, at: Position)
        case string(String, at: Position)
        case array([Node], at: Position)
        case object([(String, Node)], at: Position)

        public var position: Position {
            switch self {
            case .null(let p), .bool(_, let p), .number(_, let p), .string(_, let p), .array(_, let p), .object(_, let p): p
            }
        }

        /// The value as a ``JSONValue``: integers as `.int`, other numbers as `.number` (so a
        /// report written by ``JSONValue/serialized(indent:)`` reads back to the same bytes).
        public var value: JSONValue {
            switch self {
            case .null: .null
            case .bool(let b, _): .bool(b)
            case .number(let t, _):
                if let n = Int(t) { .int(n) } else if let x = Double(t) { .number(x) } else { .null }
            case .string(let s, _): .string(s)
            case .array(let items, _): .array(items.map(\.value))
            case .object(let fields, _): .object(fields.map { ($0.0, $0.1.value) })
            }
        }
    }

    /// A malformed document: what is wrong and where.
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public let message: String
        public let position: Position
        public var description: String { "\(message) at \(position)" }
    }

    /// The most deeply nested document accepted (reports nest to depth 6; inputs to 4).
    public static let maximumDepth = 64

    /// Parses a whole document.
    public static func parse(_ text: String) throws(SyntaxError) -> Node {
        var reader = Reader(scalars: Array(text.unicodeScalars))
        // A leading byte-order mark is not part of the document.
        if reader.scalars.first == "\u{FEFF}" { reader.advance() }
        let root = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.index == reader.scalars.count else { throw reader.fail("unexpected text after the JSON value") }
        return root
    }

    struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var column = 1

        var position: Position { Position(line: line, column: column) }

        func fail(_ what: String) -> SyntaxError { SyntaxError(message: what, position: position) }

        mutating func advance() {
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }

        mutating func skipSpace() {
            while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { advance() }
        }

        mutating func expect(_ c: Unicode.Scalar) throws(SyntaxError) {
            skipSpace()
            guard index < scalars.count, scalars[index] == c else { throw fail("expected '\(c)'") }
            advance()
        }

        mutating func literal(_ word: String) -> Bool {
            let w = Array(word.unicodeScalars)
            guard index + w.count <= scalars.count, Array(scalars[index..<(index + w.count)]) == w else { return false }
            for _ in w { advance() }
            return true
        }

        mutating func value(depth: Int) throws(SyntaxError) -> Node {
            guard depth < JSONDocument.maximumDepth else { throw fail("nesting deeper than \(JSONDocument.maximumDepth) levels") }
            skipSpace()
            guard index < scalars.count else { throw fail("unexpected end of input") }
            let start = position
            switch scalars[index] {
            case "{":
                advance()
                var fields: [(String, Node)] = []
                skipSpace()
                if index < scalars.count, scalars[index] == "}" { advance(); return .object(fields, at: start) }
                while true {
                    skipSpace()
                    guard index < scalars.count, scalars[index] == "\"" else { throw fail("expected a string key") }
                    guard case .string(let key, _) = try value(depth: depth + 1) else { throw fail("expected a string key") }
                    try expect(":")
                    fields.append((key, try value(depth: depth + 1)))
                    skipSpace()
                    if index < scalars.count, scalars[index] == "," { advance(); continue }
                    try expect("}")
                    return .object(fields, at: start)
                }
            case "[":
                advance()
                var items: [Node] = []
                skipSpace()
                if index < scalars.count, scalars[index] == "]" { advance(); return .array(items, at: start) }
                while true {
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    if index < scalars.count, scalars[index] == "," { advance(); continue }
                    try expect("]")
                    return .array(items, at: start)
                }
            case "\"":
                return .string(try string(), at: start)
            case "t":
                guard literal("true") else { throw fail("expected a value") }
                return .bool(true, at: start)
            case "f":
                guard literal("false") else { throw fail("expected a value") }
                return .bool(false, at: start)
            case "n":
                guard literal("null") else { throw fail("expected a value") }
                return .null(at: start)
            default:
                var t = ""
                while index < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[index]) {
                    t.unicodeScalars.append(scalars[index]); advance()
                }
                guard !t.isEmpty else { throw fail("expected a number, a string, true, false, null, an array or an object") }
                return .number(t, at: start)
            }
        }

        /// A string literal with the JSON escapes (\" \\ \/ \b \f \n \r \t \uXXXX, surrogate pairs).
        mutating func string() throws(SyntaxError) -> String {
            advance()  // the opening quote
            var s = ""
            while true {
                guard index < scalars.count else { throw fail("unterminated string") }
                let c = scalars[index]
                if c == "\"" { advance(); return s }
                if c.value < 0x20 { throw fail("control character in a string (escape it)") }
                if c != "\\" { s.unicodeScalars.append(c); advance(); continue }
                advance()
                guard index < scalars.count else { throw fail("unterminated escape") }
                let e = scalars[index]
                advance()
                switch e {
                case "\"": s += "\""
                case "\\": s += "\\"
                case "/": s += "/"
                case "b": s += "\u{08}"
                case "f": s += "\u{0C}"
                case "n": s += "\n"
                case "r": s += "\r"
                case "t": s += "\t"
                case "u":
                    let high = try hex4()
                    if (0xD800..<0xDC00).contains(high) {
                        guard literal("\\u") else { throw fail("unpaired surrogate") }
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low),
                              let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else {
                            throw fail("invalid surrogate pair")
                        }
                        s.unicodeScalars.append(scalar)
                    } else {
                        guard let scalar = Unicode.Scalar(high) else { throw fail("invalid \\u escape") }
                        s.unicodeScalars.append(scalar)
                    }
                default: throw fail("unknown escape '\\\(e)'")
                }
            }
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard index < scalars.count, let d = Character(scalars[index]).hexDigitValue else { throw fail("expected four hex digits") }
                v = v * 16 + UInt32(d)
                advance()
            }
            return v
        }
    }
}
