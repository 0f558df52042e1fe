/// The result of `provable check`: the reports of the selected theorems for one seed and scale.
public struct CheckRun: Sendable {
    public let seed: UInt64
    public let scale: Scale
    public let reports: [TheoremReport]
    /// What produced the run (set by the command line; nil for a library run, and then the
    /// JSON report's `provenance` is null).
    public var provenance: RunProvenance?
    /// For one shard of a run: the shard and every selected theorem id in order (the merge
    /// restores that order).
    public var shard: ShardSelection?

    public init(seed: UInt64, scale: Scale, reports: [TheoremReport], provenance: RunProvenance? = nil,
                shard: ShardSelection? = nil) {
        self.seed = seed
        self.scale = scale
        self.reports = reports
        self.provenance = provenance
        self.shard = shard
    }

    /// Runs theorems in catalog order, one after the other.
    public init(theorems: [any Theorem], seed: UInt64, scale: Scale, options: RunOptions = RunOptions()) {
        self.init(seed: seed, scale: scale,
                  reports: theorems.map { Catalog.run($0, seed: seed, scale: scale, options: options) })
    }

    /// Runs theorems on up to `jobs` tasks at once. The reports are in catalog order and
    /// identical to a one-job run (every theorem draws from its own seeded stream).
    /// `progress` is called after each theorem with its report and the count completed.
    public static func run(theorems: [any Theorem], seed: UInt64, scale: Scale, jobs: Int = CheckRun.defaultJobs,
                           options: RunOptions = RunOptions(),
                           progress: (@Sendable (_ report: TheoremReport, _ completed: Int, _ total: Int, _ seconds: Double) -> Void)? = nil)
        async -> CheckRun {
        let boxes = theorems.map(TheoremBox.init)
        let total = boxes.count
        let reports = await ParallelMap.map(boxes, jobs: jobs,
                                            progress: progress.map { p in { _, report, completed, seconds in p(report, completed, total, seconds) } }) { box in
            Catalog.run(box.theorem, seed: seed, scale: scale, options: options)
        }
        return CheckRun(seed: seed, scale: scale, reports: reports)
    }

    /// The default number of jobs: the number of active processors.
    public static var defaultJobs: Int { ParallelMap.defaultJobs }

    /// True when every claim holds and every false variant is refuted.
    public var succeeded: Bool { reports.allSatisfy { $0.verdict.isSuccess } }

    /// How many theorems got each verdict.
    public var counts: [(Verdict, Int)] {
        Verdict.allCases.map { v in (v, reports.filter { $0.verdict == v }.count) }
    }
}

/// A shard of a run with the whole selection it was cut from.
public struct ShardSelection: Sendable, Hashable {
    public let shard: Shard
    /// Every selected theorem id, in report order, across all shards.
    public let selection: [String]
    /// For sweeps: every seed of the whole sweep.
    public let seeds: [UInt64]?

    public init(shard: Shard, selection: [String], seeds: [UInt64]? = nil) {
        self.shard = shard
        self.selection = selection
        self.seeds = seeds
    }
}

extension CheckRun {
    /// The theorems of `shard`, cut from `theorems` by measured cost at `scale`.
    public static func theorems(_ theorems: [any Theorem], in shard: Shard, scale: Scale) -> [any Theorem] {
        let positions = shard.positions(costs: theorems.map { ShardCosts.cost(id: $0.id, scale: scale) })
        return positions.map { theorems[$0] }
    }
}

/// An existential theorem wrapped for transfer into a task (`any Theorem` is Sendable).
struct TheoremBox: Sendable {
    let theorem: any Theorem
}

/// The output formats of `provable check`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, markdown, csv

    /// Renders a run in this format.
    public func render(_ run: CheckRun) -> String {
        switch self {
        case .text: TextReport.render(run)
        case .json: JSONReport.render(run).serialized() + "\n"
        case .markdown: MarkdownReport.render(run)
        case .csv: CSVReport.render(run)
        }
    }
}
