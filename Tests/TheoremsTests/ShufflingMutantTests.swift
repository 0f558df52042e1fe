import Foundation
import Optimizers
import Testing
@testable import Theorems

/// The shuffling family's mutants at the quick scale: every non-equivalent mutant is killed
/// (refuted or not-discriminating) by the theorems listed for it in ``killers`` — a change that
/// weakens one of those checks fails here — and every equivalent mutant holds on every theorem
/// that uses the requirements it replaces. The whole kill matrix (every mutant against every
/// theorem, several seeds) runs behind PROVABLE_THOROUGH=1.
@Suite("Shuffling mutants: kill matrix")
struct ShufflingMutantTests {
    /// The theorems that must kill each non-equivalent mutant at seed 1, quick (each killed it on every
    /// quick seed 1–30 when this list was written; the Monte Carlo and log-rate checks also kill some
    /// of them, but cost more in debug).
    static let killers: [String: [String]] = [
        "rr/draws-with-replacement": ["safran-shamir-2020/univariate-closed-forms", "safran-shamir-2021/rr-beats-sgd-only-after-many-epochs", "yun-rajput-sra-2022/rr-large-epoch-rate",
                                      "cha-lee-yun-2023/rr-weighted-average-bias-floor", "yun-sra-jadbabaie-2021/commuting-control",
                                      "yun-sra-jadbabaie-2021/amgm-conjecture-search", "ahn-yun-sra-2020/rr-contracts-without-component-convexity"],
        "rr/never-reshuffles": ["safran-shamir-2020/univariate-closed-forms", "safran-shamir-2020/univariate-orderings",
                                "safran-shamir-2021/rr-beats-sgd-only-after-many-epochs", "yun-rajput-sra-2022/rr-large-epoch-rate",
                                "yun-sra-jadbabaie-2021/amgm-conjecture-search", "ahn-yun-sra-2020/rr-contracts-without-component-convexity"],
        "ss/reshuffles-every-epoch": ["safran-shamir-2020/univariate-closed-forms", "safran-shamir-2020/univariate-orderings",
                                      "yun-sra-jadbabaie-2021/amgm-conjecture-search"],
        "epochs/one-extra-epoch": ["safran-shamir-2020/univariate-closed-forms", "ahn-yun-sra-2020/rr-contracts-without-component-convexity"],
        "closed-form/finite-population-n-plus-1": ["safran-shamir-2020/univariate-closed-forms", "safran-shamir-2021/rr-beats-sgd-only-after-many-epochs"],
        "igd/reversed-order": ["safran-shamir-2020/univariate-closed-forms", "cha-lee-yun-2023/rr-weighted-average-bias-floor"],
        "generator/unit-step": ["safran-shamir-2020/univariate-closed-forms", "safran-shamir-2020/univariate-orderings"],
    ]

    /// The exact theorems an equivalent mutant's replaced requirements feed.
    static let exactTheorems: Set<String> = [
        "safran-shamir-2020/univariate-closed-forms", "safran-shamir-2020/univariate-orderings",
        "mishchenko-khaled-richtarik-2020/rr-ss-strongly-convex-bound", "mishchenko-khaled-richtarik-2020/shuffling-radius-sandwich",
        "mishchenko-khaled-richtarik-2020/incremental-gradient-bound", "yun-sra-jadbabaie-2021/commuting-control",
        "cha-lee-yun-2023/rr-weighted-average-bias-floor", "yun-sra-jadbabaie-2021/amgm-conjecture-search",
        "ahn-yun-sra-2020/rr-contracts-without-component-convexity",
    ]

    static func verdicts(_ mutant: Mutant, only ids: Set<String>, seed: UInt64 = 1) -> [(String, Verdict)] {
        mutant.theorems().filter { ids.contains($0.id) }.map { ($0.id, Catalog.run($0, seed: seed, scale: .quick).verdict) }
    }

    @Test("the catalogue has at least five non-equivalent and one equivalent mutant, each with its killers listed")
    func catalogue() {
        let real = Shuffling.mutants.filter { !$0.isEquivalent }
        #expect(real.count >= 5 && Shuffling.mutants.contains { $0.isEquivalent })
        #expect(Set(real.map(\.id)) == Set(Self.killers.keys))
        #expect(Shuffling.mutants.allSatisfy { $0.family == .shuffling && $0.theorems().count == Shuffling.theorems.count })
    }

    @Test("every non-equivalent mutant is killed by its listed theorems (quick, seed 1)",
          arguments: Shuffling.mutants.filter { !$0.isEquivalent }.map(\.id))
    func killed(id: String) throws {
        let mutant = try #require(Shuffling.mutants.first { $0.id == id })
        let expected = Set(Self.killers[id] ?? [])
        let verdicts = Self.verdicts(mutant, only: expected)
        #expect(verdicts.count == expected.count)
        for (theorem, verdict) in verdicts {
            #expect(verdict == .refuted || verdict == .notDiscriminating, "\(id) survived \(theorem): \(verdict)")
        }
    }

    @Test("every equivalent mutant holds on the exact theorems (quick, seed 1)",
          arguments: Shuffling.mutants.filter(\.isEquivalent).map(\.id))
    func survives(id: String) throws {
        let mutant = try #require(Shuffling.mutants.first { $0.id == id })
        for (theorem, verdict) in Self.verdicts(mutant, only: Self.exactTheorems) {
            #expect(verdict == .holds, "equivalent \(id) killed by \(theorem): \(verdict)")
        }
    }

    @Test("full kill matrix, seeds 1…PROVABLE_MUTANT_SEEDS (PROVABLE_THOROUGH=1)",
          .enabled(if: ProcessInfo.processInfo.environment["PROVABLE_THOROUGH"] == "1"))
    func fullMatrix() {
        let seeds = UInt64(ProcessInfo.processInfo.environment["PROVABLE_MUTANT_SEEDS"] ?? "1") ?? 1
        for seed in 1...seeds {
            let run = MutationRun(mutants: Shuffling.mutants, seed: seed, scale: .quick)
            for r in run.reports {
                print("seed \(seed) \(r.id) [\(r.isEquivalent ? "equivalent" : "mutant")] \(r.outcome.rawValue): "
                      + r.verdicts.map { "\($0.theorem)=\($0.verdict.rawValue)" }.joined(separator: " "))
                #expect(r.meetsExpectation, "seed \(seed): \(r.id) \(r.outcome.rawValue)")
            }
        }
    }
}
