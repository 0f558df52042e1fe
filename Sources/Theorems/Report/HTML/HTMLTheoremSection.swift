/// One theorem's section of the report page: statement, citation with theorem number and
/// provenance, claim, verdict, the command that reproduces it, the plots (inline SVG), the
/// false variants with whether each was refuted, and every instance with its judgement.
enum HTMLTheoremSection {
    static func render(_ r: TheoremReport, anchor: String, plots: [(PlotFiles.Entry, SVGPlot)], run: CheckRun) -> Markup {
        var children: [Markup] = [
            .el("h3", [], [.el("code", text: r.id), .text(" "), verdictBadge(r.verdict)]),
            .el("p", [("class", "statement")], text: r.statement),
            .el("dl", [], details(r, run: run)),
        ]
        for (entry, svg) in plots { children.append(figure(entry, svg)) }
        children.append(.el("h4", text: "False variants (\(r.falseVariants.filter(\.refuted).count) of \(r.falseVariants.count) refuted)"))
        children.append(r.falseVariants.isEmpty ? .el("p", [("class", "muted")], text: "This theorem has no false variant.") : falseVariants(r))
        children.append(.el("h4", text: "Instances (\(r.instances.count))"))
        children.append(r.instances.isEmpty ? .el("p", [("class", "muted")], text: "No instance was generated.") : instances(r))
        children.append(.el("p", [("class", "back")], [.el("a", [("href", "#summary")], text: "Back to the summary")]))
        return .el("section", [("id", anchor), ("class", "theorem")], children)
    }

    static func verdictBadge(_ v: Verdict) -> Markup {
        .el("span", [("class", "verdict \(v.rawValue)")], text: v.rawValue)
    }

    static func details(_ r: TheoremReport, run: CheckRun) -> [Markup] {
        let c = r.citation
        var source: [Markup] = [.text(c.authors.joined(separator: ", ") + ", “" + c.title + "”, " + c.venue + " (" + String(c.year) + ")")]
        if !c.theorem.isEmpty { source.append(.text(", " + c.theorem)) }
        source.append(.text("."))
        if let arxiv = c.arxiv {
            source += [.text(" "), .el("a", [("href", "https://arxiv.org/abs/" + arxiv)], text: "arXiv:" + arxiv)]
        }
        source += [.text(" BibTeX key "), .el("code", text: c.bibtexKey), .text(" in "), .el("a", [("href", "references.bib")], text: "references.bib"), .text(".")]
        var items: [Markup] = [
            .el("dt", text: "Source"), .el("dd", [], source),
            .el("dt", text: "Provenance"), .el("dd", [], [.el("strong", text: r.provenance.level.rawValue), .text(": " + r.provenance.source)]),
            .el("dt", text: "Claim"),
            .el("dd", [], [.text(r.claimStatement + " "),
                           .el("span", [("class", "muted")], text: "(\(r.kind.rawValue); \(r.exact ? "decided exactly, in rational arithmetic" : "Float64 with a stated tolerance"))")]),
            .el("dt", text: "Verdict"), .el("dd", [], [verdictBadge(r.verdict), .text(": " + VerdictText.explanation(r.verdict))]),
        ]
        if let failure = r.failure { items += [.el("dt", text: "Failure"), .el("dd", text: failure)] }
        if let certificate = r.representative?.judgement.certificate {
            items += [.el("dt", text: "Certificate"), .el("dd", text: certificate + " (representative instance; every instance's is listed below)")]
        }
        items += [.el("dt", text: "Reproduce"), .el("dd", [], [.el("code", text: SweepReport.reproduce(id: r.id, seed: run.seed, scale: run.scale))])]
        return items
    }

    static func figure(_ entry: PlotFiles.Entry, _ svg: SVGPlot) -> Markup {
        var caption: [Markup] = [.el("strong", text: entry.plot.title), .text(". Data: "),
                                 .el("a", [("href", entry.csvPath)], [.el("code", text: entry.csvPath)]),
                                 .text(" (columns: ")]
        for (k, (s, column)) in zip(entry.plot.series, entry.columns).enumerated() {
            let errorBars = s.lower != nil && s.upper != nil ? ", _lower, _upper" : ""
            caption += [.text(k == 0 ? "" : "; "), .el("code", text: column + "_x, _y" + errorBars), .text(" = " + s.name + " (" + s.role.rawValue + ")")]
        }
        caption += [.text("); standalone "), .el("a", [("href", entry.svgPath)], text: "SVG"), .text(".")]
        if svg.skippedPoints > 0 {
            let why = entry.plot.xAxis == .log || entry.plot.yAxis == .log ? "not finite, or not positive on a log axis" : "not finite"
            caption.append(.text(" \(svg.skippedPoints) point(s) not drawn (\(why)); the data file has them."))
        }
        return .el("figure", [("id", entry.anchor), ("class", "plot")], [svg.markup, .el("figcaption", [], caption)])
    }

    static func falseVariants(_ r: TheoremReport) -> Markup {
        let head = row(["Deliberately wrong statement", "Refuted", "Refuting / applicable instances", "Witness"], header: true)
        let body = r.falseVariants.map { f -> Markup in
            var witness = "—"
            if let w = f.witness {
                witness = (f.witnessInstance ?? "") + ": measured " + (w.measured?.display ?? "—") + " against " + (VerdictTable.predicted(w) ?? "—")
            }
            return .el("tr", [], [
                .el("td", text: f.statement),
                .el("td", [], [.el("span", [("class", "verdict " + (f.refuted ? "holds" : "not-discriminating"))], text: f.refuted ? "yes" : "NO")]),
                .el("td", [("class", "num")], text: "\(f.refutingInstances) / \(f.applicableInstances)"),
                .el("td", text: witness),
            ])
        }
        return .el("table", [("class", "false-variants")], [.el("thead", [], [head]), .el("tbody", [], body)])
    }

    static func instances(_ r: TheoremReport) -> Markup {
        let head = row(["#", "Instance", "Outcome", "Predicted", "Measured", "Tolerance", "Certificate or reason"], header: true)
        let body = r.instances.map { i -> Markup in
            let j = i.judgement
            let note = [j.certificate, j.reason].compactMap { $0 }.joined(separator: " — ")
            return .el("tr", [], [
                .el("td", [("class", "num")], text: String(i.index)),
                .el("td", text: i.summary),
                .el("td", [("class", "outcome " + j.outcome.rawValue)], text: j.outcome.rawValue),
                .el("td", text: VerdictTable.predicted(j) ?? "—"),
                .el("td", text: j.measured?.display ?? "—"),
                .el("td", text: j.tolerance?.display ?? "—"),
                .el("td", text: note.isEmpty ? "—" : note),
            ])
        }
        return .el("table", [("class", "instances")], [.el("thead", [], [head]), .el("tbody", [], body)])
    }

    static func row(_ cells: [String], header: Bool) -> Markup {
        .el("tr", [], cells.map { .el(header ? "th" : "td", text: $0) })
    }
}
