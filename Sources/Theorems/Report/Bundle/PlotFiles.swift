/// Where each plot of a run goes in the report directory, and what its CSV columns are called:
/// `data/<theorem>-<plot>.csv` and `plots/<theorem>-<plot>.svg`, and in `index.html` the anchor
/// `plot-<theorem>-<plot>` (names from ``ReportSlug``, made unique over the run).
struct PlotFiles: Sendable {
    /// One plot with its names.
    struct Entry: Sendable {
        let theorem: TheoremReport
        let plot: Plot
        /// `<theorem>-<plot>`: the file stem and anchor suffix.
        let stem: String
        /// The CSV column prefix of each series (its columns are `<prefix>_x`, `<prefix>_y`
        /// and, with error bars, `<prefix>_lower`, `<prefix>_upper`).
        let columns: [String]

        var csvPath: String { "data/\(stem).csv" }
        var svgPath: String { "plots/\(stem).svg" }
        var anchor: String { "plot-\(stem)" }
    }

    /// Every plot, in run order.
    let entries: [Entry]
    /// The section anchor of each theorem id (`theorem-<slug>`).
    let sectionAnchors: [String: String]

    init(_ run: CheckRun) {
        var stems = Set<String>(), anchors = Set<String>()
        var sectionAnchors: [String: String] = [:]
        var entries: [Entry] = []
        for report in run.reports {
            let theoremSlug = ReportSlug.make(report.id)
            sectionAnchors[report.id] = ReportSlug.unique("theorem-" + theoremSlug, taken: &anchors)
            for plot in report.plots {
                let stem = ReportSlug.unique(theoremSlug + "-" + ReportSlug.make(plot.id), taken: &stems)
                var names = Set<String>()
                let columns = plot.series.enumerated().map { k, s in
                    let slug = ReportSlug.make(s.name)
                    return ReportSlug.unique(slug.isEmpty ? "series\(k + 1)" : slug, taken: &names)
                }
                entries.append(Entry(theorem: report, plot: plot, stem: stem, columns: columns))
            }
        }
        self.entries = entries
        self.sectionAnchors = sectionAnchors
    }

    /// The entries of one theorem.
    func entries(of id: String) -> [Entry] { entries.filter { $0.theorem.id == id } }
}

extension PlotFiles {
    /// The first plot of each family, in run order: the README's one screenshot per family.
    var firstPerFamily: [Entry] {
        var seen = Set<Family>()
        return entries.filter { seen.insert($0.theorem.family).inserted }
    }
}
