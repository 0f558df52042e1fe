import ExactMath
import Testing
@testable import Theorems

/// A theorem whose claim fails exactly at the seeds `refutedSeeds` (through the instance it
/// generates) and whose false variant survives at `survivingSeeds`: pins down what a sweep counts.
private struct SeedSensitiveTheorem: Theorem {
    let refutedSeeds: Set<UInt64>
    let survivingSeeds: Set<UInt64>
    let shortSeeds: Set<UInt64>

    let id = "toy/seed-sensitive"
    let family = Family("toy")
    let citation = Citation.polyak1987.at("toy")
    let provenance = Provenance.derived("a test fixture, not a theorem")
    let statement = "toy"

    /// The instance is the user's seed, recovered by generating for every candidate seed.
    func instances(seed: UInt64, scale: Scale) throws -> [UInt64] {
        let user: UInt64 = (UInt64(0)..<64).first { StableHash.theoremSeed(id: id, seed: $0) == seed } ?? 999
        if shortSeeds.contains(user) {
            return try InstanceSearch.draw(count: 3, maxAttempts: 5, optional: { $0 == 0 ? user : nil })
        }
        return [user, user]
    }
    func summary(of s: UInt64) -> String { "seed \(s)" }
    func parameters(of s: UInt64) -> [InstanceParameter] { [.int("seed", Int(s))] }
    func measure(_ s: UInt64) -> UInt64 { s }
    var claim: Claim<UInt64, UInt64> {
        Claim("toy", kind: .tight, exact: true) { [refutedSeeds] _, s in
            Judgement.exact(measured: Rational(Int(s)), refutedSeeds.contains(s) ? .above : .equal, predicted: Rational(Int(s)))
        }
    }
    var falseVariants: [Claim<UInt64, UInt64>] {
        [Claim("toy false", kind: .tight, exact: true) { [survivingSeeds] _, s in
            Judgement(survivingSeeds.contains(s) ? .holds : .refuted)
        }]
    }
}

@Suite("Sweeps, parallel runs and generation health")
struct SweepAndParallelTests {
    @Test func sweepCountsVerdictsInstancesAndSurvivingVariants() async {
        let t = SeedSensitiveTheorem(refutedSeeds: [3], survivingSeeds: [5, 6], shortSeeds: [7])
        let run = await SweepRun.run(theorems: [t], seeds: Array(1...8), scale: .quick, jobs: 3)
        let s = run.theorems[0]
        #expect(s.runs == 8)
        #expect(s.count(Verdict.holds) == 4)
        #expect(s.count(Verdict.refuted) == 1)
        #expect(s.count(Verdict.notDiscriminating) == 2)
        #expect(s.count(Verdict.inconclusive) == 1)
        #expect(s.count(Outcome.holds) == 12)
        #expect(s.count(Outcome.refuted) == 2)
        #expect(s.count(Outcome.inconclusive) == 1, "a generation shortfall counts as one inconclusive result")
        #expect(s.survivingVariants.map(\.seeds) == [[5, 6]])
        #expect(s.nonHolding.map(\.seed) == [3, 5, 6, 7])
        #expect(s.nonHolding.last?.detail.contains("produced 1 of the 3 instances") == true)
        #expect(!run.succeeded)
        let text = SweepReport.text(run)
        #expect(text.contains("provable check --theorem toy/seed-sensitive --seed 3 --scale quick"))
        #expect(text.contains("sweep FAILED"))
    }

    @Test func sweepSucceedsWhenEverythingHolds() async {
        let t = SeedSensitiveTheorem(refutedSeeds: [], survivingSeeds: [], shortSeeds: [])
        let run = await SweepRun.run(theorems: [t], seeds: [1, 2, 3], scale: .quick, jobs: 2)
        #expect(run.succeeded)
        #expect(SweepReport.json(run).serialized().contains("\"succeeded\": true"))
    }

    @Test func sweepResultDoesNotDependOnJobs() async {
        let t = SeedSensitiveTheorem(refutedSeeds: [2], survivingSeeds: [4], shortSeeds: [])
        let one = await SweepRun.run(theorems: [t, t], seeds: Array(1...6), scale: .quick, jobs: 1)
        let four = await SweepRun.run(theorems: [t, t], seeds: Array(1...6), scale: .quick, jobs: 4)
        #expect(SweepReport.json(one).serialized() == SweepReport.json(four).serialized())
    }

