/// What one theorem did over a range of seeds: the result of `provable sweep` per theorem.
public struct SweepTheoremSummary: Sendable {
    /// One (theorem, seed) run that did not hold, with what reproduces it.
    public struct Case: Sendable, Hashable {
        public let seed: UInt64
        public let verdict: Verdict
        /// The first refuted or inconclusive instance's reason, the generation failure, or the
        /// surviving false variant.
        public let detail: String
    }

    /// A false variant that survived (was refuted on no instance) at some seeds.
    public struct SurvivingVariant: Sendable, Hashable {
        public let statement: String
        public let seeds: [UInt64]
    }

    public let id: String
    public let family: Family
    /// How many seeds gave each verdict, in `Verdict.allCases` order.
    public let verdicts: [(verdict: Verdict, count: Int)]
    /// How many instance results had each outcome, over all seeds, in `Outcome` order.
    public let instances: [(outcome: Outcome, count: Int)]
    public let nonHolding: [Case]
    public let survivingVariants: [SurvivingVariant]

    /// Count of a verdict.
    public func count(_ v: Verdict) -> Int { verdicts.first { $0.verdict == v }?.count ?? 0 }
    /// Count of an instance outcome.
    public func count(_ o: Outcome) -> Int { instances.first { $0.outcome == o }?.count ?? 0 }
    /// Number of seeds run.
    public var runs: Int { verdicts.map(\.count).reduce(0, +) }
}

/// `provable sweep`: the catalog over many seeds, outcomes counted per theorem. This is what
/// is run before trusting a change to a check: a verdict that flips with the seed cannot be cited.
public struct SweepRun: Sendable {
    public let seeds: [UInt64]
    public let scale: Scale
    public let theorems: [SweepTheoremSummary]
    /// The largest fraction of inconclusive instance results the sweep accepts.
    public let maxInconclusiveFraction: Double
    /// What produced the sweep (set by the command line).
    public var provenance: RunProvenance?
    /// For one shard of a sweep: the shard, the whole selection and every seed.
    public var shard: ShardSelection?

    /// The instance outcomes in report order.
    public static let outcomes: [Outcome] = [.holds, .refuted, .inconclusive, .inapplicable]

    /// Runs every (theorem, seed) pair on up to `jobs` tasks at once. The result does not
    /// depend on `jobs`. `progress` is called after each pair completes.
    /// With `shard`, only that shard's (theorem, seed) pairs run (cut by measured cost); each
    /// theorem's summary then covers its pairs in the shard, and `provable merge` adds them up.
    public static func run(theorems: [any Theorem], seeds: [UInt64], scale: Scale, jobs: Int = CheckRun.defaultJobs,
                           maxInconclusiveFraction: Double = 0.01, shard: Shard? = nil,
                           progress: (@Sendable (_ id: String, _ seed: UInt64, _ completed: Int, _ total: Int, _ seconds: Double) -> Void)? = nil)
        async -> SweepRun {
        let boxes = theorems.map(TheoremBox.init)
        var pairs = boxes.indices.flatMap { t in seeds.map { (t, $0) } }.map(SweepPair.init)
        if let shard {
            let costs = pairs.map { ShardCosts.cost(id: boxes[$0.theorem].theorem.id, scale: scale) }
            pairs = shard.positions(costs: costs).map { pairs[$0] }
        }
        let total = pairs.count
        let results = await ParallelMap.map(pairs, jobs: jobs, progress: progress.map { p in
            { _, result, completed, seconds in p(result.id, result.seed, completed, total, seconds) }
        }) { pair in
            SweepResult(Catalog.run(boxes[pair.theorem].theorem, seed: pair.seed, scale: scale), seed: pair.seed)
        }
        var byTheorem = [[SweepResult]](repeating: [], count: boxes.count)
        for (pair, result) in zip(pairs, results) { byTheorem[pair.theorem].append(result) }
        let summaries = boxes.indices.map { t in
            summarize(id: boxes[t].theorem.id, family: boxes[t].theorem.family, results: byTheorem[t])
        }
        var run = SweepRun(seeds: seeds, scale: scale, theorems: summaries, maxInconclusiveFraction: maxInconclusiveFraction)
        run.shard = shard.map { ShardSelection(shard: $0, selection: theorems.map(\.id), seeds: seeds) }
        return run
    }

