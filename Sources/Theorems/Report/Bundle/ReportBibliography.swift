/// `references.bib` of `provable report`: Provable itself first, then every paper the run's
/// theorems cite, in catalog order, one entry per BibTeX key (a paper several theorems check
/// appears once, without the per-theorem note). Entries are ``Citation/bibtex``.
enum ReportBibliography {
    /// The software citation of Provable.
    static let provable = Citation(
        authors: ["{The Provable contributors}"],
        title: "Provable: theorems from optimization and learning-theory papers as executable, falsifiable checks",
        venue: "Swift package", year: 2026, bibtexKey: "provable", entryType: "misc")

    static func render(_ run: CheckRun) -> String {
        var seen = Set<String>()
        var entries: [String] = []
        for citation in [provable] + run.reports.map(\.citation) where seen.insert(citation.bibtexKey).inserted {
            entries.append(citation.at("").bibtex)
        }
        return "% References of a Provable report (seed \(run.seed), scale \(run.scale.rawValue)).\n\n"
            + entries.joined(separator: "\n\n") + "\n"
    }
}
