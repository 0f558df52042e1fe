/// The human-readable table `provable check` prints by default.
public enum TextReport {
    public static func render(_ run: CheckRun) -> String {
        var rows: [[String]] = [["theorem", "provenance", "inst", "verdict", "predicted", "measured", "false variants refuted"]]
        for r in run.reports {
            let j = r.representative?.judgement
            rows.append([
                r.id, r.provenance.level.rawValue, String(r.instances.count), r.verdict.rawValue,
                j?.predicted.map { "\(j!.relation.rawValue) " + $0.display } ?? "—",
                j?.measured?.display ?? "—",
                "\(r.falseVariants.filter(\.refuted).count)/\(r.falseVariants.count)",
            ])
        }
        var out = "Provable check — seed \(run.seed), scale \(run.scale.rawValue)\n\n"
        out += table(rows)
        let problems = run.reports.filter { !$0.verdict.isSuccess }
        for r in problems {
            out += "\n\(r.id): \(r.verdict.rawValue)\n"
            if let failure = r.failure { out += "  \(failure)\n" }
            for i in r.instances where i.judgement.outcome == .refuted || i.judgement.outcome == .inconclusive {
                out += "  [\(i.judgement.outcome.rawValue)] \(i.summary)\n"
                if let reason = i.judgement.reason { out += "    reason: \(reason)\n" }
                if let c = i.judgement.certificate { out += "    certificate: \(c)\n" }
            }
            for f in r.falseVariants where !f.refuted {
                out += "  false variant NOT refuted on \(f.applicableInstances) instance(s): \(f.statement)\n"
            }
        }
        let summary = run.counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
        out += "\n\(run.reports.count) theorem(s): \(summary.isEmpty ? "none run" : summary)\n"
        out += "Reproduce with: provable check --seed \(run.seed) --scale \(run.scale.rawValue) [--theorem ID]\n"
        return out
    }

    /// Left-aligned columns separated by two spaces (widths in characters).
    static func table(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        let widths = (0..<first.count).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.enumerated().map { index, row in
            let line = row.enumerated().map { c, cell in
                c == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[c] - cell.count)
            }.joined(separator: "  ")
            return index == 0 ? line + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") : line
        }.joined(separator: "\n") + "\n"
    }
}
