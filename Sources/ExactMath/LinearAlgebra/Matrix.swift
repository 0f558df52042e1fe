import RealModule

/// A dense row-major matrix over any scalar: `Rational` for exact work, `Double` for
/// Float64 work. Algorithms are written once over `AlgebraicField` (swift-numerics),
/// which both conform to.
public struct Matrix<Scalar>: Sendable where Scalar: Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The entries, row by row: entry (i, j) is `elements[i * columns + j]`.
    public var elements: [Scalar]

    /// A matrix from its row-major entries. - Precondition: `elements.count == rows * columns`.
    public init(rows: Int, columns: Int, elements: [Scalar]) {
        precondition(rows >= 0 && columns >= 0 && elements.count == rows * columns,
                     "Matrix: \(elements.count) entries do not fill \(rows)×\(columns)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix with every entry equal to `value`.
    public init(rows: Int, columns: Int, repeating value: Scalar) {
        self.init(rows: rows, columns: columns, elements: Array(repeating: value, count: rows * columns))
    }

    /// A matrix from an array of equally long rows. - Precondition: the rows are not ragged.
    public init(_ rowArrays: [[Scalar]]) {
        let columns = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == columns }, "Matrix: ragged rows")
        self.init(rows: rowArrays.count, columns: columns, elements: rowArrays.flatMap { $0 })
    }

    /// A matrix from rows given by user input: a typed error when the rows are ragged.
    public init(validatingRows rowArrays: [[Scalar]]) throws(LinearAlgebraError) {
        let columns = rowArrays.first?.count ?? 0
        for (i, row) in rowArrays.enumerated() where row.count != columns {
            throw .raggedRows(row: i, expected: columns, found: row.count)
        }
        self.init(rows: rowArrays.count, columns: columns, elements: rowArrays.flatMap { $0 })
    }

    /// A matrix whose entry (i, j) is `entry(i, j)`.
    public init(rows: Int, columns: Int, entry: (Int, Int) throws -> Scalar) rethrows {
        var elements: [Scalar] = []
        elements.reserveCapacity(rows * columns)
        for i in 0..<rows { for j in 0..<columns { elements.append(try entry(i, j)) } }
        self.init(rows: rows, columns: columns, elements: elements)
    }

    /// Entry (i, j).
    @inlinable
    public subscript(i: Int, j: Int) -> Scalar {
        get { elements[i * columns + j] }
        set { elements[i * columns + j] = newValue }
    }

    /// Whether the matrix is square.
    public var isSquare: Bool { rows == columns }

    /// Row i as an array.
    public func row(_ i: Int) -> [Scalar] { Array(elements[(i * columns)..<((i + 1) * columns)]) }

    /// Column j as an array.
    public func column(_ j: Int) -> [Scalar] { (0..<rows).map { self[$0, j] } }

    /// The rows as nested arrays.
    public var rowArrays: [[Scalar]] { (0..<rows).map(row) }

    /// Aᵀ.
    public var transposed: Matrix {
        Matrix(rows: columns, columns: rows) { i, j in self[j, i] }
    }

    /// The matrix with `transform` applied to every entry.
    public func map<T>(_ transform: (Scalar) throws -> T) rethrows -> Matrix<T> {
        Matrix<T>(rows: rows, columns: columns, elements: try elements.map(transform))
    }

    /// The sub-matrix of the given rows and columns.
    public func submatrix(rows rowIndices: [Int], columns columnIndices: [Int]) -> Matrix {
        Matrix(rows: rowIndices.count, columns: columnIndices.count) { i, j in
            self[rowIndices[i], columnIndices[j]]
        }
    }
}

extension Matrix: Equatable where Scalar: Equatable {}
extension Matrix: Hashable where Scalar: Hashable {}

extension Matrix where Scalar: AlgebraicField {
    /// The n×n zero matrix with ones on the diagonal.
    public static func identity(_ n: Int) -> Matrix {
        Matrix(rows: n, columns: n) { i, j in i == j ? 1 : 0 }
    }

    /// The zero matrix.
    public static func zero(rows: Int, columns: Int) -> Matrix {
        Matrix(rows: rows, columns: columns, repeating: 0)
    }

    /// The square matrix with `diagonal` on its diagonal.
    public static func diagonal(_ diagonal: [Scalar]) -> Matrix {
        Matrix(rows: diagonal.count, columns: diagonal.count) { i, j in i == j ? diagonal[i] : 0 }
    }

    /// The block matrix [[A, B], [C, D]]. - Precondition: the blocks fit.
    public static func block(_ a: Matrix, _ b: Matrix, _ c: Matrix, _ d: Matrix) -> Matrix {
        precondition(a.rows == b.rows && c.rows == d.rows && a.columns == c.columns && b.columns == d.columns,
                     "Matrix.block: blocks do not fit")
        return Matrix(rows: a.rows + c.rows, columns: a.columns + b.columns) { i, j in
            if i < a.rows { return j < a.columns ? a[i, j] : b[i, j - a.columns] }
            return j < a.columns ? c[i - a.rows, j] : d[i - a.rows, j - a.columns]
        }
    }

    /// Whether A = Aᵀ.
    public var isSymmetric: Bool {
        guard isSquare else { return false }
        for i in 0..<rows { for j in 0..<i where self[i, j] != self[j, i] { return false } }
        return true
    }

    /// The sum of the diagonal entries.
    public var trace: Scalar {
        precondition(isSquare, "trace of a non-square matrix")
        var t: Scalar = 0
        for i in 0..<rows { t += self[i, i] }
        return t
    }
}

extension Matrix: CustomStringConvertible {
    public var description: String {
        rowArrays.map { "[" + $0.map { "\($0)" }.joined(separator: ", ") + "]" }.joined(separator: "\n")
    }
}
