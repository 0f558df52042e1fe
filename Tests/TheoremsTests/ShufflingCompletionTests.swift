import ExactMath
import FloatMath
import Optimizers
import ProvableTesting
import Testing
@testable import Theorems

/// The matrix AM–GM conjecture search of Yun–Sra–Jadbabaie (COLT 2021 open problem) as a catalog
/// theorem, and Ahn–Yun–Sra (NeurIPS 2020): random reshuffling contracts without component
/// convexity (quadratic case, indefinite components, exact mean-square recurrences).
@Suite("Shuffling / completion: AM–GM conjecture search and Ahn–Yun–Sra 2020")
struct ShufflingCompletionTests {
    @Test("both theorems hold at the quick scale with every false variant refuted",
          arguments: Catalog([AMGMConjectureSearch(), IndefiniteComponentsContraction()]).testCases(seeds: [1, 2, 3, 4]))
    func holds(_ c: TheoremCase) {
        let r = expectHolds(c)
        #expect(r.falseVariants.allSatisfy { $0.refuted }, "\(r.falseVariants)")
    }

    @Test("a planted violation (W_SS = 2·W_RS) is certified and refutes the conjecture claim")
    func plantedViolation() throws {
        let theorem = AMGMConjectureSearch()
        let c = try #require(try theorem.instances(seed: 1, scale: .quick).first)
        let w = try MatrixProductAverages(c.matrices, epochs: c.epochs)
        let planted = MatrixProductAverages(singleShuffle: Rational(2) * w.reshuffle, reshuffle: w.reshuffle, gradientDescent: w.gradientDescent)
        guard case .violated(let t, let small, let big) = AMGMCounterexampleSearch.decide(planted, .ssBelowRS) else {
            Issue.record("planted violation not certified"); return
        }
        #expect(small > big && t > 0)
        let m = AMGMConjectureSearch.Measurement(decisions: [.ssBelowRS: .violated(threshold: t, small: small, big: big),
                                                             .rsBelowGD: AMGMCounterexampleSearch.decide(w, .rsBelowGD)],
                                                 counterexamples: [:])
        #expect(theorem.claim.evaluate(c, m).outcome == .refuted)
        #expect(AMGMCounterexampleSearch.decide(w, .ssBelowRS) != .equal)
        // K = 1: W_SS = W_RS entrywise, decided as an equality.
        let one = try MatrixProductAverages(c.matrices, epochs: 1)
        #expect(AMGMCounterexampleSearch.decide(one, .rsBelowSS) == .equal)
    }

    @Test("C₁ = E[M_πᵀM_π] read from E‖x₁‖² equals the permutation average computed here, and some component is indefinite")
    func meanSquareFromExpectations() throws {
        let theorem = IndefiniteComponentsContraction()
        for i in try theorem.instances(seed: 3, scale: .quick) {
            let m = try theorem.meanSquare(.randomReshuffling, i)
            let id = Matrix<Rational>.identity(2)
            var sum = Matrix<Rational>.zero(rows: 2, columns: 2), count = 0
            PermutationEnumeration.forEachPermutation(i.deviations.count) { order in
                let map = order.reduce(id) { acc, j in (id - i.step * i.hessians[j]) * acc }
                sum = sum + map.transposed * map
                count += 1
            }
            #expect(m.c[1] == Rational(1, count) * sum)
            #expect(m.recurrenceFailure == nil && m.evidence != nil)
            #expect(i.hessians.contains { (try? $0.determinant()).map { $0 < 0 } ?? false })
            #expect(i.factor < 1)
        }
    }

    @Test("a method that runs one epoch too many breaks the mean-square recurrence; RR drawn with replacement leaves the SGD variant standing")
    func mutantsAreCaught() {
        expectRefuted(IndefiniteComponentsContraction(methods: ExtraEpoch()))
        let r = TheoremRunner.run(IndefiniteComponentsContraction(methods: SchemeSubstitution(from: .randomReshuffling, to: .withReplacement)),
                                  seed: 1, scale: .quick)
        #expect(r.verdict == .refuted || r.verdict == .notDiscriminating)
        let s = TheoremRunner.run(AMGMConjectureSearch(methods: SchemeSubstitution(from: .randomReshuffling, to: .singleShuffle)),
                                  seed: 1, scale: .quick)
        #expect(s.verdict == .notDiscriminating)
    }

    @Test("an implementation whose W_SS is inflated (W_SS = (3/2)·W_RS) is reported as a certified, shrunk counterexample")
    func counterexampleIsReportedLoudly() {
        let r = TheoremRunner.run(AMGMConjectureSearch(methods: InflatedSingleShuffle()), seed: 1, scale: .quick)
        #expect(r.verdict == .refuted)
        let refuted = r.instances.filter { $0.judgement.outcome == .refuted }
        #expect(!refuted.isEmpty)
        #expect(refuted.allSatisfy { ($0.judgement.certificate ?? "").contains("COUNTEREXAMPLE shrunk to n=2") })
    }
}

/// W_SS replaced by (3/2)·W_RS: ‖W_SS‖ > ‖W_RS‖ on every instance, a planted violation of the
/// conjecture's first inequality, which the theorem must report certified and shrunk (to n = 2).
private struct InflatedSingleShuffle: ShufflingMethods {
    var name: String { "W_SS inflated" }
    func matrixProductAverages<Scalar: OrderedField>(_ matrices: [Matrix<Scalar>], epochs: Int) throws -> MatrixProductAverages<Scalar> {
        let w = try ProjectShufflingMethods().matrixProductAverages(matrices, epochs: epochs)
        return MatrixProductAverages(singleShuffle: Scalar(rational: Rational(3, 2)) * w.reshuffle, reshuffle: w.reshuffle,
                                     gradientDescent: w.gradientDescent)
    }
}
