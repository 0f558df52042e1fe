import Theorems

/// The text of a failed expectation: what a person needs to act on a verdict.
public enum VerdictExplanation {
    /// The claim, the verdict, the first failing instances with predicted / measured /
    /// tolerance / certificate / reason, the surviving false variants, and the command that
    /// reproduces the run.
    public static func text(_ report: TheoremReport, seed: UInt64, scale: Scale, expected: String) -> String {
        var lines = ["\(report.id): verdict \(report.verdict.rawValue), expected \(expected)",
                     "claim: \(report.claimStatement)"]
        if let failure = report.failure { lines.append("generation: \(failure)") }
        let interesting = report.instances.filter { $0.judgement.outcome == .refuted || $0.judgement.outcome == .inconclusive }
        for i in interesting.prefix(3) {
            let j = i.judgement
            lines.append("instance \(i.index) [\(j.outcome.rawValue)]: \(i.summary)")
            var numbers: [String] = []
            if let p = j.predicted { numbers.append("predicted \(j.relation.rawValue) \(p.text)") }
            if let m = j.measured { numbers.append("measured \(m.text)") }
            if let t = j.tolerance { numbers.append("tolerance \(t.text)") }
            if !numbers.isEmpty { lines.append("  " + numbers.joined(separator: ", ")) }
            if let c = j.certificate { lines.append("  certificate: \(c)") }
            if let r = j.reason { lines.append("  reason: \(r)") }
        }
        if interesting.count > 3 { lines.append("… \(interesting.count - 3) more instance(s) not holding") }
        for v in report.falseVariants where !v.refuted {
            lines.append("false variant not refuted on \(v.applicableInstances) instance(s): \(v.statement)")
        }
        lines.append("reproduce: provable check --theorem \(report.id) --seed \(seed) --scale \(scale.rawValue)")
        return lines.joined(separator: "\n")
    }
}
