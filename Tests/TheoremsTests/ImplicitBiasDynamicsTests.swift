import Testing
@testable import Theorems
import ExactMath
import Optimizers

/// The directional-convergence checks of the implicit-bias family at the quick scale: the
/// paper's geometry is reached and the other geometry (the false variant) is refuted on
/// the same runs.
@Suite("Implicit bias: optimizers reach their max-margin geometry")
struct ImplicitBiasDynamicsTests {
    static func check(_ theorem: MarginDynamicsTheorem, seed: UInt64) {
        let report = TheoremRunner.run(theorem, seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(ImplicitBiasExactTests.describe(report))")
        #expect(!report.instances.isEmpty)
        #expect(report.falseVariants.allSatisfy { $0.refuted }, "\(report.falseVariants)")
    }

    @Test("Nacson et al. 2019 / Soudry et al. 2018: normalized GD → ℓ2, not ℓ∞")
    func normalizedGD() { Self.check(ImplicitBias.normalizedGDL2Margin, seed: 1) }

    @Test("Gunasekar et al. 2018: sign-GD → ℓ∞, not ℓ2")
    func signGD() { Self.check(ImplicitBias.signGDLinfMargin, seed: 1) }

    @Test("Zhang–Zou–Cao 2024: full-batch Adam → ℓ∞, not ℓ2")
    func fullBatchAdam() { Self.check(ImplicitBias.fullBatchAdamLinfMargin, seed: 1) }

    @Test("Baek–Song–Yun 2025 Thm 3.3: Inc-Adam → ℓ2 on Scaled-Rademacher data, not ℓ∞")
    func incrementalAdam() { Self.check(ImplicitBias.incrementalAdamL2Margin, seed: 1) }

    @Test("Baek–Song–Yun 2025 Thm 5.1: Inc-Signum → ℓ∞, not ℓ2")
    func incrementalSignum() { Self.check(ImplicitBias.incrementalSignumLinfMargin, seed: 1) }

    @Test("Baek–Song–Yun 2025: batching changes Adam's limit on the same data")
    func batching() {
        let report = TheoremRunner.run(BatchingChangesAdamBias(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(ImplicitBiasExactTests.describe(report))")
        #expect(report.falseVariants.allSatisfy { $0.refuted })
    }

    @Test("Moon–Si–Yun 2026 Thm 3.1: SAM on a linear model → ℓ2, not ℓ∞")
    func sam() { Self.check(ImplicitBias.sharpnessAwareL2Margin, seed: 1) }

    @Test("Jung–Cho–Yun 2025: cyclic continual GD → joint ℓ2 max margin, not the last task's")
    func continual() {
        let report = TheoremRunner.run(ContinualJointMargin(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(ImplicitBiasExactTests.describe(report))")
        #expect(!report.instances.isEmpty)
        #expect(report.falseVariants.allSatisfy { $0.refuted })
    }
}
