import Foundation
import Testing
@testable import Theorems

@Suite("Report: the page, tables, bibliography, data files and JSON of provable report")
struct ReportBundleTests {
    static let theorems: [any Theorem] = [PlottingFixtureTheorem()] + Catalog.builtIn.theorems(in: .classical)

    static func bundle(seed: UInt64 = 3, jobs: Int = 2) async -> (CheckRun, ReportBundle) {
        let run = await CheckRun.run(theorems: theorems, seed: seed, scale: .quick, jobs: jobs, options: RunOptions(plots: true))
        return (run, ReportBundle(run, command: "provable report --seed \(seed) --scale quick --output DIR"))
    }

    @Test func thePageIsWellFormedWithASectionPerTheoremAndLinksThatResolve() async throws {
        let (run, bundle) = await Self.bundle()
        let html = try #require(bundle.file("index.html"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let doc = ParsedXML(html)
        #expect(doc.error == nil, "index.html is not well-formed: \(doc.error ?? "")")
        let ids = doc.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "ids are unique")
        let sections = doc.all("section").filter { $0.classes.contains("theorem") }
        #expect(sections.count == run.reports.count)
        for (section, report) in zip(sections, run.reports) {
            let text = doc.descendants(of: section)
            #expect(text.contains { $0.name == "code" }, "\(report.id) section names its id")
        }
        for r in run.reports { #expect(html.contains(Markup.escape(SweepReport.reproduce(id: r.id, seed: 3, scale: .quick), quotes: false))) }
        let summaryLinks = doc.descendants(of: try #require(doc.all("nav").first)).filter { $0.name == "a" }.compactMap { $0.attributes["href"] }
        #expect(summaryLinks.count == run.reports.count)
        for href in doc.all("a").compactMap({ $0.attributes["href"] }) {
            if href.hasPrefix("#") {
                #expect(ids.contains(String(href.dropFirst())), "link \(href) has no target")
            } else if !href.hasPrefix("https://") {
                #expect(bundle.file(href) != nil, "link \(href) names no file of the report")
            }
        }
        // Self-contained: nothing is loaded from elsewhere, and nothing needs a script.
        #expect(doc.all("script").isEmpty && doc.all("link").isEmpty && doc.all("img").isEmpty && doc.all("iframe").isEmpty)
        #expect(!doc.elements.contains { $0.attributes["src"] != nil })
        #expect(html.utf8.count < 5_000_000)
    }

    @Test func everyPlotIsAFigureWithAxesASeriesAndItsDataFile() async throws {
        let (run, bundle) = await Self.bundle()
        let plots = run.reports.flatMap(\.plots)
        #expect(run.reports[0].plots.count == 3, "the fixture draws three plots")
        #expect(plots.count > 3, "the classical rate theorems draw their ρ-against-κ plots too")
        let doc = ParsedXML(try #require(bundle.file("index.html")))
        let svgs = doc.all("svg")
        #expect(svgs.count == plots.count)
        for svg in svgs {
            let inside = doc.descendants(of: svg)
            #expect(svg.ancestors.last == "figure")
            #expect(inside.contains { $0.name == "g" && $0.classes == ["axis", "x"] })
            #expect(inside.contains { $0.name == "g" && $0.classes == ["axis", "y"] })
            #expect(inside.contains { $0.name == "g" && $0.classes.first == "series" })
        }
        let csvs = bundle.files.filter { $0.path.hasPrefix("data/") && $0.path.hasSuffix(".csv") }
        let standalone = bundle.files.filter { $0.path.hasPrefix("plots/") && $0.path.hasSuffix(".svg") }
        #expect(csvs.count == plots.count && standalone.count == plots.count)
        for file in standalone { #expect(ParsedXML(file.contents).error == nil, "\(file.path) is not well-formed") }
        let note = bundle.note
        for p in plots { #expect(note.contains(p.title), "the closing note names \(p.title)") }
        #expect(note.contains(ReportNote.screenshotCommand))
    }

    @Test func theDataFilesArePgfplotsTables() async throws {
        let (_, bundle) = await Self.bundle()
        let csv = try #require(bundle.file("data/fixture-2026_gd-scalar-contraction-rate-vs-step.csv"))
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.first == "measured-factor_x,measured-factor_y,measured-factor_lower,measured-factor_upper,1-eta-a_x,1-eta-a_y")
        #expect(lines.count == 4, "a header and one row per instance")
        let padded = try #require(bundle.file("data/fixture-2026_gd-scalar-contraction-distance.csv"))
        let rows = padded.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(Set(rows.map(\.count)).count == 1, "every row has every column")
        #expect(rows.count == PlottingFixtureTheorem.steps + 2)
        #expect(rows.last!.contains("nan"), "the two-point bound is padded with nan")
        #expect(rows.dropFirst().allSatisfy { $0.allSatisfy { $0 == "nan" || Double($0) != nil } })
    }

    @Test func tablesBibliographyAndJSON() async throws {
        let (run, bundle) = await Self.bundle()
        #expect(bundle.file("tables.md") == MarkdownReport.render(run))
        let tex = try #require(bundle.file("tables.tex"))
        #expect(tex.contains("\\toprule") && tex.contains("\\midrule") && tex.contains("\\bottomrule"))
        #expect(tex.components(separatedBy: "\\begin{longtable}").count - 1 == 2, "one table per family")
        var depth = 0
        for c in tex.replacingOccurrences(of: "\\{", with: "").replacingOccurrences(of: "\\}", with: "") {
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
            #expect(depth >= 0)
        }
        #expect(depth == 0, "braces balance")
        #expect(!tex.contains("≈") && !tex.contains("≤") && !tex.contains("§"), "symbols are LaTeX commands")
        let bib = try #require(bundle.file("references.bib"))
        #expect(bib.contains("@software{provable2026,"))
        for key in Set(run.reports.map(\.citation.bibtexKey)) {
            #expect(tex.contains("\\cite{\(key)}"))
            #expect(bib.components(separatedBy: "{\(key),").count - 1 == 1, "\(key) appears once in references.bib")
        }
        let json = try #require(bundle.file("report.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let check = try #require(try JSONSerialization.jsonObject(with: Data((JSONReport.render(run).serialized()).utf8)) as? [String: Any])
        #expect(Set(object.keys) == Set(check.keys))
        let theorems = try #require(object["theorems"] as? [[String: Any]])
        let checkTheorems = try #require(check["theorems"] as? [[String: Any]])
        for (t, c) in zip(theorems, checkTheorems) { #expect(Set(t.keys) == Set(c.keys).union(["plots"])) }
        let plots = try #require(theorems[0]["plots"] as? [[String: Any]])
        let series = try #require(plots[0]["series"] as? [[String: Any]])
        #expect(plots.count == 3 && series.count == 6)
        #expect((series[0]["y"] as? [Double])?.count == PlottingFixtureTheorem.steps + 1)
    }

    @Test func theSameSeedGivesTheSameBytesWhateverTheJobs() async {
        let (_, a) = await Self.bundle(jobs: 1)
        let (_, b) = await Self.bundle(jobs: 3)
        #expect(a.files == b.files)
        let (_, c) = await Self.bundle(seed: 4)
        #expect(a.file("index.html") != c.file("index.html"), "the seed matters")
    }
}
