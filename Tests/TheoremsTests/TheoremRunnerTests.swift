import Testing
@testable import Theorems
import ExactMath

/// A toy theorem over integers, to pin down how the runner aggregates verdicts.
private struct ToyTheorem: Theorem {
    var claimHolds: @Sendable (Int) -> Bool
    var variantRefuted: @Sendable (Int) -> Bool
    var hypothesisFails: @Sendable (Int) -> Bool = { _ in false }
    var measureThrows: @Sendable (Int) -> Bool = { _ in false }
    var withVariant = true

    struct Failure: Error {}

    let id = "toy/theorem"
    let family = Family.classical
    let citation = Citation.polyak1987
    let provenance = Provenance.derived("a test fixture, not a theorem")
    let statement = "toy"
    var hypotheses: [Hypothesis<Int>] {
        [Hypothesis("n is fine") { [hypothesisFails] n in hypothesisFails(n) ? "n = \(n) is not fine" : nil }]
    }
    func instances(seed: UInt64, scale: Scale) -> [Int] { Array(0..<4) }
    func summary(of n: Int) -> String { "n=\(n)" }
    func measure(_ n: Int) throws -> Int {
        if measureThrows(n) { throw Failure() }
        return n
    }
    var claim: Claim<Int, Int> {
        Claim("toy claim", kind: .tight, exact: true) { [claimHolds] _, m in
            Judgement.exact(measured: Rational(m), claimHolds(m) ? .equal : .above, predicted: Rational(m))
        }
    }
    var falseVariants: [Claim<Int, Int>] {
        guard withVariant else { return [] }
        return [Claim("toy false", kind: .tight, exact: true) { [variantRefuted] _, m in
            Judgement(variantRefuted(m) ? .refuted : .holds)
        }]
    }
}

@Suite("Theorem runner: verdict aggregation")
struct TheoremRunnerTests {
    @Test func holdsWhenClaimHoldsAndVariantRefuted() {
        let r = TheoremRunner.run(ToyTheorem(claimHolds: { _ in true }, variantRefuted: { $0 == 2 }), seed: 0, scale: .quick)
        #expect(r.verdict == .holds)
        #expect(r.falseVariants[0].refutingInstances == 1)
        #expect(r.falseVariants[0].witnessInstance == "n=2")
    }

    @Test func refutedWhenAnyInstanceRefutes() {
        let r = TheoremRunner.run(ToyTheorem(claimHolds: { $0 != 3 }, variantRefuted: { _ in true }), seed: 0, scale: .quick)
        #expect(r.verdict == .refuted)
        #expect(r.representative?.summary == "n=3")
    }

    @Test func notDiscriminatingWhenVariantSurvives() {
        let r = TheoremRunner.run(ToyTheorem(claimHolds: { _ in true }, variantRefuted: { _ in false }), seed: 0, scale: .quick)
        #expect(r.verdict == .notDiscriminating)
        #expect(!r.verdict.isSuccess)
    }

    @Test func notDiscriminatingWithoutAnyVariant() {
        var toy = ToyTheorem(claimHolds: { _ in true }, variantRefuted: { _ in true })
        toy.withVariant = false
        #expect(TheoremRunner.run(toy, seed: 0, scale: .quick).verdict == .notDiscriminating)
    }

    @Test func inconclusiveWhenHypothesisFails() {
        var toy = ToyTheorem(claimHolds: { _ in true }, variantRefuted: { _ in true })
        toy.hypothesisFails = { $0 == 1 }
        let r = TheoremRunner.run(toy, seed: 0, scale: .quick)
        #expect(r.verdict == .inconclusive)
        #expect(r.instances[1].judgement.reason?.contains("hypothesis not met") == true)
    }

    @Test func inconclusiveWhenMeasurementThrows() {
        var toy = ToyTheorem(claimHolds: { _ in true }, variantRefuted: { _ in true })
        toy.measureThrows = { $0 == 0 }
        let r = TheoremRunner.run(toy, seed: 0, scale: .quick)
        #expect(r.verdict == .inconclusive)
        #expect(r.instances[0].judgement.reason?.contains("measurement failed") == true)
    }

    @Test func approximateJudgementTreatsNaNAsInconclusive() {
        #expect(Judgement.approximate(measured: .nan, .atMost, predicted: 1, tolerance: 0.1).outcome == .inconclusive)
        #expect(Judgement.approximate(measured: 1.05, .atMost, predicted: 1, tolerance: 0.1).outcome == .holds)
        #expect(Judgement.approximate(measured: 1.2, .atMost, predicted: 1, tolerance: 0.1).outcome == .refuted)
    }

    @Test func theoremSeedsAreStableAndDistinct() {
        #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.theoremSeed(id: "a/b", seed: 1) != StableHash.theoremSeed(id: "a/c", seed: 1))
        #expect(StableHash.theoremSeed(id: "a/b", seed: 1) != StableHash.theoremSeed(id: "a/b", seed: 2))
    }
}
