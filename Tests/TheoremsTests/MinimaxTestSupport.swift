import Testing
@testable import Theorems

/// Shared expectations of the minimax and classical suites: a theorem holds with every false
/// variant refuted, or a (mutant) run is refuted / not discriminating.
enum MinimaxTestSupport {
    static func describe(_ r: TheoremReport) -> String {
        let bad = r.instances.filter { $0.judgement.outcome != .holds && $0.judgement.outcome != .inapplicable }
        let variants = r.falseVariants.map { "\($0.statement): refuted \($0.refutingInstances)/\($0.applicableInstances)" }
        return "verdict \(r.verdict); failing: \(bad.prefix(3).map { "\($0.summary): \($0.judgement)" }); variants: \(variants); failure: \(r.failure ?? "-")"
    }

    /// Runs `t` and expects `holds`, a nonempty instance list and every false variant refuted.
    @discardableResult
    static func expectHolds(_ t: any Theorem, seed: UInt64 = 1, scale: Scale = .quick, plots: Bool = false,
                            sourceLocation: SourceLocation = #_sourceLocation) -> TheoremReport {
        let r = Catalog.run(t, seed: seed, scale: scale, options: RunOptions(plots: plots))
        #expect(r.verdict == .holds, "\(t.id): \(describe(r))", sourceLocation: sourceLocation)
        #expect(!r.instances.isEmpty, sourceLocation: sourceLocation)
        #expect(r.falseVariants.allSatisfy { $0.refuted }, "\(t.id): \(describe(r))", sourceLocation: sourceLocation)
        return r
    }
}
