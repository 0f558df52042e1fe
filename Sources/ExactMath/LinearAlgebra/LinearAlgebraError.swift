/// Why a linear-algebra operation could not be carried out on its input.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// The operands' shapes do not fit the operation.
    case dimensionMismatch(String)
    /// A square matrix was required.
    case notSquare(rows: Int, columns: Int)
    /// The matrix is singular (exactly, for rationals; to working precision, for doubles).
    case singular
    /// Rows of unequal length were given.
    case raggedRows(row: Int, expected: Int, found: Int)
    /// A symmetric matrix was required.
    case notSymmetric
    /// A positive-definite matrix was required; `leadingMinor` is the order (1-based) of
    /// the first leading principal minor that is not positive.
    case notPositiveDefinite(leadingMinor: Int)
    /// An iterative method did not converge.
    case noConvergence(String)
    /// An argument outside its domain (e.g. a bracket width ≤ 0), with what is expected.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .dimensionMismatch(let s): return "dimension mismatch: \(s)"
        case .invalidArgument(let s): return "invalid argument: \(s)"
        case .notSquare(let r, let c): return "expected a square matrix, got \(r)×\(c)"
        case .singular: return "the matrix is singular"
        case .raggedRows(let row, let expected, let found):
            return "row \(row + 1) has \(found) entries, expected \(expected)"
        case .notSymmetric: return "the matrix is not symmetric"
        case .notPositiveDefinite(let k):
            return "the matrix is not positive definite: leading principal minor of order \(k) is not positive"
        case .noConvergence(let s): return "no convergence: \(s)"
        }
    }
}
