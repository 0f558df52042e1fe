import ExactMath
import Optimizers
import Testing
@testable import Theorems

/// The univariate theorems (Safran–Shamir COLT 2020 setting; closed forms and orderings
/// [DERIVED], note §3.1) at the quick scale: the claim holds exactly on every instance and
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
}
