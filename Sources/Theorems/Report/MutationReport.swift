/// Renders `provable mutants`: the kill matrix (mutant × theorem) and the mutation score.
public enum MutationReport {
    /// One cell of the matrix: K killed (refuted), N killed (not discriminating), i
    /// inconclusive, · held.
    static func cell(_ v: Verdict) -> String {
        switch v {
        case .refuted: "K"
        case .notDiscriminating: "N"
        case .inconclusive: "i"
        case .holds: "·"
        }
    }

    public static func text(_ run: MutationRun) -> String {
        var rows: [[String]] = [["mutant", "family", "equivalent", "outcome", "expected", "killed by"]]
        for r in run.reports {
            rows.append([r.id, r.family.rawValue, r.isEquivalent ? "yes" : "no", r.outcome.rawValue,
                         r.meetsExpectation ? "yes" : "NO",
                         r.isEquivalent ? (r.killers.isEmpty ? "—" : r.killers.joined(separator: ", "))
                                        : (r.killers.isEmpty ? "—" : "\(r.killers.count): " + r.killers.joined(separator: ", "))])
        }
        var out = "Provable mutants — seed \(run.seed), scale \(run.scale.rawValue)\n\n"
        out += TextReport.table(rows)
        out += "\nKill matrix (K refuted, N not discriminating, i inconclusive, · holds):\n"
        for r in run.reports {
            out += "\n\(r.id)\(r.isEquivalent ? " (equivalent)" : ""): \(r.summary)\n"
            for v in r.verdicts { out += "  \(cell(v.verdict))  \(v.theorem)\n" }
        }
        let real = run.reports.filter { !$0.isEquivalent }
        let killed = real.filter { $0.outcome == .killed }.count
        let equivalents = run.reports.filter(\.isEquivalent)
        out += "\nmutation score \(killed)/\(real.count) non-equivalent mutants killed"
        out += "; \(equivalents.filter(\.meetsExpectation).count)/\(equivalents.count) equivalent mutants survive\n"
        out += run.succeeded ? "mutants passed\n" : "mutants FAILED\n"
        return out
    }

    public static func json(_ run: MutationRun) -> JSONValue {
        .object([
            ("seed", .string(String(run.seed))),
            ("scale", .string(run.scale.rawValue)),
            ("succeeded", .bool(run.succeeded)),
            ("score", .number(run.score)),
            ("mutants", .array(run.reports.map { r in
                .object([
                    ("id", .string(r.id)),
                    ("family", .string(r.family.rawValue)),
                    ("summary", .string(r.summary)),
                    ("equivalent", .bool(r.isEquivalent)),
                    ("outcome", .string(r.outcome.rawValue)),
                    ("meetsExpectation", .bool(r.meetsExpectation)),
                    ("verdicts", .array(r.verdicts.map { v in
                        .object([("theorem", .string(v.theorem)), ("verdict", .string(v.verdict.rawValue))])
                    })),
                ])
            })),
        ])
    }
}
