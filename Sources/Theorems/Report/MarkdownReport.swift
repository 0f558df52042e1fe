import Foundation

/// A Markdown table for a paper's appendix: theorem, paper, instances, predicted vs
/// measured, verdict and false variants, with the seed that reproduces it.
public enum MarkdownReport {
    public static func render(_ run: CheckRun) -> String {
        var out = "| Theorem | Source | Provenance | Instances | Predicted | Measured | Verdict | False variants refuted |\n"
        out += "|---|---|---|---:|---|---|---|---:|\n"
        for r in run.reports {
            let j = r.representative?.judgement
            let cells = [
                "`\(r.id)`", r.citation.short, r.provenance.level.rawValue, String(r.instances.count),
                j?.predicted.map { "\(j!.relation.rawValue) " + $0.display } ?? "—",
                j?.measured?.display ?? "—",
                r.verdict.rawValue + (r.exact ? " (exact)" : ""),
                "\(r.falseVariants.filter(\.refuted).count)/\(r.falseVariants.count)",
            ]
            out += "| " + cells.map(escape).joined(separator: " | ") + " |\n"
        }
        out += "\nSeed \(run.seed), scale `\(run.scale.rawValue)`; reproduce with `provable check --seed \(run.seed) --scale \(run.scale.rawValue)`.\n"
        return out
    }

    static func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
}
