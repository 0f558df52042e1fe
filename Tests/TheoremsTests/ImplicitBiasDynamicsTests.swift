import Testing
@testable import Theorems
import ExactMath
import Optimizers
import ProvableTesting

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

    @Test("Jung–Cho–Yun 2025: random-order continual GD → joint ℓ2 max margin, not task 1's nor the last-visited task's")
    func continualRandomOrder() {
        let report = TheoremRunner.run(ContinualRandomOrderMargin(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(ImplicitBiasExactTests.describe(report))")
        #expect(!report.instances.isEmpty)
        #expect(report.falseVariants.count == 2 && report.falseVariants.allSatisfy { $0.refuted }, "\(report.falseVariants)")
    }

    @Test("the random task order is seeded: the same seed gives the same permutations, and they vary across cycles")
    func randomOrderSeeded() {
        let a = ContinualGradientDescent(step: 1, stepsPerTask: 1, order: .random(seed: 7)).visits(taskCount: 3, cycles: 50)
        let b = ContinualGradientDescent(step: 1, stepsPerTask: 1, order: .random(seed: 7)).visits(taskCount: 3, cycles: 50)
        let c = ContinualGradientDescent(step: 1, stepsPerTask: 1, order: .random(seed: 8)).visits(taskCount: 3, cycles: 50)
        #expect(a == b && a != c)
        #expect(a.allSatisfy { $0.sorted() == [0, 1, 2] })
        #expect(Set(a.compactMap(\.last)).count == 3)
        #expect(ContinualGradientDescent(step: 1, stepsPerTask: 1, order: .cyclic).visits(taskCount: 3, cycles: 2) == [[0, 1, 2], [0, 1, 2]])
    }

    @Test("Soudry et al. 2018 Thm 3: plain GD (logistic, η = n/σ²) moves toward ℓ2 at the budget, not ℓ∞")
    func plainGD() {
        let report = TheoremRunner.run(GradientDescentL2Margin(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(ImplicitBiasExactTests.describe(report))")
        #expect(!report.instances.isEmpty)
        #expect(report.falseVariants.allSatisfy { $0.refuted }, "\(report.falseVariants)")
    }

    /// The theorems each mutant must be killed by (for an equivalent: the theorems it must
    /// survive), the family's kill matrix (Proofs/README.md). Only these theorems of the
    /// mutant's list are run, to keep the debug suite short; `provable mutants --family
    /// implicit-bias` runs the full lists.
    static let killMatrix: [String: [String]] = [
        "sign-gd/no-sign": ["gunasekar-et-al-2018/sign-gd-linf-margin"],
        "adam/per-sample-updates": ["zhang-zou-cao-2024/adam-linf-margin"],
        "adam/incremental-is-full-batch": ["baek-song-yun-2025/incremental-adam-l2-margin"],
        "normalized-gd/sign-of-gradient": ["nacson-et-al-2019/normalized-gd-l2-margin"],
        "sign-gd/as-adam-with-zero-betas": ["gunasekar-et-al-2018/sign-gd-linf-margin"],
        "adam/no-second-moment-bias-correction": ["kingma-ba-2015/adam-bias-corrected-first-steps"],
        "adam/no-first-moment-bias-correction": ["kingma-ba-2015/adam-bias-corrected-first-steps"],
        "adam/swapped-betas": ["kingma-ba-2015/adam-bias-corrected-first-steps"],
        "sam-linear/unnormalized-ascent": ["moon-si-yun-2026/sam-linear-first-steps"],
        "sam-linear/perturbation-unused": ["moon-si-yun-2026/sam-linear-first-steps"],
        "sam-linear/ascent-sign-flipped": ["moon-si-yun-2026/sam-linear-first-steps"],
        "adam/corrections-in-step-size": ["kingma-ba-2015/adam-zero-betas-is-sign-gd", "kingma-ba-2015/adam-bias-corrected-first-steps"],
    ]

    /// Mutants whose killer is a 50 000-step dynamics check: too slow for the debug suite, run by
    /// `provable mutants --family implicit-bias` (release) instead.
    static let releaseOnly: Set<String> = [
        "sign-gd/no-sign", "adam/per-sample-updates", "adam/incremental-is-full-batch",
        "normalized-gd/sign-of-gradient", "sign-gd/as-adam-with-zero-betas",
    ]

    @Test("each implicit-bias mutant meets its expectation on its kill-matrix theorems",
          arguments: ImplicitBias.mutants.map(\.id).filter { !releaseOnly.contains($0) })
    func mutants(id: String) throws {
        let mutant = try #require(ImplicitBias.mutants.first { $0.id == id })
        let killers = try #require(Self.killMatrix[id], "\(id) has no kill-matrix row")
        let theorems = mutant.theorems().filter { killers.contains($0.id) }
        #expect(theorems.count == killers.count, "\(id): its theorem list lacks some of \(killers)")
        let subset = Mutant(id: mutant.id, family: mutant.family, summary: mutant.summary, isEquivalent: mutant.isEquivalent) { theorems }
        let report = expectMeetsExpectation(subset)
        if !mutant.isEquivalent { #expect(Set(report.killers) == Set(killers), "\(id): killed by \(report.killers)") }
    }

    @Test("every implicit-bias mutant has a kill-matrix row and the catalog lists them all")
    func mutantCatalog() {
        #expect(Set(ImplicitBias.mutants.map(\.id)) == Set(Self.killMatrix.keys))
        #expect(MutantCatalog.builtIn.mutants(in: .implicitBias).count == ImplicitBias.mutants.count)
        #expect(ImplicitBias.mutants.filter(\.isEquivalent).count >= 2)
    }
}
