/// `references.bib` of `provable report`: Provable itself first, then every paper the run's
/// theorems cite, in catalog order, one entry per BibTeX key (a paper several theorems check
/// appears once, without the per-theorem note). Entries are ``Citation/bibtex``.
enum ReportBibliography {
    static func render(_ run: CheckRun) -> String {
        var seen = Set<String>()
        var entries: [String] = []
        for citation in [Citation.provable] + run.reports.map(\.citation) where seen.insert(citation.bibtexKey).inserted {
            entries.append(citation.at("").bibtex)
        }
        return "% References of a Provable report (seed \(run.seed), scale \(run.scale.rawValue)).\n\n"
            + entries.joined(separator: "\n\n") + "\n"
    }
}
