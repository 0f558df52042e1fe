import ExactMath
import Foundation

/// A labelled data file for `provable margin`: CSV rows `label,x1,…,xd` with labels ±1 and
/// values that are integers, decimals or p/q fractions, read exactly. A first row whose
/// label cell is not a number is taken as a header. Blank lines are skipped.
enum MarginDataFile {
    /// The signed rows zᵢ = yᵢxᵢ, exactly. Every cell is checked against the digit limit before
    /// it is read, and the table against `maxEntries` (rows × features) as soon as it is exceeded.
    static func parse(_ text: String, limits: NumberLimits, maxEntries: Int) throws -> Matrix<Rational> {
        var rows: [[Rational]] = []
        var width: Int? = nil
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            var values: [Rational] = []
            var bad: (Int, String)? = nil
            try checkSize((rows.count + 1) * max(cells.count - 1, 1), limit: maxEntries,
                          "line \(index + 1): the number of entries (rows × features) read so far", option: "--max-entries")
            for (c, cell) in cells.enumerated() {
                try limits.check(Substring(cell), "line \(index + 1), column \(c + 1)")
                if let r = try? Rational(parsing: cell) { values.append(r) } else { bad = bad ?? (c, cell); break }
            }
            if let (c, cell) = bad {
                // A header: the first non-blank line, with a non-numeric label cell.
                if c == 0 && rows.isEmpty && width == nil {
                    width = cells.count      // header row
                    continue
                }
                throw InputError("line \(index + 1), column \(c + 1): '\(cell)' is not a number (integer, decimal or p/q)")
            }
            guard cells.count >= 2 else { throw InputError("line \(index + 1): expected label,x1,…,xd with at least one feature") }
            if let w = width, w != cells.count {
                throw InputError("line \(index + 1): \(cells.count) cells, expected \(w) (ragged rows)")
            }
            width = cells.count
            let label = values[0]
            guard label == 1 || label == -1 else { throw InputError("line \(index + 1): label \(label) is not +1 or -1") }
            rows.append(values.dropFirst().map { label * $0 })
        }
        guard !rows.isEmpty else { throw InputError("no data rows") }
        return Matrix(rows)
    }
}

