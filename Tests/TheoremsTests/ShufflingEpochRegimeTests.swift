import ExactMath
import Optimizers
import Testing
@testable import Theorems

/// Safran–Shamir 2021 / Yun–Rajput–Sra 2022 at the quick scale: RR ≈ SGD for K ≤ κ/10 and
/// RR ≪ SGD for K ≥ 10κ; RR's large-epoch rate is 1/(nK²), not 1/(nK³). The two-class
/// recursion behind both is tested against exact enumeration.
@Suite("Shuffling / Safran–Shamir 2021 and Yun–Rajput–Sra 2022: epoch regimes")
struct ShufflingEpochRegimeTests {
    @Test("small-epoch RR ≈ SGD, large-epoch RR ≤ SGD/2; N7 refuted")
    func regimes() {
        let report = TheoremRunner.run(EpochRegimes(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" }) \(report.falseVariants)")
        #expect(report.falseVariants.allSatisfy { $0.refuted })
    }

    @Test("large-epoch rate 1/(nK²); N1 (1/(nK³)) and 1/(nK) refuted")
    func largeEpochRate() {
        let report = TheoremRunner.run(LargeEpochRate(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" }) \(report.falseVariants)")
        #expect(report.falseVariants.allSatisfy { $0.refuted })
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
            let exact = try engine.expectation(scheme, from: x0, epochs: k).expectedSquaredDistance
            #expect(try twoClass.expectedSquare(scheme, from: x0[1], epochs: k) == exact, "\(scheme) n=\(n)")
        }
    }
}
