import Testing
@testable import Theorems
import ExactMath
import Optimizers

/// Lee–Cho–Yun (ICML 2024), end to end at the quick scale: every claim holds exactly and
/// every false variant is refuted by the same measurement.
@Suite("Lee–Cho–Yun 2024: Sim / Alt / Alex-GDA")
struct MinimaxLeeChoYunTests {
    static func describe(_ r: TheoremReport) -> String {
        let bad = r.instances.filter { $0.judgement.outcome != .holds && $0.judgement.outcome != .inapplicable }
        let variants = r.falseVariants.map { "\($0.statement): refuted \($0.refutingInstances)/\($0.applicableInstances)" }
        return "verdict \(r.verdict); failing: \(bad.prefix(3).map { "\($0.summary): \($0.judgement)" }); variants: \(variants); failure: \(r.failure ?? "-")"
    }

    static func expectHolds<T: Theorem>(_ t: T, seed: UInt64 = 1) {
        let r = TheoremRunner.run(t, seed: seed, scale: .quick)
        #expect(r.verdict == .holds, "\(t.id): \(describe(r))")
        #expect(!r.instances.isEmpty)
        #expect(r.falseVariants.allSatisfy { $0.refuted }, "\(t.id): \(describe(r))")
    }

    @Test("headline: tuned Alt-GDA beats Sim-GDA's all-step bound on H by ≥ k/24")
    func altFasterThanSim() { Self.expectHolds(AltFasterThanSim()) }

    @Test("Sim-GDA lower bound on H holds at every sampled step size", arguments: [1, 2] as [UInt64])
    func simLowerBound(seed: UInt64) { Self.expectHolds(SimLowerBound(), seed: seed) }

    @Test("Thm 3.1 shape: tuned Sim-GDA certified at (1/4)/(κ_x + κ_y + κ_xy²)")
    func simUpperBound() { Self.expectHolds(TunedRateUpperBound.simUpper) }

    @Test("Thm 4.1 shape: tuned Alt-GDA certified at (1/4)/(κ_x + κ_y + κ_xy(√κ_x + √κ_y))")
    func altUpperBound() { Self.expectHolds(TunedRateUpperBound.altUpper) }

    @Test("Thm 5.1 shape: tuned Alex-GDA (γ, δ > 1) certified at (1/8)/(κ_x + κ_y + κ_xy)")
    func alexUpperBound() { Self.expectHolds(TunedRateUpperBound.alexUpper) }

    @Test("Thm 6.1: Alex-GDA converges on bilinear games iff γ + δ > 2")
    func alexBilinearThreshold() { Self.expectHolds(AlexBilinearThreshold()) }

    @Test("Thm 6.2: Alex-GDA(3/2, 3/2) on bilinear games contracts at 1 − Θ(μ_xy²/L_xy²)")
    func alexBilinearRate() { Self.expectHolds(AlexBilinearRate()) }

    @Test("bilinear: Sim diverges, Alt never converges (cycles for small steps)", arguments: [1, 2] as [UInt64])
    func bilinearSimAltFail(seed: UInt64) { Self.expectHolds(BilinearSimAltFail(), seed: seed) }

    @Test("Alex(0,1) = Sim and Alex(1,1) = Alt")
    func alexSubsumes() { Self.expectHolds(AlexSubsumesSimAlt()) }

    @Test("det M_alt = det(I − αA)·det(I − βC) on non-commuting games")
    func altDeterminant() { Self.expectHolds(AltDeterminant()) }

    @Test("Float64 regression against the authors' experiment: Sim ≫ Alt > Alex")
    func paperExperiment() { Self.expectHolds(PaperExperimentRegression()) }

    @Test("bound ordering UB_alex ≤ UB_alt ≤ (3/2) LB_sim")
    func boundOrdering() { Self.expectHolds(BoundOrdering()) }
}
