/// A ``Plot`` drawn as SVG: a framed plot area with grid lines, ticks and tick labels on both
/// axes, the axis labels, the title, every series (lines, markers, error bars) and a legend
/// below the plot. Axes and text use `currentColor`, so the plot follows the page's text
/// colour (dark mode, print); series take their colour from the palette classes `s0`…`s7`.
///
/// Points that cannot be drawn (non-finite, or not positive on a log axis) are left out and
/// counted in ``skippedPoints``; the caller says so beside the plot.
struct SVGPlot: Sendable {
    let plot: Plot
    /// The SVG element.
    let markup: Markup
    /// How many (x, y) points were not drawn.
    let skippedPoints: Int
    let width: Int
    let height: Int

    /// Layout in pixels.
    static let width = 640
    static let left = 72.0, right = 20.0, top = 34.0, plotHeight = 300.0, bottom = 46.0, legendRow = 18.0

    /// Draws `plot`. `standalone` adds the XML namespace's companions a file needs on its own:
    /// an embedded stylesheet with the palette and a text colour for light and dark mode.
    init(_ plot: Plot, standalone: Bool = false) {
        self.plot = plot
        let f = SVGNumber.format
        let width = Double(SVGPlot.width)
        let plotLeft = SVGPlot.left, plotRight = width - SVGPlot.right
        let plotTop = SVGPlot.top, plotBottom = SVGPlot.top + SVGPlot.plotHeight
        let legendTop = plotBottom + SVGPlot.bottom + 6
        let height = (legendTop + SVGPlot.legendRow * Double(max(plot.series.count, 1)) + 6).rounded(.up)

        let xs = plot.series.flatMap { s in s.x }
        let ys = plot.series.flatMap { s in s.y + (s.lower ?? []) + (s.upper ?? []) }
        let xScale = AxisScale(axis: plot.xAxis, ticks: AxisTicks(values: xs, axis: plot.xAxis), start: plotLeft, end: plotRight)
        let yScale = AxisScale(axis: plot.yAxis, ticks: AxisTicks(values: ys, axis: plot.yAxis), start: plotBottom, end: plotTop)

        var children: [Markup] = []
        if standalone { children.append(.el("style", text: SVGPlot.standaloneCSS)) }
        children.append(.el("title", text: plot.title))
        children.append(.el("text", [("class", "plot-title"), ("x", f(width / 2)), ("y", "20"), ("text-anchor", "middle"),
                                     ("font-weight", "bold"), ("font-size", "13")], text: plot.title))
        children.append(SVGPlot.grid(xScale, yScale, plotLeft, plotRight, plotTop, plotBottom))
        children.append(SVGPlot.axis(xScale, label: plot.xLabel, horizontal: true, at: plotBottom, from: plotLeft, to: plotRight))
        children.append(SVGPlot.axis(yScale, label: plot.yLabel, horizontal: false, at: plotLeft, from: plotTop, to: plotBottom))

        var skipped = 0
        var measuredIndex = 0
        for (k, s) in plot.series.enumerated() {
            let marker = SeriesStyle.Marker.allCases[measuredIndex % SeriesStyle.Marker.allCases.count]
            if s.role == .measured { measuredIndex += 1 }
            let drawn = SVGPlot.series(s, index: k, marker: marker, xScale, yScale)
            skipped += drawn.skipped
            children.append(drawn.markup)
        }
        if plot.series.isEmpty || plot.series.allSatisfy({ $0.x.isEmpty }) {
            children.append(.el("text", [("x", f((plotLeft + plotRight) / 2)), ("y", f((plotTop + plotBottom) / 2)),
                                         ("text-anchor", "middle")], text: "no data"))
        }
        children.append(SVGPlot.legend(plot.series, left: plotLeft, top: legendTop))

        let h = Int(height)
        self.width = SVGPlot.width
        self.height = h
        self.skippedPoints = skipped
        self.markup = .el("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", "plot"),
                                  ("width", String(SVGPlot.width)), ("height", String(h)),
                                  ("viewBox", "0 0 \(SVGPlot.width) \(h)"), ("role", "img"),
                                  ("font-family", "Helvetica, Arial, sans-serif"), ("font-size", "11"),
                                  ("fill", "currentColor")], children)
    }

    /// The stylesheet of a standalone SVG file: the palette and a text colour per scheme.
    static var standaloneCSS: String {
        "svg.plot { color: #1a1a1a; background: #ffffff; }\n@media (prefers-color-scheme: dark) {\nsvg.plot { color: #e6e6e6; background: #161616; }\n}\n"
            + PlotPalette.css
    }

    static func grid(_ x: AxisScale, _ y: AxisScale, _ left: Double, _ right: Double, _ top: Double, _ bottom: Double) -> Markup {
        let f = SVGNumber.format
        var d = ""
        for t in x.ticks.ticks where t.label != nil { if let px = x.position(t.value) { d += "M\(f(px)) \(f(top))V\(f(bottom))" } }
        for t in y.ticks.ticks where t.label != nil { if let py = y.position(t.value) { d += "M\(f(left)) \(f(py))H\(f(right))" } }
        return .el("g", [("class", "grid"), ("fill", "none"), ("stroke", "currentColor"), ("stroke-opacity", "0.14"), ("stroke-width", "1")],
                   [.el("path", [("d", d)]),
                    .el("rect", [("x", f(left)), ("y", f(top)), ("width", f(right - left)), ("height", f(bottom - top)),
                                 ("stroke-opacity", "1"), ("stroke-width", "1")])])
    }

    /// One axis: tick marks (long for labelled ticks), tick labels and the axis label. The x axis
    /// sits on the plot area's bottom edge `at`, the y axis on its left edge; `from`…`to` is
    /// the edge's extent in the other coordinate (for centring the label).
    static func axis(_ scale: AxisScale, label: String, horizontal: Bool, at edge: Double, from: Double, to: Double) -> Markup {
        let f = SVGNumber.format
        var ticks = "", labels: [Markup] = []
        for t in scale.ticks.ticks {
            guard let p = scale.position(t.value) else { continue }
            let length = t.label == nil ? "3" : "5"
            ticks += horizontal ? "M\(f(p)) \(f(edge))v\(length)" : "M\(f(edge)) \(f(p))h-\(length)"
            if let l = t.label {
                labels.append(horizontal ? tickLabel(l, x: p, y: edge + 17, anchor: "middle") : tickLabel(l, x: edge - 8, y: p + 4, anchor: "end"))
            }
        }
        let middle = f((from + to) / 2)
        let title: Markup = horizontal
            ? .el("text", [("class", "axis-label"), ("x", middle), ("y", f(edge + 38)), ("text-anchor", "middle"), ("font-size", "12")], text: label)
            : .el("text", [("class", "axis-label"), ("x", "14"), ("y", middle), ("text-anchor", "middle"), ("font-size", "12"),
                           ("transform", "rotate(-90 14 \(middle))")], text: label)
        return .el("g", [("class", horizontal ? "axis x" : "axis y")], [
            .el("path", [("d", ticks), ("fill", "none"), ("stroke", "currentColor")]),
            .el("g", [("class", "tick-labels")], labels),
            title,
        ])
    }

    static func tickLabel(_ label: AxisTick.Label, x: Double, y: Double, anchor: String) -> Markup {
        let position = [("x", SVGNumber.format(x)), ("y", SVGNumber.format(y)), ("text-anchor", anchor)]
        switch label {
        case .decimal(let s):
            return .el("text", position, text: s)
        case .powerOfTen(let e):
            let exponent = e < 0 ? "−" + String(-e) : String(e)
            return .el("text", position, [.text("10"), .el("tspan", [("dy", "-5"), ("font-size", "8")], text: exponent)])
        }
    }

    static func series(_ s: Series, index: Int, marker: SeriesStyle.Marker, _ x: AxisScale, _ y: AxisScale)
        -> (markup: Markup, skipped: Int) {
        let n = min(s.x.count, s.y.count)
        let points: [(x: Double, y: Double)?] = (0..<n).map { i in
            guard let px = x.position(s.x[i]), let py = y.position(s.y[i]) else { return nil }
            return (px, py)
        }
        let style = SeriesStyle(role: s.role, pointCount: n)
        var children: [Markup] = [.el("path", [("d", PolylinePath.d(points))] + style.strokeAttributes)]
        if let lower = s.lower, let upper = s.upper {
            let f = SVGNumber.format
            var d = ""
            for i in 0..<min(n, lower.count, upper.count) {
                guard let px = x.position(s.x[i]), let a = y.position(lower[i]), let b = y.position(upper[i]) else { continue }
                d += "M\(f(px)) \(f(a))V\(f(b))M\(f(px - 3)) \(f(a))h6M\(f(px - 3)) \(f(b))h6"
            }
            if !d.isEmpty {
                children.append(.el("path", [("class", "error-bars"), ("d", d), ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "1")]))
            }
        }
        if style.markers {
            children.append(.el("g", [("class", "markers"), ("stroke", "none")],
                                points.compactMap { $0.map { marker.markup(x: $0.x, y: $0.y) } }))
        }
        return (.el("g", [("class", "series s\(index % PlotPalette.count) \(s.role.rawValue)")], children),
                points.filter { $0 == nil }.count)
    }

    static func legend(_ series: [Series], left: Double, top: Double) -> Markup {
        let f = SVGNumber.format
        var measuredIndex = 0
        let entries: [Markup] = series.enumerated().map { k, s in
            let y = top + SVGPlot.legendRow * Double(k) + 9
            let style = SeriesStyle(role: s.role, pointCount: min(s.x.count, s.y.count))
            let marker = SeriesStyle.Marker.allCases[measuredIndex % SeriesStyle.Marker.allCases.count]
            if s.role == .measured { measuredIndex += 1 }
            var sample: [Markup] = [.el("path", [("d", "M\(f(left)) \(f(y))h28")] + style.strokeAttributes)]
            if style.markers { sample.append(.el("g", [("stroke", "none")], [marker.markup(x: left + 14, y: y)])) }
            if s.lower != nil && s.upper != nil {
                sample.append(.el("path", [("d", "M\(f(left + 14)) \(f(y - 5))v10M\(f(left + 11)) \(f(y - 5))h6M\(f(left + 11)) \(f(y + 5))h6"),
                                           ("fill", "none"), ("stroke", "currentColor")]))
            }
            return .el("g", [("class", "legend-entry")], [
                .el("g", [("class", "s\(k % PlotPalette.count) \(s.role.rawValue)")], sample),
                .el("text", [("x", f(left + 36)), ("y", f(y + 4))],
                    [.text(s.name + " "), .el("tspan", [("fill-opacity", "0.65")], text: "(\(s.role.rawValue))")]),
            ])
        }
        return .el("g", [("class", "legend")], entries)
    }
}
