import Testing
@testable import Theorems

@Suite("Report: SVG plots (ticks, coordinates, styles, well-formed)")
struct ReportSVGTests {
    @Test(arguments: [
        ([0.0, 0.3], ["0", "0.05", "0.1", "0.15", "0.2", "0.25", "0.3"]),
        ([3.0, 97.0], ["0", "20", "40", "60", "80", "100"]),
        ([-1.0, 1.0], ["-1", "-0.5", "0", "0.5", "1"]),
        ([5.0, 5.0], ["2", "3", "4", "5", "6", "7", "8"]),
        ([0.00012, 0.00031], ["0.0001", "0.00015", "0.0002", "0.00025", "0.0003", "0.00035"]),
    ])
    func linearTicksAreNiceAndCoverTheData(values: [Double], labels: [String]) {
        let axis = AxisTicks(values: values, axis: .linear)
        #expect(axis.ticks.compactMap { if case .decimal(let s) = $0.label { s } else { nil } } == labels)
        #expect(axis.lower <= values.min()! && axis.upper >= values.max()!)
    }

    @Test func logTicksSitAtDecadesInsideTheDataExtent() {
        let axis = AxisTicks(values: [0.0031, 12, 1000], axis: .log)
        #expect(axis.lower < 0.0031 && axis.lower > 0.001 && axis.upper > 1000 && axis.upper < 10_000, "padded, not widened to whole decades")
        let decades = axis.ticks.compactMap { if case .powerOfTen(let e) = $0.label { e } else { nil } }
        #expect(decades == [-2, -1, 0, 1, 2, 3])
        #expect(axis.ticks.contains { $0.value == 0.002 && $0.label == nil }, "minor ticks at 2…9 × 10^e")
        #expect(axis.ticks.allSatisfy { $0.value >= axis.lower && $0.value <= axis.upper })
        let narrow = AxisTicks(values: [1.5, 7], axis: .log)
        #expect(narrow.ticks.compactMap { if case .decimal(let s) = $0.label { s } else { nil } } == ["2", "5"])
        let tiny = AxisTicks(values: [0.31, 0.38], axis: .log)
        #expect(tiny.ticks.compactMap { if case .decimal(let s) = $0.label { s } else { nil } }.count >= 3, "a narrow log axis gets linear ticks")
        let wide = AxisTicks(values: [1e-12, 1e12], axis: .log)
        #expect(wide.ticks.filter { $0.label != nil }.count <= 9, "a wide range labels every few decades")
        let fallback = AxisTicks(values: [0, -3], axis: .log)
        #expect(fallback.ticks.contains { $0.value == 1 } && fallback.ticks.contains { $0.value == 10 }, "no positive value: a default decade")
    }

    @Test(arguments: [(12.345, "12.35"), (3.0, "3"), (-0.25, "-0.25"), (0.1, "0.1"), (-0.004, "0"), (100.05, "100.05"), (.nan, "0")])
    func coordinatesAreShortFixedDecimals(x: Double, text: String) {
        #expect(SVGNumber.format(x) == text)
    }

    @Test func thinningKeepsTheExtremesOfEachPixelColumn() {
        var points: [(x: Double, y: Double)] = []
        for i in 0..<100 { points.append((x: 10 + Double(i) / 1000, y: Double((i * 37) % 100))) }
        let kept = PolylinePath.reduced(points)
        let ys: [Double] = kept.map { $0.y }
        #expect(kept.count == 3, "first (also the lowest), highest, last")
        #expect(ys.first == points[0].y && ys.last == points[99].y)
        #expect(ys.min() == 0 && ys.max() == 99)
        #expect(PolylinePath.d([(1, 2), nil, (3, 4), (5, 6)]) == "M1 2M3 4L5 6", "a point that cannot be drawn breaks the line")
    }

    @Test func everyPlotIsWellFormedWithAxesSeriesAndLegend() throws {
        let runs = try fixtureRuns()
        for plot in PlottingFixtureTheorem().plots(runs) {
            let svg = SVGPlot(plot)
            let doc = ParsedXML(svg.markup.rendered())
            #expect(doc.error == nil, "\(plot.id): \(doc.error ?? "")")
            let groups = doc.all("g")
            #expect(groups.contains { $0.classes == ["axis", "x"] } && groups.contains { $0.classes == ["axis", "y"] })
            let series = groups.filter { $0.classes.first == "series" }
            #expect(series.count == plot.series.count)
            for (g, s) in zip(series, plot.series) {
                #expect(g.classes.contains(s.role.rawValue))
                let line = try #require(doc.descendants(of: g).first { $0.name == "path" })
                switch s.role {
                case .measured, .predicted: #expect(line.attributes["stroke-dasharray"] == nil)
                case .bound: #expect(line.attributes["stroke-dasharray"] == "7 4")
                case .reference: #expect(line.attributes["stroke-dasharray"] == "1.5 3.5")
                }
            }
            #expect(groups.filter { $0.classes.first == "legend-entry" }.count == plot.series.count)
            let texts = svg.markup.rendered()
            #expect(texts.contains(Markup.escape(plot.xLabel, quotes: false)) && texts.contains(Markup.escape(plot.yLabel, quotes: false)))
        }
    }

    @Test func errorBarsLongSeriesAndUndrawablePoints() throws {
        let plots = PlottingFixtureTheorem().plots(try fixtureRuns())
        let bars = SVGPlot(plots[1]).markup.rendered()
        #expect(bars.contains("class=\"error-bars\""))
        let long = SVGPlot(plots[2])
        #expect(long.skippedPoints == 2, "0 and -1 on a log axis are not drawn, and counted")
        #expect(long.markup.rendered().utf8.count < 40_000, "5000 points are thinned to the pixel columns")
        let empty = SVGPlot(Plot(id: "e", title: "empty", xLabel: "x", yLabel: "y", series: []))
        #expect(ParsedXML(empty.markup.rendered()).error == nil)
        #expect(empty.markup.rendered().contains(">no data<"))
    }

    @Test func textIsEscapedEverywhere() {
        let plot = Plot(id: "x", title: "a < b & \"c\"", xLabel: "<x>", yLabel: "y&", series: [
            Series("s <1>", role: .measured, x: [1, 2], y: [1, 2]),
        ])
        let svg = SVGPlot(plot, standalone: true).markup.rendered()
        #expect(ParsedXML(svg).error == nil)
        #expect(svg.contains("a &lt; b &amp; \"c\"") && !svg.contains("<x>"))
        #expect(!HTMLStyle.css.contains { $0 == "<" || $0 == ">" || $0 == "&" }, "the stylesheet must read the same as XML text and HTML raw text")
    }

    func fixtureRuns() throws -> [MeasuredInstance<PlottingFixtureTheorem.Instance, PlottingFixtureTheorem.Measurement>] {
        let t = PlottingFixtureTheorem()
        return try t.instances(seed: 1, scale: .quick).enumerated().map { k, i in
            MeasuredInstance(index: k, instance: i, measurement: t.measure(i))
        }
    }
}
