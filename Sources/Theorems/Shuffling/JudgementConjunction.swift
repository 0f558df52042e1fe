import ExactMath

/// Conjunctions of exact judgements for claims that assert several relations at once
/// (e.g. "E_RR ≤ E_SGD and E_RR ≤ E_SS"): the first judgement that is not `holds` decides
/// the outcome; when all hold, the first one is reported with every relation listed in
/// its certificate.
enum JudgementConjunction {
    static func all(_ parts: [(String, Judgement)]) -> Judgement {
        if let failing = parts.first(where: { $0.1.outcome != .holds }) {
            var j = failing.1
            j.certificate = "\(failing.0): " + (j.certificate ?? "\(j.measured?.text ?? "?") \(j.relation.rawValue) \(j.predicted?.text ?? "?") is false")
            return j
        }
        guard var first = parts.first?.1 else { return .inconclusive("nothing to decide") }
        first.certificate = parts.map { name, j in
            "\(name): \(j.measured?.display ?? "?") \(j.relation.rawValue) \(j.predicted?.display ?? "?")"
        }.joined(separator: "; ")
        return first
    }
}

extension JudgementConjunction {
    /// lower ≤ x ≤ upper in Float64, each side with the relative tolerance `relative` (for the
    /// rounding of a derived bound's evaluation): the lower side's judgement when it fails, else
    /// the upper side's.
    static func between(_ x: Double, _ range: ClosedRange<Double>, relative: Double, reason: String) -> Judgement {
        let lower = Judgement.approximate(measured: x, .atLeast, predicted: range.lowerBound,
                                          tolerance: relative * abs(range.lowerBound), reason: reason)
        guard lower.outcome == .holds else { return lower }
        return .approximate(measured: x, .atMost, predicted: range.upperBound, tolerance: relative * abs(range.upperBound), reason: reason)
    }
}
