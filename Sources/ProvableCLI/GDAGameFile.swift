import ExactMath
import Optimizers

/// Reads a quadratic game file for `provable gda-radius`: a JSON object with keys "A", "B",
/// "C", each an array of rows whose entries are JSON numbers or strings "p/q", read exactly
/// by ``ExactJSON``. Every failure is an ``InputError`` naming what is wrong and where.
enum GDAGameFile {
    static let role = "game file"

    /// Parses the game; every matrix has at most `maxOrder` rows and columns, and d_x + d_y
    /// (the order of the iteration matrix) is at most `maxOrder` too.
    static func parse(_ text: String, limits: NumberLimits, maxOrder: Int) throws -> QuadraticGame<Rational> {
        let fields = try ExactJSON.fields(ExactJSON.parse(text, role: role), allowed: ["A", "B", "C"], role: role)
        func matrix(_ key: String) throws -> Matrix<Rational> {
            guard let node = fields[key] else { throw InputError("\(role): missing matrix \"\(key)\"") }
            return try ExactJSON.matrix(node, name: "matrix \"\(key)\"", role: role, limits: limits,
                                        maxOrder: (maxOrder, "--max-order"))
        }
        let a = try matrix("A"), c = try matrix("C")
        try checkSize(a.rows + c.rows, limit: maxOrder, "\(role): the order d_x + d_y of the iteration matrix", option: "--max-order")
        let b = try matrix("B")
        do {
            return try QuadraticGame.validated(a: a, b: b, c: c)
        } catch {
            throw InputError("\(role): \(error.description)")
        }
    }
}