    public init(seeds: [UInt64], scale: Scale, theorems: [SweepTheoremSummary], maxInconclusiveFraction: Double) {
        self.seeds = seeds
        self.scale = scale
        self.theorems = theorems
        self.maxInconclusiveFraction = maxInconclusiveFraction
    }

    static func summarize(id: String, family: Family, results: [SweepResult]) -> SweepTheoremSummary {
        let verdicts = Verdict.allCases.map { v in (verdict: v, count: results.filter { $0.verdict == v }.count) }
        let instances = outcomes.map { o in (outcome: o, count: results.map { $0.outcomes[o] ?? 0 }.reduce(0, +)) }
        let cases = results.filter { $0.verdict != .holds }
            .map { SweepTheoremSummary.Case(seed: $0.seed, verdict: $0.verdict, detail: $0.detail) }
        var variantSeeds: [String: [UInt64]] = [:]
        var order: [String] = []
        for r in results {
            for statement in r.survivingVariants {
                if variantSeeds[statement] == nil { order.append(statement) }
                variantSeeds[statement, default: []].append(r.seed)
            }
        }
        return SweepTheoremSummary(id: id, family: family, verdicts: verdicts, instances: instances, nonHolding: cases,
                                   survivingVariants: order.map { .init(statement: $0, seeds: variantSeeds[$0]!) })
    }

    /// Total instance results with each outcome.
    public func count(_ o: Outcome) -> Int { theorems.map { $0.count(o) }.reduce(0, +) }
    /// Total (theorem, seed) runs with each verdict.
    public func count(_ v: Verdict) -> Int { theorems.map { $0.count(v) }.reduce(0, +) }

    /// Inconclusive instance results over all decided-or-not instance results (inapplicable excluded).
    public var inconclusiveFraction: Double {
        let inconclusive = count(Outcome.inconclusive)
        let relevant = count(Outcome.holds) + count(Outcome.refuted) + inconclusive
        return relevant == 0 ? 0 : Double(inconclusive) / Double(relevant)
    }

    /// No run refuted or not discriminating, and inconclusive instance results within the bound.
    public var succeeded: Bool {
        count(Verdict.refuted) == 0 && count(Verdict.notDiscriminating) == 0 && inconclusiveFraction <= maxInconclusiveFraction
    }
}

/// One (theorem index, seed) work item.
struct SweepPair: Sendable {
    let theorem: Int
    let seed: UInt64
    init(_ pair: (Int, UInt64)) {
        theorem = pair.0
        seed = pair.1
    }
}

/// What a sweep keeps of one run: the verdict, outcome counts, and what explains a failure.
struct SweepResult: Sendable {
    let id: String
    let seed: UInt64
    let verdict: Verdict
    let outcomes: [Outcome: Int]
    let detail: String
    let survivingVariants: [String]

    init(_ report: TheoremReport, seed: UInt64) {
        id = report.id
        self.seed = seed
        verdict = report.verdict
        var counts: [Outcome: Int] = [:]
        for i in report.instances { counts[i.judgement.outcome, default: 0] += 1 }
        // A generator that could not produce its instances counts as one inconclusive result.
        if report.failure != nil { counts[.inconclusive, default: 0] += 1 }
        outcomes = counts
        survivingVariants = report.falseVariants.filter { !$0.refuted }.map(\.statement)
        if let failure = report.failure {
            detail = failure
        } else if let bad = report.instances.first(where: { $0.judgement.outcome == .refuted })
                    ?? report.instances.first(where: { $0.judgement.outcome == .inconclusive }) {
            let j = bad.judgement
            let numbers = [j.measured.map { "measured \($0.display)" }, j.predicted.map { "\(j.relation.rawValue) \($0.display)" }]
                .compactMap { $0 }.joined(separator: " ")
            detail = "[\(j.outcome.rawValue)] instance \(bad.index) (\(bad.summary))"
                + (numbers.isEmpty ? "" : ": \(numbers)") + (j.reason.map { "; \($0)" } ?? "")
        } else if let survivor = report.falseVariants.first(where: { !$0.refuted }) {
            detail = "false variant not refuted on \(survivor.applicableInstances) instance(s): \(survivor.statement)"
        } else {
            detail = verdict == .holds ? "" : "no instance decided"
        }
    }
}
