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
