/// The SVG path of a series' line, in pixel coordinates. A point that cannot be drawn (`nil`:
/// not finite, or not positive on a log axis) breaks the line. Runs of points that fall in the
/// same pixel column are reduced to their first, lowest, highest and last points, which draws
/// the same picture as the full series (a 10 000-step training curve stays a few kilobytes);
/// the data files keep every point.
enum PolylinePath {
    static func d(_ points: [(x: Double, y: Double)?]) -> String {
        var out = ""
        var segment: [(x: Double, y: Double)] = []
        func flush() {
            let kept = reduced(segment)
            for (k, p) in kept.enumerated() {
                out += (k == 0 ? "M" : "L") + SVGNumber.format(p.x) + " " + SVGNumber.format(p.y)
            }
            segment.removeAll(keepingCapacity: true)
        }
        for p in points {
            if let p { segment.append(p) } else { flush() }
        }
        flush()
        return out
    }

    /// First, lowest, highest and last point of each run in one pixel column, in series order.
    static func reduced(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        guard points.count > 4 else { return points }
        var out: [(x: Double, y: Double)] = []
        var start = 0
        while start < points.count {
            let column = points[start].x.rounded(.down)
            var end = start
            while end + 1 < points.count && points[end + 1].x.rounded(.down) == column { end += 1 }
            var keep = [start, end]
            if end - start >= 2 {
                let run = start...end
                if let low = run.min(by: { points[$0].y < points[$1].y }) { keep.append(low) }
                if let high = run.max(by: { points[$0].y < points[$1].y }) { keep.append(high) }
            }
            var seen = Set<Int>()
            for i in keep.sorted() where seen.insert(i).inserted { out.append(points[i]) }
            start = end + 1
        }
        return out
    }
}
