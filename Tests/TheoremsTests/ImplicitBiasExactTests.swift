import Testing
@testable import Theorems
import ExactMath
import Optimizers

/// The exact (no-dynamics) checks of the implicit-bias family at the quick scale: the claim
/// holds on every instance and every false variant is refuted, decided in rationals
/// (or bitwise in Float64 for the Adam/sign-GD identity).
@Suite("Implicit bias: exact sanity theorems (duality, sandwich, Adam β=0 ≡ sign-GD)")
struct ImplicitBiasExactTests {
    static func describe(_ r: TheoremReport) -> String {
        r.instances.map { "\($0.summary): \($0.judgement)" }.joined(separator: "\n")
    }

    @Test("LP/QP certificates verify with zero gap; ŵ₂ is not ℓ∞-optimal", arguments: [1] as [UInt64])
    func duality(seed: UInt64) {
        let report = TheoremRunner.run(MaxMarginDuality(), seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(Self.describe(report))")
        #expect(report.instances.count >= 2)
        #expect(report.exact)
        #expect(report.falseVariants.allSatisfy { $0.refuted })
    }

    @Test("duality report: ℓ∞/ℓ1 uniqueness is decided and independently verified on every instance", arguments: [1] as [UInt64])
    func dualityUniquenessDiagnostic(seed: UInt64) throws {
        let theorem = MaxMarginDuality()
        var linfFaces = 0
        for x in theorem.instances(seed: StableHash.theoremSeed(id: theorem.id, seed: seed), scale: .quick) {
            let m = try theorem.measure(x)
            for face in [m.linfFace, m.l1Face] {
                let f = try face.get()
                #expect(MaximizerSetCertificate.verify(f) == nil, "\(x.summary)")
            }
            if try !m.linfFace.get().isUnique { linfFaces += 1 }
            let judgement = theorem.claim.evaluate(x, m)
            #expect(judgement.certificate?.contains(m.uniquenessSummary) == true)
        }
        // Measured at seed 1: both Scaled-Rademacher instances have a non-unique ℓ∞ maximizer
        // (the Gaussian ones a unique one), so the report's "not unique" branch is exercised.
        #expect(linfFaces >= 1)
    }

    @Test("Scaled-Rademacher ℓ1: γ₁ = min aᵢ and the uniqueness oracle matches the closed form; \"always unique\" is refuted",
          arguments: [2] as [UInt64])
    func scaledRademacherL1Face(seed: UInt64) throws {
        let theorem = ScaledRademacherL1Face()
        let report = TheoremRunner.run(theorem, seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(Self.describe(report))")
        #expect(report.exact)
        #expect(report.falseVariants.allSatisfy { $0.refuted })
        // Measured at seed 2: one instance with a face (a single row attains min a) and one
        // with a unique maximizer (the minimal rows disagree in every coordinate j ≥ 2), so
        // both sides of the criterion are exercised.
        let instances = theorem.instances(seed: StableHash.theoremSeed(id: theorem.id, seed: seed), scale: .quick)   // as the runner draws them
        let decided = try instances.map { try theorem.measure($0) }
        #expect(decided.contains { $0.decidedUnique && $0.predictedUnique }, "\(decided.map { ($0.decidedUnique, $0.smallestScale) })")
        #expect(decided.contains { !$0.decidedUnique && !$0.predictedUnique })
    }

    @Test("minimax sandwich and norm ordering hold exactly; their reversals are refuted", arguments: [2] as [UInt64])
    func sandwich(seed: UInt64) {
        let report = TheoremRunner.run(MinimaxSandwich(), seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(Self.describe(report))")
        #expect(report.falseVariants.allSatisfy { $0.refuted })
    }

    @Test("Adam(β₁ = β₂ = 0, ε = 0) equals sign-GD bit for bit; default betas do not", arguments: [1] as [UInt64])
    func adamIsSignGD(seed: UInt64) {
        let report = TheoremRunner.run(AdamZeroBetasIsSignGD(), seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(Self.describe(report))")
        #expect(report.falseVariants.allSatisfy { $0.refuted })
    }

    @Test("bias-corrected Adam's first 5 steps match the closed form at seeded betas; uncorrected and exchanged betas are refuted",
          arguments: [1, 2, 3] as [UInt64])
    func adamFirstSteps(seed: UInt64) throws {
        let theorem = AdamBiasCorrectedFirstSteps()
        let report = TheoremRunner.run(theorem, seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(Self.describe(report))")
        #expect(!report.instances.isEmpty)
        #expect(report.falseVariants.allSatisfy { $0.refuted }, "\(report.falseVariants)")
        for x in theorem.instances(seed: StableHash.theoremSeed(id: theorem.id, seed: seed), scale: .quick) {
            #expect(x.beta1 >= 0.3 && x.beta1 < 0.7 && x.beta2 >= 0.95 && x.beta2 < 0.999)
            let m = theorem.measure(x)
            // w₁ = −α₀ sign(g₀) to the last bits, and well inside the allowance.
            #expect(m.firstStepDeviation <= 8 * Double.ulpOfOne, "\(x.margins.summary): \(m.firstStepDeviation)")
            #expect(m.stepRatio < 0.1, "\(x.margins.summary): \(m.stepRatio)")
        }
    }

    @Test("SAM's first 5 steps on a linear model match the definition; \"ρ is invisible at the start\" is refuted",
          arguments: [1, 2, 3] as [UInt64])
    func samFirstSteps(seed: UInt64) throws {
        let theorem = SAMLinearFirstSteps()
        let report = TheoremRunner.run(theorem, seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(Self.describe(report))")
        #expect(report.instances.count >= 4)
        #expect(report.falseVariants.allSatisfy { $0.refuted }, "\(report.falseVariants)")
        for x in theorem.instances(seed: StableHash.theoremSeed(id: theorem.id, seed: seed), scale: .quick) {
            let m = theorem.measure(x)
            #expect(m.stepRatio < 0.1, "\(theorem.summary(of: x)): \(m.stepRatio)")
            // Scaled-Rademacher sums can cancel exactly, leaving an ℓ∞ sign that rounding decides
            // (such steps are skipped); Gaussian data never does.
            if x.margins.kind.hasPrefix("G1") || x.perturbation == .l2 { #expect(m.uncertifiedSteps == 0, "\(theorem.summary(of: x))") }
            #expect(m.uncertifiedSteps < SAMLinearFirstSteps.steps, "\(theorem.summary(of: x)): every step skipped")
        }
    }

    @Test("the exact generators are seeded: the same seed gives the same instances")
    func reproducible() {
        let a = MarginInstances.gaussianPlanted(n: 8, d: 3, separation: 0, seed: 5, index: 0)?.z.elements
        let b = MarginInstances.gaussianPlanted(n: 8, d: 3, separation: 0, seed: 5, index: 0)?.z.elements
        let c = MarginInstances.gaussianPlanted(n: 8, d: 3, separation: 0, seed: 6, index: 0)?.z.elements
        #expect(a != nil && a == b && a != c)
    }

    @Test("Scaled-Rademacher: Inc-Adam's second moment is isotropic bit for bit (every coordinate of v equal)")
    func isotropicSecondMoment() throws {
        let x = try #require(MarginInstances.scaledRademacher(n: 8, d: 5, linfSeparation: 0, l2Separation: 0, seed: 1, index: 0, attempts: 1))
        var maxSpread = 0.0
        var checked = 0
        _ = Adam(schedule: .inverseSquareRoot(0.1, offset: 2), beta1: 0.9, beta2: 0.999, mode: .incremental, loss: .logistic)
            .run(x.data, steps: 3000) { _, _, v in
                let first = v.vector[0]
                for value in v.vector where value.bitPattern != first.bitPattern { maxSpread = max(maxSpread, abs(value - first)) }
                checked += 1
            }
        #expect(checked == 3000)
        #expect(maxSpread == 0)
    }
}
