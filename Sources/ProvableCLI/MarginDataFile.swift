import ExactMath
import Foundation
import SwiftCSV

/// A labelled data file for `provable margin`: CSV rows `label,x1,…,xd` with labels ±1 and
/// values that are integers, decimals or p/q fractions, read exactly. A first row whose
/// label cell is not a number is taken as a header. Blank rows are skipped.
///
/// The CSV syntax (a UTF-8 byte-order mark, LF, CRLF or CR row ends, quoted fields with `""`
/// escapes and embedded commas or newlines, blank trailing rows) is read by SwiftCSV; every
/// cell's text is then parsed by `Rational(parsing:)`, never through a Double. Rows in
/// messages are the 1-based records of the file, the header and blank rows included (the
/// line number unless a quoted field spans lines); columns are 1-based.
enum MarginDataFile {
    /// The signed rows zᵢ = yᵢxᵢ, exactly. Every cell is checked against the digit limit before
    /// it is read, and the table against `maxEntries` (rows × features) as soon as it is exceeded.
    static func parse(_ text: String, limits: NumberLimits, maxEntries: Int) throws -> Matrix<Rational> {
        var rows: [[Rational]] = []
        var width: Int? = nil
        for (index, record) in try records(text).enumerated() {
            let row = index + 1
            let cells = record.map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.allSatisfy(\.isEmpty) && cells.count <= 1 { continue }   // a blank row
            var values: [Rational] = []
            var bad: (Int, String)? = nil
            try checkSize((rows.count + 1) * max(cells.count - 1, 1), limit: maxEntries,
                          "row \(row): the number of entries (rows × features) read so far", option: "--max-entries")
            for (c, cell) in cells.enumerated() {
                try limits.check(Substring(cell), "row \(row), column \(c + 1)")
                if let r = try? Rational(parsing: cell) { values.append(r) } else { bad = bad ?? (c, cell); break }
            }
            if let (c, cell) = bad {
                // A header: the first non-blank row, with a non-numeric label cell.
                if c == 0 && rows.isEmpty && width == nil {
                    width = cells.count      // header row
                    continue
                }
                throw InputError("row \(row), column \(c + 1): '\(excerpt(cell))' is not a number (integer, decimal or p/q)")
            }
            guard cells.count >= 2 else { throw InputError("row \(row): expected label,x1,…,xd with at least one feature") }
            if let w = width, w != cells.count {
                throw InputError("row \(row): \(cells.count) cells, expected \(w) (ragged rows)")
            }
            width = cells.count
            let label = values[0]
            guard label == 1 || label == -1 else { throw InputError("row \(row): label \(excerpt(label.description)) is not +1 or -1") }
            rows.append(values.dropFirst().map { label * $0 })
        }
        guard !rows.isEmpty else { throw InputError("no data rows") }
        return Matrix(rows)
    }

    /// The records of `text` as SwiftCSV reads them, every record in file order (blank ones as
    /// `[""]`), so that a record's position is its row number. A missing final row end is
    /// supplied first, so that a last row ending in an empty cell keeps that cell. A quoting
    /// error is an ``InputError`` naming the row it occurred in.
    static func records(_ text: String) throws -> [[String]] {
        let terminated = text.last?.isNewline ?? true ? text : text + "\n"
        var records: [[String]] = []
        do {
            // rowLimit 0: the view's own (rectangular, padded) rows are not wanted; every
            // record, header included, comes from enumerateAsArray below.
            let csv = try CSV<Enumerated>(string: terminated, delimiter: .comma, loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { records.append($0) }
        } catch let error as CSVParseError {
            let detail: String
            switch error {
            case let .quotation(message), let .generic(message): detail = message
            }
            throw InputError("row \(records.count + 1): malformed quoting (a quote inside an unquoted field, or text after a closing quote: \(excerpt(detail))); quote a field as \"…\" and write a quote inside it as \"\"")
        }
        return records
    }

    /// A short one-line rendering of input text for a message: control and invisible format
    /// characters (a byte-order mark, a tab, a line end) as \u{…}, and at most 40 characters.
    static func excerpt(_ text: String, limit: Int = 40) -> String {
        var shown = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { return shown + "…" }
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                shown.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return shown
    }
}
