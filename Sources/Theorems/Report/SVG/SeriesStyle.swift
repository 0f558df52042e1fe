/// How a series is drawn, by its role: measured series as a thin line with markers, the
/// theorem's prediction as a solid curve, bounds dashed, references dotted. Colors come from
/// the palette classes `s0`…`s7` through `currentColor`, so the dash patterns and marker
/// shapes alone still tell the series apart in a black-and-white print.
struct SeriesStyle: Sendable, Hashable {
    let strokeWidth: String
    /// The `stroke-dasharray`, or `nil` for a solid line.
    let dash: String?
    /// Whether points get markers (measured series, or any series of one point).
    let markers: Bool

    init(role: Series.Role, pointCount: Int) {
        switch role {
        case .measured: self.init(strokeWidth: "1.5", dash: nil, markers: pointCount <= SeriesStyle.markerLimit)
        case .predicted: self.init(strokeWidth: "2", dash: nil, markers: pointCount == 1)
        case .bound: self.init(strokeWidth: "1.75", dash: "7 4", markers: pointCount == 1)
        case .reference: self.init(strokeWidth: "1.75", dash: "1.5 3.5", markers: pointCount == 1)
        }
    }

    private init(strokeWidth: String, dash: String?, markers: Bool) {
        self.strokeWidth = strokeWidth
        self.dash = dash
        self.markers = markers
    }

    /// Above this many points a measured series is drawn as a line only.
    static let markerLimit = 60

    /// The stroke attributes of the series' line.
    var strokeAttributes: [(String, String)] {
        var a = [("fill", "none"), ("stroke", "currentColor"), ("stroke-width", strokeWidth),
                 ("stroke-linejoin", "round"), ("stroke-linecap", "round")]
        if let dash { a.append(("stroke-dasharray", dash)) }
        return a
    }

    /// The marker shapes, cycled over the measured series of a plot.
    enum Marker: Int, CaseIterable {
        case circle, square, triangle, diamond

        /// The marker at (x, y) as SVG (`size` is the half-width in pixels).
        func markup(x: Double, y: Double, size: Double = 3.2) -> Markup {
            let f = SVGNumber.format
            switch self {
            case .circle:
                return .el("circle", [("cx", f(x)), ("cy", f(y)), ("r", f(size))])
            case .square:
                return .el("rect", [("x", f(x - size)), ("y", f(y - size)), ("width", f(2 * size)), ("height", f(2 * size))])
            case .triangle:
                return .el("path", [("d", "M\(f(x)) \(f(y - 1.15 * size))L\(f(x + size)) \(f(y + 0.85 * size))L\(f(x - size)) \(f(y + 0.85 * size))Z")])
            case .diamond:
                return .el("path", [("d", "M\(f(x)) \(f(y - 1.3 * size))L\(f(x + 1.3 * size)) \(f(y))L\(f(x)) \(f(y + 1.3 * size))L\(f(x - 1.3 * size)) \(f(y))Z")])
            }
        }
    }
}

/// The series colors, light and dark, as CSS for the page and for standalone SVG files
/// (Okabe–Ito's colour-blind-safe palette, lightened for dark backgrounds).
enum PlotPalette {
    static let light = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#b8860b", "#3a8fc7", "#6e6e6e", "#8c564b"]
    static let dark = ["#6cb8ea", "#ff9a5c", "#3fd3a6", "#eaa6cf", "#f0c24a", "#a7d3f3", "#c4c4c4", "#d3a79c"]

    /// How many colour classes there are (`s0`…`s7`); series beyond reuse them in order.
    static var count: Int { light.count }

    /// CSS rules: `.s<k>` sets `color` (which the series' strokes and fills use through
    /// `currentColor`), switched for `prefers-color-scheme: dark` and forced light in print.
    static var css: String {
        func rules(_ colors: [String]) -> String {
            colors.enumerated().map { "svg.plot .s\($0.offset) { color: \($0.element); }" }.joined(separator: "\n")
        }
        return rules(light) + "\n@media (prefers-color-scheme: dark) {\n" + rules(dark) + "\n}\n@media print {\n" + rules(light) + "\n}\n"
    }
}
