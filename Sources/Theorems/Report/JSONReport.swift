/// The documented JSON schema of `provable list` and `provable check` (see README.md,
/// "JSON schema"). Keys are stable; new keys may be added, none removed or renamed.
public enum JSONReport {
    /// `check`: {provenance, [shard,] seed, scale, succeeded, summary, theorems: [...]}.
    public static func render(_ run: CheckRun) -> JSONValue {
        .object([("provenance", run.provenance.map(runProvenance) ?? .null)]
            + (run.shard.map { [("shard", shardBlock($0))] } ?? []) + [
            ("seed", .string(String(run.seed))),
            ("scale", .string(run.scale.rawValue)),
            ("succeeded", .bool(run.succeeded)),
            ("summary", .object(run.counts.map { ($0.0.rawValue, .int($0.1)) })),
            ("theorems", .array(run.reports.map(theorem))),
        ])
    }

    /// One theorem's entry.
    static func theorem(_ r: TheoremReport) -> JSONValue {
        let j = r.representative?.judgement
        return .object([
            ("id", .string(r.id)),
            ("family", .string(r.family.rawValue)),
            ("citation", citation(r.citation)),
            ("provenance", provenance(r.provenance)),
            ("statement", .string(r.statement)),
            ("claim", .string(r.claimStatement)),
            ("kind", .string(r.kind.rawValue)),
            ("verdict", .string(r.verdict.rawValue)),
            ("exact", .bool(r.exact)),
            ("instances", .int(r.instances.count)),
            ("relation", j.map { .string($0.relation.rawValue) } ?? .null),
            ("predicted", .quantity(j?.predicted)),
            ("predictedDecimal", .decimal(j?.predicted)),
            ("measured", .quantity(j?.measured)),
            ("measuredDecimal", .decimal(j?.measured)),
            ("tolerance", .quantity(j?.tolerance)),
            ("toleranceDecimal", .decimal(j?.tolerance)),
            ("falseVariants", .array(r.falseVariants.map(falseVariant))),
            ("failure", .optional(r.failure)),
            ("instanceResults", .array(r.instances.map(instance))),
        ])
    }

    static func instance(_ i: InstanceReport) -> JSONValue {
        .object([("index", .int(i.index)), ("instance", .string(i.summary)),
                 ("parameters", parameters(i.parameters))] + judgementFields(i.judgement))
    }

    /// {name: value}: integers and Float64 values as JSON numbers, exact rationals as "p/q", text as strings.
    static func parameters(_ list: [InstanceParameter]) -> JSONValue {
        .object(list.map { p in
            switch p.value {
            case .int(let n): (p.name, .int(n))
            case .exact(let r): (p.name, .string(r.description))
            case .float(let x): (p.name, .number(x))
            case .text(let t): (p.name, .string(t))
            }
        })
    }

    /// {version, commit, swift, platform, arguments}.
    public static func runProvenance(_ p: RunProvenance) -> JSONValue {
        .object([
            ("version", .string(p.version)),
            ("commit", .optional(p.commit)),
            ("swift", .string(p.swift)),
            ("platform", .string(p.platform)),
            ("arguments", .array(p.arguments.map(JSONValue.string))),
        ])
    }

    /// {index, count, selection[, seeds]}: present only in the report of one shard.
    public static func shardBlock(_ s: ShardSelection) -> JSONValue {
        .object([
            ("index", .int(s.shard.index)),
            ("count", .int(s.shard.count)),
            ("selection", .array(s.selection.map(JSONValue.string))),
        ] + (s.seeds.map { [("seeds", .array($0.map { .string(String($0)) }))] } ?? []))
    }

    /// {level, source}.
    public static func provenance(_ p: Provenance) -> JSONValue {
        .object([("level", .string(p.level.rawValue)), ("source", .string(p.source))])
    }

    static func falseVariant(_ f: FalseVariantReport) -> JSONValue {
        .object([
            ("statement", .string(f.statement)),
            ("refuted", .bool(f.refuted)),
            ("refutingInstances", .int(f.refutingInstances)),
            ("applicableInstances", .int(f.applicableInstances)),
            ("witnessInstance", .optional(f.witnessInstance)),
            ("witness", f.witness.map { .object(judgementFields($0)) } ?? .null),
        ])
    }

    static func judgementFields(_ j: Judgement) -> [(String, JSONValue)] {
        [
            ("outcome", .string(j.outcome.rawValue)),
            ("relation", .string(j.relation.rawValue)),
            ("predicted", .quantity(j.predicted)),
            ("predictedDecimal", .decimal(j.predicted)),
            ("measured", .quantity(j.measured)),
            ("measuredDecimal", .decimal(j.measured)),
            ("tolerance", .quantity(j.tolerance)),
            ("toleranceDecimal", .decimal(j.tolerance)),
            ("certificate", .optional(j.certificate)),
            ("reason", .optional(j.reason)),
        ]
    }

    /// {authors, title, venue, year, arxiv, theorem}.
    public static func citation(_ c: Citation) -> JSONValue {
        .object([
            ("authors", .array(c.authors.map(JSONValue.string))),
            ("title", .string(c.title)),
            ("venue", .string(c.venue)),
            ("year", .int(c.year)),
            ("arxiv", .optional(c.arxiv)),
            ("theorem", .string(c.theorem)),
        ])
    }

    /// `list`: an array of {id, family, statement, citation}.
    public static func list(_ theorems: [any Theorem]) -> JSONValue {
        .array(theorems.map { t in
            .object([
                ("id", .string(t.id)),
                ("family", .string(t.family.rawValue)),
                ("statement", .string(t.statement)),
                ("citation", citation(t.citation)),
                ("provenance", provenance(t.provenance)),
                ("falseVariants", .array(falseVariantStatements(t).map(JSONValue.string))),
            ])
        })
    }

    static func falseVariantStatements<T: Theorem>(_ t: T) -> [String] { t.falseVariants.map(\.statement) }
}
