import Foundation

/// A Markdown table for a paper's appendix: theorem, paper, instances, predicted vs
/// measured, verdict and false variants, with the seed that reproduces it.
public enum MarkdownReport {
    public static func render(_ run: CheckRun) -> String {
        var out = "| " + VerdictTable.headings.joined(separator: " | ") + " |\n"
        out += "|---|---|---|---:|---|---|---|---:|\n"
        for row in VerdictTable(run).rows {
            let cells = [
                "`\(row.id)`", row.citation.short, row.provenance.rawValue, String(row.instances),
                row.predicted ?? "—", row.measured ?? "—", row.verdict, row.falseVariants,
            ]
            out += "| " + cells.map(escape).joined(separator: " | ") + " |\n"
        }
        out += "\nSeed \(run.seed), scale `\(run.scale.rawValue)`; reproduce with `provable check --seed \(run.seed) --scale \(run.scale.rawValue)`.\n"
        return out
    }

    static func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
}
