import Testing
@testable import Theorems

/// The finite-budget decision the implicit-bias dynamics checks share: a factor-2 race of
/// two normalized distances, the budget doubled while undecided, never `refuted` on a tie.
@Suite("LimitEvidence")
struct LimitEvidenceTests {
    @Test("the factor-2 decision: claimed, competitor, undecided; NaN and zeros are undecided or decided sensibly")
    func lean() {
        #expect(LimitEvidence(claimed: 0.1, competitor: 0.2, budgets: [1]).lean == .claimed)
        #expect(LimitEvidence(claimed: 0.1, competitor: 0.19, budgets: [1]).lean == .undecided)
        #expect(LimitEvidence(claimed: 0.4, competitor: 0.2, budgets: [1]).lean == .competitor)
        #expect(LimitEvidence(claimed: 0, competitor: 0.5, budgets: [1]).lean == .claimed)
        #expect(LimitEvidence(claimed: 0, competitor: 0, budgets: [1]).lean == .undecided)
        #expect(LimitEvidence(claimed: .nan, competitor: 1, budgets: [1]).lean == .undecided)
        #expect(LimitEvidence(claimed: 1, competitor: .infinity, budgets: [1]).lean == .undecided)
    }

    @Test("judgements: holds when leaning to the claim, refuted only when leaning to the competitor, inconclusive otherwise; the mirror swaps them")
    func judgements() {
        let toward = LimitEvidence(claimed: 0.1, competitor: 0.9, budgets: [10])
        #expect(toward.judgement("").outcome == .holds)
        #expect(toward.competitorJudgement().outcome == .refuted)
        #expect(LimitEvidence(claimed: 0.9, competitor: 0.1, budgets: [10]).competitorJudgement().outcome == .holds)
        let tie = LimitEvidence(claimed: 0.5, competitor: 0.6, budgets: [10, 20, 40])
        #expect(tie.judgement("").outcome == .inconclusive)
        #expect(tie.competitorJudgement().outcome == .inconclusive)
    }

    @Test("two witnesses: one leaning to the claim suffices unless the other leans away; both must lean away to refute")
    func witnesses() {
        func e(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> LimitEvidence.Lean {
            LimitEvidence(claimed: a, competitor: b, budgets: [1], incrementClaimed: c, incrementCompetitor: d).lean
        }
        #expect(e(0.6, 0.9, 0.1, 0.9) == .claimed)
        #expect(e(0.1, 0.9, 0.9, 0.1) == .undecided)
        #expect(e(0.9, 0.1, 0.6, 0.9) == .undecided)
        #expect(e(0.9, 0.1, 0.9, 0.1) == .competitor)
    }

    /// A measurement with the budgets `extending` records.
    struct Probe { let distance: Double; var budgets: [Int] = [] }

    @Test("extending doubles the budget while undecided, at most `doublings` times, and stops as soon as it is decided")
    func extending() {
        // A claimed distance that halves per doubling: undecided at 100 and 200, decided at 400.
        var calls: [Int] = []
        let result = LimitEvidence.extending(from: 100, doublings: 3, budgets: \Probe.budgets, { budget in
            calls.append(budget)
            return Probe(distance: 30 / Double(budget))
        }, evidence: { LimitEvidence(claimed: $0.distance, competitor: 0.18, budgets: $0.budgets) })
        #expect(calls == [100, 200, 400])
        #expect(result.budgets == [100, 200, 400])

        var never: [Int] = []
        let capped = LimitEvidence.extending(from: 10, doublings: 2, budgets: \Probe.budgets, { b in
            never.append(b)
            return Probe(distance: 1)
        }, evidence: { LimitEvidence(claimed: $0.distance, competitor: 1, budgets: $0.budgets) })
        #expect(never == [10, 20, 40])
        #expect(capped.budgets == [10, 20, 40])
    }
}
