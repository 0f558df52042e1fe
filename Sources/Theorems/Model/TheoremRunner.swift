/// What a run collects besides the verdicts.
public struct RunOptions: Sendable, Hashable {
    /// Build the theorems' plots from their measurements (for `provable report`).
    public var plots: Bool

    public init(plots: Bool = false) {
        self.plots = plots
    }
}

/// Runs theorems: generates instances, checks hypotheses, measures, evaluates the claim
/// and every false variant on the same measurement, and aggregates the verdict.
public enum TheoremRunner {
    /// Runs one theorem for a user seed at a scale. Never throws: failures become
    /// inconclusive verdicts with their reason, one instance at a time (an instance whose
    /// measurement throws is inconclusive; the others are still decided).
    public static func run<T: Theorem>(_ theorem: T, seed: UInt64, scale: Scale,
                                       options: RunOptions = RunOptions()) -> TheoremReport {
        var report = TheoremReport(
            id: theorem.id, family: theorem.family, citation: theorem.citation, provenance: theorem.provenance,
            statement: theorem.statement, claimStatement: theorem.claim.statement,
            kind: theorem.claim.kind, exact: theorem.claim.exact, verdict: .inconclusive,
            instances: [], falseVariants: [], representative: nil, failure: nil, plots: [])
        let instances: [T.Instance]
        do {
            instances = try theorem.instances(seed: StableHash.theoremSeed(id: theorem.id, seed: seed), scale: scale)
        } catch let shortfall as GenerationShortfall {
            report.failure = "instance generation fell short: \(shortfall)"
            return report
        } catch {
            report.failure = "instance generation failed: \(error)"
            return report
        }
        var variantJudgements = Array(repeating: [(String, Judgement)](), count: theorem.falseVariants.count)
        var measured: [MeasuredInstance<T.Instance, T.Measurement>] = []
        for (index, instance) in instances.enumerated() {
            let summary = theorem.summary(of: instance)
            let parameters = theorem.parameters(of: instance)
            func record(_ judgement: Judgement) {
                report.instances.append(InstanceReport(index: index, summary: summary, parameters: parameters, judgement: judgement))
            }
            if let unmet = theorem.hypotheses.lazy.compactMap({ h in h.check(instance).map { "hypothesis not met: \(h.statement): \($0)" } }).first {
                record(.inconclusive(unmet))
                continue
            }
            let measurement: T.Measurement
            do {
                measurement = try theorem.measure(instance)
            } catch {
                record(.inconclusive("measurement failed: \(error)"))
                continue
            }
            record(theorem.claim.evaluate(instance, measurement))
            for (k, variant) in theorem.falseVariants.enumerated() {
                variantJudgements[k].append((summary, variant.evaluate(instance, measurement)))
            }
            if options.plots { measured.append(MeasuredInstance(index: index, instance: instance, measurement: measurement)) }
        }
        report.falseVariants = zip(theorem.falseVariants, variantJudgements).map { variant, judgements in
            let applicable = judgements.filter { $0.1.outcome != .inapplicable }
            let refuting = applicable.filter { $0.1.outcome == .refuted }
            return FalseVariantReport(
                statement: variant.statement, refuted: !refuting.isEmpty,
                refutingInstances: refuting.count, applicableInstances: applicable.count,
                witness: refuting.first?.1, witnessInstance: refuting.first?.0)
        }
        report.verdict = aggregate(report)
        report.representative = report.instances.first { $0.judgement.outcome == .refuted }
            ?? report.instances.first { $0.judgement.outcome == .inconclusive }
            ?? report.instances.first { $0.judgement.outcome == .holds }
            ?? report.instances.first
        if options.plots { report.plots = theorem.plots(measured) }
        return report
    }

    /// The theorem's verdict from its instance outcomes and false variants.
    static func aggregate(_ report: TheoremReport) -> Verdict {
        let outcomes = report.instances.map(\.judgement.outcome).filter { $0 != .inapplicable }
        if outcomes.contains(.refuted) { return .refuted }
        if outcomes.isEmpty || outcomes.contains(.inconclusive) { return .inconclusive }
        if report.falseVariants.isEmpty || report.falseVariants.contains(where: { !$0.refuted }) {
            return .notDiscriminating
        }
        return .holds
    }
}
