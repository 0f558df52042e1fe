/// The closing note of a report, on the page and on the terminal: every plot (theorem, title,
/// data file), which plot of each family the README shows, and the command that regenerates
/// the README's screenshots.
enum ReportNote {
    /// Regenerates `docs/screenshots/<family>.png` from `provable report --scale standard`.
    static let screenshotCommand = "bash docs/screenshots.sh"

    /// The note as plain text (`provable report` prints it after writing the directory).
    static func text(_ files: PlotFiles) -> String {
        var out = ""
        if files.entries.isEmpty {
            out += "No theorem in this run draws a plot.\n"
        } else {
            out += "\(files.entries.count) plot(s):\n"
            for e in files.entries { out += "  \(e.theorem.id): \(e.plot.title) (\(e.csvPath), \(e.svgPath))\n" }
            out += "README screenshots (the first plot of each family):\n"
            for e in files.firstPerFamily { out += "  \(e.theorem.family.rawValue): \(e.svgPath)\n" }
        }
        out += "Regenerate the README screenshots with: \(screenshotCommand)\n"
        return out
    }

    /// The note as the page's closing section.
    static func markup(_ files: PlotFiles) -> Markup {
        var children: [Markup] = [.el("h2", text: "Plots in this report")]
        if files.entries.isEmpty {
            children.append(.el("p", text: "No theorem in this run draws a plot."))
        } else {
            children.append(.el("ol", [], files.entries.map { e in
                .el("li", [], [.el("a", [("href", "#" + e.anchor)], text: e.plot.title), .text(" — "),
                               .el("code", text: e.theorem.id), .text(" ("),
                               .el("a", [("href", e.csvPath)], text: e.csvPath), .text(", "),
                               .el("a", [("href", e.svgPath)], text: e.svgPath), .text(")")])
            }))
            children.append(.el("p", text: "The README shows the first plot of each family: "
                + files.firstPerFamily.map { "\($0.theorem.family.rawValue) (\($0.plot.title))" }.joined(separator: ", ") + "."))
        }
        children.append(.el("p", [], [.text("Regenerate the README screenshots with "), .el("code", text: screenshotCommand),
                                      .text(" (runs "), .el("code", text: "provable report --scale standard"),
                                      .text(" and renders each family's first plot in headless Chromium).")]))
        return .el("footer", [("id", "plots")], children)
    }
}
