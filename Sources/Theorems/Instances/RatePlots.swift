import ExactMath
import FloatMath

/// Plot series shared by the minimax and classical theorems: the certified spectral gap
/// 1 − ρ of measured iteration matrices with its bracket as error bars, and a theorem's
/// bound as a curve (Lee–Cho–Yun, ICML 2024; Polyak 1987). Built after the verdict, from the
/// measurements only.
enum RatePlots {
    /// 1 − ρ per point, with error bars [1 − hi, 1 − lo] from the certified bracket lo < ρ ≤ hi;
    /// points whose bracket is unavailable are skipped.
    static func gap(_ name: String, _ points: [(x: Double, evidence: SpectralRadiusEvidence)]) -> Series {
        let kept = points.compactMap { p in p.evidence.reportBracket.map { (p.x, $0) } }
        return Series(name, role: .measured, x: kept.map(\.0),
                      y: kept.map { 1 - ($0.1.lower.doubleValue + $0.1.upper.doubleValue) / 2 },
                      lower: kept.map { 1 - $0.1.upper.doubleValue }, upper: kept.map { 1 - $0.1.lower.doubleValue })
    }

    /// ρ per point with its certified bracket as error bars.
    static func radius(_ name: String, _ points: [(x: Double, evidence: SpectralRadiusEvidence)]) -> Series {
        let kept = points.compactMap { p in p.evidence.reportBracket.map { (p.x, $0) } }
        return Series(name, role: .measured, x: kept.map(\.0),
                      y: kept.map { ($0.1.lower.doubleValue + $0.1.upper.doubleValue) / 2 },
                      lower: kept.map { $0.1.lower.doubleValue }, upper: kept.map { $0.1.upper.doubleValue })
    }

    /// A formula evaluated at the sorted distinct x values of the measured points.
    static func curve(_ name: String, role: Series.Role, at xs: [Double], _ f: (Double) -> Double) -> Series {
        let sorted = Array(Set(xs)).sorted()
        return Series(name, role: role, x: sorted, y: sorted.map(f))
    }
}
