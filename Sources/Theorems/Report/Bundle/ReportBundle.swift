/// Everything `provable report` writes, as (relative path, contents) pairs in a fixed order:
/// `index.html`, `tables.tex`, `tables.md`, `references.bib`, `report.json`, one
/// `data/<theorem>-<plot>.csv` and one `plots/<theorem>-<plot>.svg` per plot. A value: the
/// command line writes it to a directory; tests read it without touching the disk.
public struct ReportBundle: Sendable {
    /// One file of the report.
    public struct File: Sendable, Hashable {
        /// The path relative to the report directory ("index.html", "data/x.csv").
        public let path: String
        /// The file's text (UTF-8 on disk).
        public let contents: String
    }

    /// The files, in the order they are listed above.
    public let files: [File]
    /// The closing note: every plot and the command that regenerates the README screenshots.
    public let note: String

    /// The report of `run` (run with `RunOptions(plots: true)` for the plots). `command` is the
    /// `provable report` invocation the page names as the way to regenerate it.
    public init(_ run: CheckRun, command: String) {
        let plotFiles = PlotFiles(run)
        var svgs: [String: SVGPlot] = [:]
        var files: [File] = []
        for e in plotFiles.entries { svgs[e.stem] = SVGPlot(e.plot) }
        files.append(File(path: "index.html", contents: HTMLReport.render(run, files: plotFiles, svgs: svgs, command: command)))
        files.append(File(path: "tables.tex", contents: LaTeXReport.render(run)))
        files.append(File(path: "tables.md", contents: MarkdownReport.render(run)))
        files.append(File(path: "references.bib", contents: ReportBibliography.render(run)))
        files.append(File(path: "report.json", contents: ReportJSON.render(run, files: plotFiles).serialized() + "\n"))
        for e in plotFiles.entries { files.append(File(path: e.csvPath, contents: PlotCSV.render(e))) }
        for e in plotFiles.entries {
            files.append(File(path: e.svgPath, contents: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SVGPlot(e.plot, standalone: true).markup.rendered()))
        }
        self.files = files
        self.note = ReportNote.text(plotFiles)
    }

    /// The contents of the file at `path`, if the report has one.
    public func file(_ path: String) -> String? { files.first { $0.path == path }?.contents }
}
