extension Citation {
    /// Provable itself, for `provable cite --self` and the reports' bibliography (CITATION.cff
    /// at the package root carries the same data).
    public static let provable = Citation(
        authors: ["The Provable developers"],
        title: "Provable: theorems from optimization and learning-theory papers as executable, falsifiable checks",
        venue: "Swift package, version \(ProvableVersion.string)", year: 2026,
        bibtexKey: "provable2026", entryType: "software")
}
