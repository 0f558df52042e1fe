/// One plot's series as a pgfplots-ready CSV (`data/<theorem>-<plot>.csv`): a header row, then
/// one row per point index, two columns per series (`<series>_x`, `<series>_y`) and two more for
/// error bars (`<series>_lower`, `<series>_upper`). Series of different lengths are padded with
/// `nan`, which pgfplots skips; values are Swift's shortest round-trip decimals (the same text on
/// every platform), non-finite ones `nan`, `inf`, `-inf`. In LaTeX:
/// `\addplot table[col sep=comma, x=GD_x, y=GD_y] {data/….csv};`
enum PlotCSV {
    static func render(_ entry: PlotFiles.Entry) -> String {
        var header: [String] = []
        var columns: [[Double]] = []
        for (s, name) in zip(entry.plot.series, entry.columns) {
            let n = min(s.x.count, s.y.count)
            header += [name + "_x", name + "_y"]
            columns += [Array(s.x.prefix(n)), Array(s.y.prefix(n))]
            if let lower = s.lower, let upper = s.upper {
                header += [name + "_lower", name + "_upper"]
                columns += [Array(lower.prefix(n)), Array(upper.prefix(n))]
            }
        }
        let rows = columns.map(\.count).max() ?? 0
        var out = header.joined(separator: ",") + "\n"
        for i in 0..<rows {
            out += columns.map { i < $0.count ? number($0[i]) : "nan" }.joined(separator: ",") + "\n"
        }
        return out
    }

    static func number(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        return x.description
    }
}
