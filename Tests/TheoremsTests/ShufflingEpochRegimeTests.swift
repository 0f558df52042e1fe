import ExactMath
import Optimizers
import Testing
@testable import Theorems

/// Safran–Shamir 2021 / Yun–Rajput–Sra 2022 at the quick scale: the derived RR/SGD sandwich on the
/// eq. (1) construction (RR ≈ SGD for K ≤ κ/10 with the best step inside the grid, RR ≪ SGD for
/// K ≥ 10κ), and RR's large-epoch bracket at the Yun–Rajput–Sra step over several n. The
/// two-class recursion behind the eq. (2) construction is tested against exact enumeration.
@Suite("Shuffling / Safran–Shamir 2021 and Yun–Rajput–Sra 2022: epoch regimes")
struct ShufflingEpochRegimeTests {
    @Test("sandwich L ≤ min E_RR/min E_SGD ≤ U; the small-epoch best step is inside the grid; both 2× variants refuted")
    func regimes() throws {
        let theorem = EpochRegimes()
        let report = TheoremRunner.run(theorem, seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" }) \(report.falseVariants)")
        #expect(report.falseVariants.allSatisfy { $0.refuted && $0.refutingInstances == $0.applicableInstances })
        for i in try theorem.instances(seed: 1, scale: .quick) where i.isSmallEpoch {
            let m = try theorem.measure(i)
            #expect(m.rrBest > 0 && m.rrBest < i.gridPoints - 1, "best RR step at the grid's edge: \(theorem.summary(of: i))")
            #expect(EpochRegimes.lowerRatio(i, m) > 0.99)
        }
    }

    @Test("the earlier vacuous instance (n = 12, best step at the grid's edge) fails the hypotheses")
    func smallNFailsTheHypotheses() {
        let i = EpochRegimes.Instance(construction: SafranShamirConstruction(n: 12, lambda: 1, lambdaMax: 400, g: 1), epochs: 4, gridPoints: 60)
        #expect(EpochRegimes().hypotheses.contains { $0.check(i) != nil })
    }

    @Test("the sandwich can fail: a scheme better than RR (the balanced order) breaks the lower side")
    func betterThanRRIsRefuted() throws {
        let theorem = EpochRegimes()
        let i = try #require(try theorem.instances(seed: 1, scale: .quick).first { $0.isSmallEpoch })
        let m = try theorem.measure(i)
        let halved = EpochRegimes.Measurement(steps: m.steps, rr: m.rr.map { $0 / 2 }, sgd: m.sgd, upperCurve: m.upperCurve,
                                              rrBest: m.rrBest, sgdBest: m.sgdBest)
        #expect(theorem.claim.evaluate(i, halved).outcome == .refuted)
    }

    @Test("large-epoch bracket around κG²log²(nK²)/(64μn²K²) for n = 8, 16, 32; 1/(nK²), 1/(nK³), 1/(nK) refuted")
    func largeEpochRate() {
        let report = TheoremRunner.run(LargeEpochRate(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" }) \(report.falseVariants)")
        #expect(Set(report.instances.compactMap { $0.parameters.first { $0.name == "n" }?.value }).count == 3)
        #expect(report.falseVariants.allSatisfy { $0.refuted && $0.refutingInstances == $0.applicableInstances })
    }

    @Test("the two-class recursion (exact, Rational) = enumeration over all n! orders, RR/SS/SGD", arguments: [2, 4, 6])
    func twoClassEqualsEnumeration(n: Int) throws {
        let l = Rational(1), lm = Rational(6), g = Rational(1), eta = Rational(1, 10), k = 3
        let c = SafranShamirConstruction(n: n, lambda: 1, lambdaMax: 6, g: 1)
        let sum = c.finiteSum(lambda: l, lambdaMax: lm, g: g)
        let engine = try ExactShuffling(problem: sum, step: eta)
        #expect(engine.optimum == Vector([0, 0]))
        let x0 = Vector<Rational>([0, Rational(-1, 12)])
        let twoClass = try TwoClassScalarShuffling<Rational>(countA: n / 2, alphaA: 1, betaA: eta * g / 2,
                                                             countB: n / 2, alphaB: 1 - eta * lm, betaB: -eta * g / 2)
        for scheme in [ShufflingScheme.randomReshuffling, .singleShuffle, .withReplacement] {
            let exact = try engine.expectation(scheme, from: x0, epochs: k)
            let moments = try twoClass.epochMoments(scheme, from: x0[1], epochs: k)
            #expect(moments.count == k + 1 && moments[k].square == exact.expectedSquaredDistance, "\(scheme) n=\(n)")
            #expect(moments[k].mean == exact.mean[1], "\(scheme) n=\(n)")
        }
        #expect(throws: ShufflingError.self) { try twoClass.epochMoments(.incremental, from: 0, epochs: 1) }
        #expect(throws: ShufflingError.self) { try TwoClassScalarShuffling<Rational>(countA: 0, alphaA: 1, betaA: 0, countB: 0, alphaB: 1, betaB: 0) }
    }
}
