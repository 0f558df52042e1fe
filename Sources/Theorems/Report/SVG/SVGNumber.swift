/// Coordinates in SVG text: rounded to hundredths of a pixel and written with integer
/// arithmetic only (no locale, no printf), so the same plot is the same bytes everywhere.
enum SVGNumber {
    /// `x` rounded to two decimals, trailing zeros dropped ("12.5", "3", "-0.25").
    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let clamped = min(max(x, -1e9), 1e9)
        let hundredths = Int((clamped * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return sign + String(whole) + "." + digits
    }
}
