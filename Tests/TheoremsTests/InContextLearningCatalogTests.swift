import Testing
@testable import Theorems
import ExactMath
import FloatMath
import Optimizers

/// The in-context-learning family as a whole: every theorem holds at the quick scale with every
/// false variant refuted, carries its provenance and parameters, and the mutants are killed (or,
/// equivalent, survive) — the kill matrix of Proofs/README.md.
@Suite("In-context learning: the catalog, provenance and the kill matrix")
struct InContextLearningCatalogTests {
    static let ids = InContextLearning.theorems.map(\.id)

    @Test("every theorem holds at the quick scale, seed 1, and refutes every false variant", arguments: ids)
    func theoremHolds(id: String) throws {
        let theorem = try #require(InContextLearning.theorems.first { $0.id == id })
        let report = Catalog.run(theorem, seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(report.failure ?? "") \(report.instances.filter { $0.judgement.outcome != .holds }.map { "\($0.summary): \($0.judgement)" })")
        #expect(report.falseVariants.allSatisfy { $0.refuted }, "\(report.falseVariants.filter { !$0.refuted }.map(\.statement))")
        #expect(report.instances.allSatisfy { !$0.parameters.isEmpty }, "an instance without parameters")
    }

    @Test("every theorem is labelled, and no statement, claim or citation carries an internal marker", arguments: ids)
    func provenanceAndStrings(id: String) throws {
        let theorem = try #require(InContextLearning.theorems.first { $0.id == id })
        func strings<T: Theorem>(_ t: T) -> [String] {
            [t.statement, t.claim.statement, t.citation.theorem] + t.falseVariants.map(\.statement)
        }
        #expect(theorem.provenance.source != "not yet labelled")
        #expect(!theorem.provenance.source.isEmpty)
        for s in strings(theorem) {
            for marker in ["[VERIFY", "[DERIVED", "[MEASURED", "[PAPER", "note §"] {
                #expect(!s.contains(marker), "\(id): \(s)")
            }
        }
    }

    /// The kill matrix at the quick scale, seed 1: each non-equivalent mutant with the theorem that
    /// must refute it (run alone, to keep the debug test short; `provable-bench --filter "ICL: mutation"`
    /// prints the full matrix in release).
    static let kills: [(mutant: String, killer: String)] = [
        ("isserlis/drops-a-pairing", "ahn-cheng-daneshmand-sra-2023/full-parameter-loss-decomposition"),
        ("fourth-moment/three-for-two", "ahn-cheng-daneshmand-sra-2023/single-layer-optimum"),
        ("sample-covariance-sandwich/n-for-n-plus-one", "mahankali-hashimoto-ma-2023/isotropic-one-step-gd"),
        ("attention/key-query-transpose-dropped", "ahn-cheng-daneshmand-sra-2023/lemma-1-forward-pass"),
        ("adam/no-bias-correction", "ahn-cheng-daneshmand-sra-2023/sparse-training-reaches-optimum"),
        ("gradient-descent/momentum-left-on", "ahn-cheng-daneshmand-sra-2023/sparse-training-reaches-optimum"),
        ("generator/singular-covariances", "ahn-cheng-daneshmand-sra-2023/generated-covariances-meet-hypotheses"),
        ("wishart/row-index-not-cyclic", "ahn-cheng-daneshmand-sra-2023/multi-layer-critical-points"),
        ("isserlis/degree-six-factorised", "mahankali-hashimoto-ma-2023/nonlinear-target-one-step-gd"),
        ("attention/value-block-dropped", "ahn-cheng-daneshmand-sra-2023/gd-plus-plus-critical-points"),
    ]

    @Test("each non-equivalent mutant is killed by its theorem (refuted or not discriminating)", arguments: kills.indices)
    func mutantIsKilled(index: Int) throws {
        let (id, killer) = Self.kills[index]
        let mutant = try #require(InContextLearning.mutants.first { $0.id == id })
        #expect(!mutant.isEquivalent)
        let theorem = try #require(mutant.theorems().first { $0.id == killer }, "\(id) does not run \(killer)")
        let verdict = Catalog.run(theorem, seed: 1, scale: .quick).verdict
        #expect(verdict == .refuted || verdict == .notDiscriminating, "\(id) survived \(killer): \(verdict)")
    }

    @Test("every non-equivalent mutant of the family is in the kill list")
    func killListIsComplete() {
        let listed = Set(Self.kills.map(\.mutant))
        let real = InContextLearning.mutants.filter { !$0.isEquivalent }.map(\.id)
        #expect(real.count >= 5)
        #expect(Set(real) == listed, "unlisted: \(Set(real).subtracting(listed))")
        #expect(InContextLearning.mutants.contains { $0.isEquivalent })
    }

    /// Equivalent mutants against the theorems that see their component most directly.
    static let survivals: [(mutant: String, theorems: [String])] = [
        ("isserlis/last-index-first", ["ahn-cheng-daneshmand-sra-2023/full-parameter-loss-decomposition",
                                       "ahn-cheng-daneshmand-sra-2023/full-parameter-sparse-optimum",
                                       "mahankali-hashimoto-ma-2023/nonlinear-target-one-step-gd"]),
        ("fourth-moment/entrywise-pairings", ["ahn-cheng-daneshmand-sra-2023/single-layer-optimum",
                                              "ahn-cheng-daneshmand-sra-2023/task-and-noise-preconditioner"]),
        ("wishart/rows-and-columns-swapped", ["ahn-cheng-daneshmand-sra-2023/multi-layer-critical-points",
                                              "ahn-cheng-daneshmand-sra-2023/gd-plus-plus-critical-points"]),
        ("adam/bias-correction-by-powers", ["ahn-cheng-daneshmand-sra-2023/sparse-training-reaches-optimum"]),
    ]

    @Test("each equivalent mutant survives: its theorems hold", arguments: survivals.indices)
    func equivalentMutantSurvives(index: Int) throws {
        let (id, ids) = Self.survivals[index]
        let mutant = try #require(InContextLearning.mutants.first { $0.id == id })
        #expect(mutant.isEquivalent)
        for theorem in mutant.theorems() where ids.contains(theorem.id) {
            let verdict = Catalog.run(theorem, seed: 1, scale: .quick).verdict
            #expect(verdict == .holds, "\(id) killed by \(theorem.id): \(verdict)")
        }
    }

    @Test("the theorems can be built around a researcher's own methods: theorems(using:) keeps ids and order")
    func theoremsUsingMethods() {
        let custom = InContextMethods(gradientDescent: ProjectGradientDescent(), adam: ProjectAdam())
        #expect(InContextLearning.theorems(using: custom).map(\.id) == Self.ids)
        #expect(Self.ids.count == 15)
    }
}