    @Test func checkReportIsByteIdenticalForAnyJobs() async {
        let theorems = Catalog.builtIn.theorems(in: .classical)
        let one = await CheckRun.run(theorems: theorems, seed: 7, scale: .quick, jobs: 1)
        let three = await CheckRun.run(theorems: theorems, seed: 7, scale: .quick, jobs: 3)
        #expect(ReportFormat.json.render(one) == ReportFormat.json.render(three))
        #expect(ReportFormat.text.render(one) == ReportFormat.text.render(three))
    }

    @Test func instanceSearchKeepsOnlyInstancesMeetingTheHypotheses() throws {
        let even = Hypothesis<Int>("even") { $0 % 2 == 0 ? nil : "odd" }
        let kept = try InstanceSearch.draw(count: 3, maxAttempts: 10, hypotheses: [even]) { .accept($0) }
        #expect(kept == [0, 2, 4])
        #expect(throws: GenerationShortfall.self) {
            try InstanceSearch.draw(count: 3, maxAttempts: 4, hypotheses: [even]) { .accept($0) }
        }
        // The acceptance floor: 3 kept in 5 draws is 60 %, below a stated 75 %.
        #expect(throws: GenerationShortfall.self) {
            try InstanceSearch.draw(count: 3, maxAttempts: 10, minimumAcceptance: 0.75, hypotheses: [even]) { .accept($0) }
        }
        do {
            _ = try InstanceSearch.draw(count: 2, maxAttempts: 3) { $0 == 0 ? .accept($0) : .reject("too small") }
            Issue.record("expected a shortfall")
        } catch let shortfall as GenerationShortfall {
            #expect(shortfall.produced == 1 && shortfall.attempts == 3)
            #expect(shortfall.rejections == [GenerationShortfall.Rejection(reason: "too small", count: 2)])
        }
    }

    @Test func instanceIndexAndParametersReachTheJSON() {
        let t = SeedSensitiveTheorem(refutedSeeds: [], survivingSeeds: [], shortSeeds: [])
        let json = ReportFormat.json.render(CheckRun(theorems: [t], seed: 2, scale: .quick))
        let compact = json.filter { !$0.isWhitespace }
        #expect(compact.contains("\"index\":1"))
        #expect(compact.contains("\"parameters\":{\"seed\":2}"))
        #expect(compact.contains("\"provenance\":{\"level\":"))
    }
}

@Suite("Spectral decisions at radius r ≤ 0 are decided, not trapped")
struct NonPositiveRadiusTests {
    @Test func nilpotentMatrixHasRadiusZero() {
        let nilpotent = Matrix<Rational>([[0, 1], [0, 0]])
        let e = SpectralRadiusEvidence(matrix: nilpotent, reportsBracket: false)
        #expect(e.isAtMost(0) == true)
        #expect(e.isBelow(0) == false)
        #expect(e.judgeEqual(0).outcome == .holds)
        #expect(e.judgeAtMost(Rational(-1, 2)).outcome == .refuted)
    }

    @Test func nonNilpotentMatrixIsAboveZero() {
        let m = Matrix<Rational>([[Rational(1, 3), 0], [0, 0]])
        let e = SpectralRadiusEvidence(matrix: m, reportsBracket: false)
        #expect(e.isAtMost(0) == false)
        #expect(e.judgeAtMost(0).outcome == .refuted)
        #expect(e.judgeBelow(0).outcome == .refuted)
        #expect(e.judgeAtLeast(-1).outcome == .holds)
    }

    @Test func diskTestsAtNonPositiveRadiusAreTypedErrors() {
        let p = Polynomial(coefficients: [1, 1])
        #expect(throws: PolynomialError.nonPositiveRadius(0)) { try p.schurCohnTest(radius: 0) }
        #expect(throws: PolynomialError.nonPositiveRadius(-1)) { try p.closedDiskTest(radius: -1) }
        #expect(throws: PolynomialError.nonPositiveWidth(0)) { try p.rootRadiusBracket(width: 0) }
        #expect(Polynomial(coefficients: [0, 0, 5]).allRootsInClosedDisk(radius: 0))
        #expect(!p.allRootsInClosedDisk(radius: 0))
        #expect(!p.allRootsInOpenDisk(radius: 0))
    }
}

@Suite("Matrix spectral-radius bracket: a width ≤ 0 is a typed error")
struct BracketWidthTests {
    @Test func nonPositiveWidthThrows() {
        let m = Matrix<Rational>([[Rational(1, 2)]])
        #expect(throws: LinearAlgebraError.self) { try m.spectralRadiusBracket(width: 0) }
        #expect(throws: LinearAlgebraError.self) { try m.spectralRadiusBracket(width: -1) }
    }
}
