import ExactMath
import Optimizers

/// Reads a quadratic finite-sum file for `provable shuffle`: a JSON object
/// {"A": [A₁, …, Aₙ], "b": [b₁, …, bₙ]} with each Aᵢ an array of rows and each bᵢ an array;
/// entries are JSON numbers (integers or decimals) or strings "p/q", read **exactly** from
/// their text by `Rational(parsing:)`, never through a Double. Every failure is an
/// ``InputError`` naming what is wrong and where.
enum ShuffleProblemFile {
    static let role = "problem file"

    /// Parses the problem; the dimension d is at most `maxDimension` and the number of
    /// components n at most `maxComponents` (both checked before the entries are read).
    static func parse(_ text: String, limits: NumberLimits, maxDimension: Int, maxComponents: Int) throws -> QuadraticFiniteSum<Rational> {
        let fields = try ExactJSON.fields(ExactJSON.parse(text, role: role), allowed: ["A", "b"], role: role)
        guard let a = fields["A"], case .array(let aList, _) = a else { throw InputError("\(role): \"A\" must be an array of matrices") }
        guard let b = fields["b"], case .array(let bList, _) = b else { throw InputError("\(role): \"b\" must be an array of vectors") }
        guard !aList.isEmpty else { throw InputError("\(role): \"A\" is empty (need at least one component)") }
        try checkSize(aList.count, limit: maxComponents, "\(role): the number n of components", option: "--max-components")
        guard aList.count == bList.count else {
            throw InputError("\(role): \"A\" has \(aList.count) matrices but \"b\" has \(bList.count) vectors")
        }
        let hessians = try aList.enumerated().map { i, node in
            let h = try ExactJSON.matrix(node, name: "A[\(i + 1)]", role: role, limits: limits,
                                         maxOrder: (maxDimension, "--max-dimension"))
            guard h.isSquare else { throw InputError("\(role): A[\(i + 1)] is \(h.rows)×\(h.columns), not square") }
            return h
        }
        let d = hessians[0].rows
        for (i, h) in hessians.enumerated() {
            guard h.rows == d else { throw InputError("\(role): A[\(i + 1)] is \(h.rows)×\(h.columns) but A[1] is \(d)×\(d)") }
            guard h.isSymmetric else { throw InputError("\(role): A[\(i + 1)] is not symmetric") }
        }
        let linears = try bList.enumerated().map { i, node -> Vector<Rational> in
            let v = try ExactJSON.numbers(node, name: "b[\(i + 1)]", role: role, limits: limits)
            guard v.count == d else { throw InputError("\(role): b[\(i + 1)] has \(v.count) entries, expected \(d)") }
            return Vector(v)
        }
        return QuadraticFiniteSum(hessians: hessians, linears: linears)
    }
}
