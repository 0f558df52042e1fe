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
