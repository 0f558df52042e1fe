import Foundation

/// One CSV row per theorem (RFC 4180 quoting).
public enum CSVReport {
    public static let header = ["id", "family", "citation", "provenance", "verdict", "exact", "instances", "relation",
                                "predicted", "predictedDecimal", "measured", "measuredDecimal",
                                "falseVariantsRefuted", "falseVariants", "seed", "scale"]

    public static func render(_ run: CheckRun) -> String {
        var lines = [header.joined(separator: ",")]
        for r in run.reports {
            let j = r.representative?.judgement
            let predicted = j?.predicted
            let measured = j?.measured
            var row: [String] = [r.id, r.family.rawValue, r.citation.short, r.provenance.level.rawValue, r.verdict.rawValue]
            row += [String(r.exact), String(r.instances.count), j?.relation.rawValue ?? ""]
            row += [predicted?.text ?? "", predicted.map { $0.decimal.description } ?? ""]
            row += [measured?.text ?? "", measured.map { $0.decimal.description } ?? ""]
            row += [String(r.falseVariants.filter(\.refuted).count), String(r.falseVariants.count)]
            row += [String(run.seed), run.scale.rawValue]
            lines.append(row.map(quote).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quote(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
