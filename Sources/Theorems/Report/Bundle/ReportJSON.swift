/// `report.json` of `provable report`: exactly the `provable check --format json` object (from
/// ``JSONReport/render(_:)``), each theorem entry extended by `plots` — per plot its `id`,
/// `title`, `xLabel`, `yLabel`, `xAxis`, `yAxis`, `csv` and `svg` (paths in the report
/// directory) and `series` (`name`, `role`, `column`, `x`, `y`, `lower`, `upper`; non-finite
/// numbers as null).
enum ReportJSON {
    static func render(_ run: CheckRun, files: PlotFiles) -> JSONValue {
        guard case .object(let fields) = JSONReport.render(run) else { return JSONReport.render(run) }
        return .object(fields.map { key, value in
            guard key == "theorems", case .array(let theorems) = value else { return (key, value) }
            return (key, .array(zip(theorems, run.reports).map { entry, report in
                guard case .object(let theoremFields) = entry else { return entry }
                return .object(theoremFields + [("plots", .array(files.entries(of: report.id).map(plot)))])
            }))
        })
    }

    static func plot(_ entry: PlotFiles.Entry) -> JSONValue {
        let p = entry.plot
        return .object([
            ("id", .string(p.id)),
            ("title", .string(p.title)),
            ("xLabel", .string(p.xLabel)),
            ("yLabel", .string(p.yLabel)),
            ("xAxis", .string(p.xAxis.rawValue)),
            ("yAxis", .string(p.yAxis.rawValue)),
            ("csv", .string(entry.csvPath)),
            ("svg", .string(entry.svgPath)),
            ("series", .array(zip(p.series, entry.columns).map { s, column in
                .object([
                    ("name", .string(s.name)),
                    ("role", .string(s.role.rawValue)),
                    ("column", .string(column)),
                    ("x", numbers(s.x)),
                    ("y", numbers(s.y)),
                    ("lower", s.lower.map(numbers) ?? .null),
                    ("upper", s.upper.map(numbers) ?? .null),
                ])
            })),
        ])
    }

    static func numbers(_ xs: [Double]) -> JSONValue { .array(xs.map(JSONValue.number)) }
}
