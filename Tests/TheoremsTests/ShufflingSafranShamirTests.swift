import ExactMath
import Optimizers
import Testing
@testable import Theorems

/// The univariate theorems (Safran–Shamir COLT 2020 setting; closed forms and orderings
/// derived in the Proofs documents) at the quick scale: the claim holds exactly on every instance and
/// every false variant is refuted on the same measurement.
@Suite("Shuffling / Safran–Shamir 2020 univariate: closed forms and orderings")
struct ShufflingSafranShamirTests {
    @Test("closed forms = enumeration, exactly", arguments: [1, 2] as [UInt64])
    func closedForms(seed: UInt64) {
        let report = TheoremRunner.run(UnivariateClosedForms(), seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" }) \(report.falseVariants)")
        #expect(report.falseVariants.count == 2 && report.falseVariants.allSatisfy { $0.refuted })
        #expect(report.exact)
    }

    @Test("E_RR ≤ E_SGD and E_RR ≤ E_SS, exactly", arguments: [1, 2] as [UInt64])
    func orderings(seed: UInt64) {
        let report = TheoremRunner.run(UnivariateOrderings(), seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" }) \(report.falseVariants)")
        #expect(report.falseVariants.allSatisfy { $0.refuted })
    }

    @Test("the closed-form check can fail: a perturbed closed form is refuted")
    func perturbedClosedFormRefuted() throws {
        let theorem = UnivariateClosedForms()
        let instance = ShufflingEngineTests.example
        let m = try theorem.measure(instance)
        #expect(theorem.claim.evaluate(instance, m).outcome == .holds)
        var closed = m.closed
        closed[.randomReshuffling] = (m.closed[.randomReshuffling]!.mean, m.closed[.randomReshuffling]!.square + Rational(1, 1_000_000))
        let perturbed = UnivariateClosedForms.Measurement(engine: m.engine, evaluator: m.evaluator, closed: closed,
                                                          rrWithoutFinitePopulationCorrection: m.rrWithoutFinitePopulationCorrection)
        #expect(theorem.claim.evaluate(instance, perturbed).outcome == .refuted)
    }
}

/// Monte Carlo beyond enumeration at the quick scale.
@Suite("Shuffling / Safran–Shamir 2020 univariate: Monte Carlo beyond enumeration")
struct ShufflingMonteCarloTests {
    @Test("MC within the empirical Bernstein bound of the closed forms for n = 16, 64; RR ≠ SGD refuted")
    func monteCarlo() {
        let report = TheoremRunner.run(UnivariateMonteCarlo(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" }) \(report.falseVariants)")
        #expect(report.falseVariants.allSatisfy { $0.refuted })
        #expect(!report.exact)
    }

    @Test("the empirical Bernstein half-width: its two terms, and the trajectory count that resolves a gap")
    func halfWidth() throws {
        let l = deterministicLog(4e7)
        let h = UnivariateMonteCarlo.halfWidth(variance: 0.5, count: 1001, range: 4)
        #expect(abs(h - ((2 * 0.5 * l / 1001).squareRoot() + 7 * 4 * l / 3000)) < 1e-15)
        let n = try #require(UnivariateMonteCarlo.trajectoriesResolving(gap: 0.07, mean: 0.03, range: 4, floor: 2000, cap: 60_000))
        #expect(UnivariateMonteCarlo.halfWidth(variance: 4 * 0.03, count: n, range: 4) <= 0.07 / 3)
        #expect(UnivariateMonteCarlo.trajectoriesResolving(gap: 1e-4, mean: 0.03, range: 4, floor: 2000, cap: 60_000) == nil)
        // A sample outside [0, B²] is inconclusive, never a verdict.
        let outside = SampleSummary([0.1, 5])
        #expect(UnivariateMonteCarlo.within(outside, 0.1, range: 4, "x").outcome == .inconclusive)
    }
}
