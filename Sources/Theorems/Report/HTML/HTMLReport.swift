/// `index.html` of `provable report`: one self-contained page (no network, no script) with a
/// summary table linking to one section per theorem, grouped by family, and a closing note
/// naming every plot. Deterministic: the same run gives the same bytes.
enum HTMLReport {
    /// The page. `command` is the `provable report` invocation shown as the way to regenerate it.
    static func render(_ run: CheckRun, files: PlotFiles, svgs: [String: SVGPlot], command: String) -> String {
        let title = "Provable report — seed \(run.seed), scale \(run.scale.rawValue)"
        let head: Markup = .el("head", [], [
            .el("meta", [("charset", "utf-8")]),
            .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .el("title", text: title),
            .el("style", text: HTMLStyle.css),
        ])
        var body: [Markup] = [header(run, command: command, plotCount: files.entries.count), summary(run, files: files)]
        var families: [Family] = []
        for r in run.reports where !families.contains(r.family) { families.append(r.family) }
        var familyAnchors = Set<String>(files.sectionAnchors.values)
        for family in families {
            var sections: [Markup] = [.el("h2", text: "Family: " + family.rawValue)]
            for r in run.reports where r.family == family {
                let plots = files.entries(of: r.id).compactMap { e in svgs[e.stem].map { (e, $0) } }
                sections.append(HTMLTheoremSection.render(r, anchor: files.sectionAnchors[r.id] ?? "", plots: plots, run: run))
            }
            let anchor = ReportSlug.unique("family-" + ReportSlug.make(family.rawValue), taken: &familyAnchors)
            body.append(.el("section", [("id", anchor), ("class", "family")], sections))
        }
        body.append(ReportNote.markup(files))
        let html: Markup = .el("html", [("lang", "en")], [head, .el("body", [], body)])
        return "<!DOCTYPE html>\n" + html.rendered()
    }

    static func header(_ run: CheckRun, command: String, plotCount: Int) -> Markup {
        let counts = run.counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
        let files: [Markup] = ["tables.tex", "tables.md", "references.bib", "report.json"].flatMap { name -> [Markup] in
            [.el("a", [("href", name)], [.el("code", text: name)]), .text(", ")]
        }
        return .el("header", [], [
            .el("h1", text: "Provable report"),
            .el("p", text: "Seed \(run.seed), scale \(run.scale.rawValue): \(run.reports.count) theorem(s) — \(counts.isEmpty ? "none run" : counts); "
                + "\(plotCount) plot(s). " + (run.succeeded ? "Every claim holds and every false variant is refuted." : "Not every claim holds: see the verdicts below.")),
            .el("p", [], [.text("Regenerate this page with "), .el("code", text: command), .text(".")]),
            .el("p", [], [.text("Beside this page: ")] + files + [.text("and "), .el("code", text: "data/*.csv"),
                                                                   .text(" (every plotted series, pgfplots-ready), "),
                                                                   .el("code", text: "plots/*.svg"), .text(".")]),
        ])
    }

    static func summary(_ run: CheckRun, files: PlotFiles) -> Markup {
        let headings = ["Theorem", "Family"] + VerdictTable.headings.dropFirst() + ["Plots"]
        let numeric: Set<String> = ["Instances", "False variants refuted", "Plots"]
        let head: Markup = .el("tr", [], headings.map { .el("th", numeric.contains($0) ? [("class", "num")] : [], text: $0) })
        let rows: [Markup] = VerdictTable(run).rows.map { row in
            .el("tr", [], [
                .el("td", [], [.el("a", [("href", "#" + (files.sectionAnchors[row.id] ?? ""))], [.el("code", text: row.id)])]),
                .el("td", text: row.family.rawValue),
                .el("td", text: row.citation.short),
                .el("td", text: row.provenance.rawValue),
                .el("td", [("class", "num")], text: String(row.instances)),
                .el("td", text: row.predicted ?? "—"),
                .el("td", text: row.measured ?? "—"),
                .el("td", [], [.el("span", [("class", "verdict " + row.verdictValue.rawValue)], text: row.verdict)]),
                .el("td", [("class", "num")], text: row.falseVariants),
                .el("td", [("class", "num")], text: String(files.entries(of: row.id).count)),
            ])
        }
        return .el("nav", [("id", "summary")], [
            .el("h2", text: "Summary"),
            .el("table", [("class", "summary")], [.el("thead", [], [head]), .el("tbody", [], rows)]),
        ])
    }
}
