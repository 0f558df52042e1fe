/// The result of `provable check`: the reports of the selected theorems for one seed and scale.
public struct CheckRun: Sendable {
    public let seed: UInt64
    public let scale: Scale
    public let reports: [TheoremReport]

    public init(seed: UInt64, scale: Scale, reports: [TheoremReport]) {
        self.seed = seed
        self.scale = scale
        self.reports = reports
    }

    /// Runs theorems in catalog order.
    public init(theorems: [any Theorem], seed: UInt64, scale: Scale) {
        self.init(seed: seed, scale: scale, reports: theorems.map { Catalog.run($0, seed: seed, scale: scale) })
    }

    /// True when every claim holds and every false variant is refuted.
    public var succeeded: Bool { reports.allSatisfy { $0.verdict.isSuccess } }

    /// How many theorems got each verdict.
    public var counts: [(Verdict, Int)] {
        Verdict.allCases.map { v in (v, reports.filter { $0.verdict == v }.count) }
    }
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
