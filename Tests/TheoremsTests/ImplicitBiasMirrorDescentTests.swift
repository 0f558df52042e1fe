import Testing
@testable import Theorems

/// Sun–Ahn–Thrampoulidis–Azizan 2022 (check C8): normalized p-GD (p = 4) approaches the ℓp
/// max margin on instances gated to separate the ℓp and ℓ2 predictions, and the false
/// variant "p-GD → ℓ2" is refuted on the same runs.
@Suite("Implicit bias: p-GD mirror descent → ℓp max margin")
struct ImplicitBiasMirrorDescentTests {
    @Test("Sun et al. 2022: p-GD → ℓp (ρ_p shrinks and ends below s/4), not ℓ2", arguments: [1, 2, 3] as [UInt64])
    func pGD(seed: UInt64) {
        let theorem = MirrorDescentLpMargin()
        let report = TheoremRunner.run(theorem, seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(ImplicitBiasExactTests.describe(report))")
        #expect(report.instances.count == 2, "the separation gate found too few instances")
        #expect(!report.falseVariants.isEmpty)
        #expect(report.falseVariants.allSatisfy { $0.refuted }, "\(report.falseVariants)")
    }

    @Test("the separation gate holds on every generated instance, from the solvers")
    func gate() {
        let theorem = MirrorDescentLpMargin()
        for i in theorem.instances(seed: 1, scale: .quick) {
            #expect(i.reference.dualityGap <= 1e-9)
            #expect(i.lpGapOfL2 >= MirrorDescentLpMargin.separation)
            #expect(i.l2GapOfLp >= MirrorDescentLpMargin.separation)
            #expect(i.margins.z.rows < i.margins.z.columns)
        }
    }
}
