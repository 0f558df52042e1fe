import Testing
import ProvableTesting
@testable import Theorems
import ExactMath
import Optimizers

/// Lee–Cho–Yun (ICML 2024) and the extragradient baseline, end to end at the quick scale: every
/// claim holds exactly and every false variant is refuted by the same measurement; every theorem
/// carries its own provenance and structured instance parameters.
@Suite("Lee–Cho–Yun 2024: Sim / Alt / Alex-GDA and extragradient")
struct MinimaxLeeChoYunTests {
    static let ids = Minimax.theorems.map(\.id)

    /// The theorems with plots of 1 − ρ (or ρ) with certified brackets and the papers' bounds.
    static let plotted: Set = [
        "lee-cho-yun-2024/alt-faster-than-sim", "lee-cho-yun-2024/sim-lower-bound", "lee-cho-yun-2024/sim-upper-bound",
        "lee-cho-yun-2024/alt-upper-bound", "lee-cho-yun-2024/alex-upper-bound", "lee-cho-yun-2024/eg-upper-bound",
        "lee-cho-yun-2024/alex-fewer-gradient-calls-than-eg", "lee-cho-yun-2024/alex-bilinear-rate", "korpelevich-1976/eg-bilinear-rate",
    ]

    @Test("every minimax theorem holds at the quick scale, seed 1, with its false variants refuted, parameters and plots", arguments: ids)
    func holds(id: String) throws {
        let t = try #require(Minimax.theorems.first { $0.id == id })
        let r = expectHolds(t, options: RunOptions(plots: true))
        #expect(r.instances.allSatisfy { !$0.parameters.isEmpty }, "\(id): every instance reports its parameters")
        guard Self.plotted.contains(id) else { return }
        let plot = try #require(r.plots.first, "\(id) has a plot")
        let measured = try #require(plot.series.first { $0.role == .measured })
        #expect(!measured.x.isEmpty && measured.x.count == measured.y.count)
        let lower = try #require(measured.lower), upper = try #require(measured.upper)
        for k in measured.x.indices { #expect(lower[k] <= measured.y[k] && measured.y[k] <= upper[k], "\(id): error bar \(k)") }
        #expect(plot.series.contains { $0.role == .bound || $0.role == .predicted })
    }

    @Test("the theorems that once fell on a seed hold there now (B = 0 drawn at seed 10; several seeds)",
          arguments: [2, 10, 17] as [UInt64])
    func formerlyFailingSeeds(seed: UInt64) {
        expectHolds(BilinearSimAltFail(), seed: seed)
        expectHolds(SimLowerBound(), seed: seed)
    }

    /// The statement, claim, citation and false-variant texts of a theorem.
    static func texts<T: Theorem>(_ t: T) -> [String] {
        [t.statement, t.claim.statement, t.citation.theorem, t.provenance.source] + t.falseVariants.map(\.statement)
    }

    @Test("every minimax and classical theorem states its own provenance, and no internal marker reaches a statement")
    func provenance() {
        for t in Minimax.theorems + Classical.theorems {
            #expect(t.provenance.source != "not yet labelled", "\(t.id)")
            for text in Self.texts(t) {
                #expect(!text.contains("[VERIFY]") && !text.contains("[DERIVED]") && !text.contains("[PAPER"), "\(t.id): \(text)")
            }
        }
    }

    @Test("Minimax.theorems(using: .project) is the default list")
    func defaultList() {
        #expect(Minimax.theorems(using: .project).map(\.id) == Minimax.theorems.map(\.id))
        #expect(Set(Minimax.theorems.map(\.id)).count == Minimax.theorems.count)
    }
}
