/// Renders `provable sweep` (text table, or JSON with the schema documented in README.md).
public enum SweepReport {
    /// The command that reproduces one (theorem, seed) case.
    public static func reproduce(id: String, seed: UInt64, scale: Scale) -> String {
        "provable check --theorem \(id) --seed \(seed) --scale \(scale.rawValue)"
    }

    /// Seeds as "A...B" when they are consecutive, else a comma-separated list.
    public static func seedsText(_ seeds: [UInt64]) -> String {
        guard let first = seeds.first, let last = seeds.last else { return "" }
        if seeds.count > 1, seeds == Array(first...last) { return "\(first)...\(last)" }
        return seeds.map(String.init).joined(separator: ",")
    }

    public static func text(_ run: SweepRun) -> String {
        var rows: [[String]] = [["theorem", "seeds", "holds", "refuted", "inconcl.", "not-discr.",
                                 "instances held/refuted/inconcl./inapplicable", "false variants surviving"]]
        for t in run.theorems {
            rows.append([
                t.id, String(t.runs), String(t.count(Verdict.holds)), String(t.count(Verdict.refuted)),
                String(t.count(Verdict.inconclusive)), String(t.count(Verdict.notDiscriminating)),
                SweepRun.outcomes.map { String(t.count($0)) }.joined(separator: "/"),
                t.survivingVariants.isEmpty ? "0" : "\(t.survivingVariants.count) (at \(t.survivingVariants.map(\.seeds.count).reduce(0, +)) seed(s))",
            ])
        }
        var out = "Provable sweep — seeds \(seedsText(run.seeds)), scale \(run.scale.rawValue)"
            + (run.shard.map { ", shard \($0.shard)" } ?? "") + "\n\n"
        out += TextReport.table(rows)
        for t in run.theorems where !t.nonHolding.isEmpty {
            out += "\n\(t.id):\n"
            for c in t.nonHolding.prefix(20) {
                out += "  seed \(c.seed): \(c.verdict.rawValue) — \(c.detail)\n"
                out += "    reproduce: \(reproduce(id: t.id, seed: c.seed, scale: run.scale))\n"
            }
            if t.nonHolding.count > 20 { out += "  … and \(t.nonHolding.count - 20) more (see --format json)\n" }
            for v in t.survivingVariants {
                out += "  false variant survived at seed(s) \(seedsText(v.seeds)): \(v.statement)\n"
            }
        }
        let runs = Verdict.allCases.map { "\(run.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        let instances = SweepRun.outcomes.map { "\(run.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        out += "\n\(run.theorems.count) theorem(s) × \(run.seeds.count) seed(s): \(runs)\n"
        out += "instance results: \(instances); inconclusive fraction \(Quantity.format(run.inconclusiveFraction)) (at most \(Quantity.format(run.maxInconclusiveFraction)) accepted)\n"
        out += run.succeeded ? "sweep passed\n" : "sweep FAILED\n"
        return out
    }

    public static func json(_ run: SweepRun) -> JSONValue {
        .object([("provenance", run.provenance.map(JSONReport.runProvenance) ?? .null)]
            + (run.shard.map { [("shard", JSONReport.shardBlock($0))] } ?? []) + [
            ("seeds", .array(run.seeds.map { .string(String($0)) })),
            ("scale", .string(run.scale.rawValue)),
            ("succeeded", .bool(run.succeeded)),
            ("maxInconclusiveFraction", .number(run.maxInconclusiveFraction)),
            ("inconclusiveFraction", .number(run.inconclusiveFraction)),
            ("summary", .object([
                ("verdicts", .object(Verdict.allCases.map { ($0.rawValue, .int(run.count($0))) })),
                ("instances", .object(SweepRun.outcomes.map { ($0.rawValue, .int(run.count($0))) })),
            ])),
            ("theorems", .array(run.theorems.map { t in
                .object([
                    ("id", .string(t.id)),
                    ("family", .string(t.family.rawValue)),
                    ("runs", .int(t.runs)),
                    ("verdicts", .object(t.verdicts.map { ($0.verdict.rawValue, .int($0.count)) })),
                    ("instances", .object(t.instances.map { ($0.outcome.rawValue, .int($0.count)) })),
                    ("survivingFalseVariants", .array(t.survivingVariants.map { v in
                        .object([("statement", .string(v.statement)), ("seeds", .array(v.seeds.map { .string(String($0)) }))])
                    })),
                    ("nonHolding", .array(t.nonHolding.map { c in
                        .object([
                            ("seed", .string(String(c.seed))),
                            ("verdict", .string(c.verdict.rawValue)),
                            ("detail", .string(c.detail)),
                            ("reproduce", .string(reproduce(id: t.id, seed: c.seed, scale: run.scale))),
                        ])
                    })),
                ])
            })),
        ])
    }
}
