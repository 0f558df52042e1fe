import Testing
import ProvableTesting
@testable import Theorems
import ExactMath
import Optimizers

/// The kill matrices of the minimax and classical mutants at the quick scale, seed 1: every
/// non-equivalent mutant is refuted (or made not discriminating) by the theorems named here,
/// and every equivalent rewrite holds on every theorem it is run against. A change that weakens
/// a check so that it no longer notices one of these bugs fails this suite.
@Suite("Minimax and classical mutants: kill matrix at quick scale, seed 1")
struct MinimaxMutantTests {
    /// The theorems expected to kill each non-equivalent mutant (a subset of its killers, all checked).
    static let killers: [String: [String]] = [
        "alt-gda/y-first": ["lee-cho-yun-2024/alex-subsumes-sim-alt"],
        "alt-gda/simultaneous": ["lee-cho-yun-2024/alt-faster-than-sim", "lee-cho-yun-2024/bilinear-sim-alt-fail", "lee-cho-yun-2024/alt-determinant"],
        "sim-gda/ascent-sign": ["lee-cho-yun-2024/sim-upper-bound", "lee-cho-yun-2024/alex-subsumes-sim-alt"],
        "alex-gda/ignores-gamma": ["lee-cho-yun-2024/alex-bilinear-threshold", "lee-cho-yun-2024/alex-subsumes-sim-alt"],
        "alex-gda/ignores-delta": ["lee-cho-yun-2024/alex-bilinear-threshold"],
        "alex-gda/ignores-gamma-and-delta": ["lee-cho-yun-2024/alex-bilinear-rate"],
        "alex-gda/extrapolation-gradient-at-y": ["lee-cho-yun-2024/alex-bilinear-threshold"],
        "alex-gda/extrapolated-y-starts-at-zero": ["lee-cho-yun-2024/alex-subsumes-sim-alt"],
        "extragradient/extrapolates-x-only": ["korpelevich-1976/eg-bilinear-rate"],
        "schur-cohn/non-strict": ["lee-cho-yun-2024/bilinear-sim-alt-fail"],
        "gradient-descent/drops-linear-term": ["polyak-1987/gd-trajectory"],
        "gradient-descent/ascent": ["polyak-1987/gd-quadratic-rate", "polyak-1987/gd-trajectory"],
        "heavy-ball/momentum-off": ["polyak-1987/heavy-ball-quadratic-rate", "polyak-1987/heavy-ball-transient"],
        "heavy-ball/momentum-sign": ["polyak-1987/heavy-ball-quadratic-rate", "polyak-1987/heavy-ball-transient"],
        "heavy-ball/previous-starts-at-zero": ["polyak-1987/heavy-ball-transient"],
        "closed-disk/strict": ["polyak-1987/gd-quadratic-rate", "polyak-1987/heavy-ball-quadratic-rate"],
    ]

    static let all = Minimax.mutants + Classical.mutants

    @Test("the catalogue names every mutant once, with at least one equivalent control per family")
    func catalogue() {
        #expect(Set(Self.all.map(\.id)).count == Self.all.count)
        #expect(Set(Self.all.filter { !$0.isEquivalent }.map(\.id)) == Set(Self.killers.keys))
        #expect(Minimax.mutants.contains(where: \.isEquivalent) && Classical.mutants.contains(where: \.isEquivalent))
        #expect(MutantCatalog.builtIn.mutants(in: .minimax).count == Minimax.mutants.count)
        let ids = Set(Minimax.theorems.map(\.id))
        #expect(Minimax.theoremsRunning.values.allSatisfy { $0.isSubset(of: ids) })
    }

    @Test("each non-equivalent mutant is killed by its named theorems", arguments: Self.killers.keys.sorted())
    func killed(id: String) throws {
        let mutant = try #require(Self.all.first { $0.id == id })
        let theorems = mutant.theorems()
        for killer in Self.killers[id] ?? [] {
            let t = try #require(theorems.first { $0.id == killer }, "\(id) must run \(killer)")
            expectRefuted(t, seed: 1, scale: .quick)
        }
    }

    @Test("each equivalent mutant holds on every theorem it runs", arguments: Self.all.filter(\.isEquivalent).map(\.id))
    func equivalentSurvives(id: String) throws {
        let mutant = try #require(Self.all.first { $0.id == id })
        let report = MutantReport(mutant: mutant, verdicts: mutant.theorems().map { ($0.id, Catalog.run($0, seed: 1, scale: .quick).verdict) })
        #expect(report.meetsExpectation, "\(id): \(report.verdicts.filter { $0.verdict != .holds })")
    }
}
