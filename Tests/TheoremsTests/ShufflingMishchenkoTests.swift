import ExactMath
import Optimizers
import Testing
@testable import Theorems

/// Mishchenko–Khaled–Richtárik (NeurIPS 2020) Theorem 1, the shuffling-radius sandwich and
/// the IG bound at the quick scale: exact verdicts, false variants refuted.
@Suite("Shuffling / Mishchenko–Khaled–Richtárik 2020: RR/SS bound, radius, IG")
struct ShufflingMishchenkoTests {
    static func check<T: Theorem>(_ theorem: T, seed: UInt64) {
        let report = TheoremRunner.run(theorem, seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(theorem.id): \(report.instances.map { "\($0.summary): \($0.judgement)" }) \(report.falseVariants)")
        #expect(report.instances.allSatisfy { $0.judgement.outcome == .holds })
        #expect(report.falseVariants.allSatisfy { $0.refuted })
        #expect(report.exact)
    }

    @Test("RR and SS under (1−γμ)^{nK}r₀ + 2γ²σ²_rad/μ ≤ … + γ²κnσ*²/2", arguments: [1, 2] as [UInt64])
    func rrBound(seed: UInt64) { Self.check(MishchenkoRRBound(), seed: seed) }

    @Test("μnσ*²/8 ≤ σ²_rad ≤ Lnσ*²/4", arguments: [1, 2] as [UInt64])
    func radiusSandwich(seed: UInt64) { Self.check(ShufflingRadiusSandwich(), seed: seed) }

    @Test("IG: ‖x_K − x*‖² ≤ (1−γμ)^{nK}r₀ + γ²κn²σ*²", arguments: [1, 2] as [UInt64])
    func incrementalBound(seed: UInt64) { Self.check(IncrementalGradientBound(), seed: seed) }

    @Test("the bound check can fail: on the 1-D instance at γ = 1/L, E_RR = s² exceeds the n-free bound s²/2")
    func boundWithoutNRefuted() throws {
        let s = ScalarShufflingInstance(curvature: 1, offsets: [2, -1, -1].map { Rational($0) }, step: 1, start: 0, epochs: 2)
        let i = QuadraticSumInstance(problem: s.problem, mu: 1, smoothness: 1, step: 1, start: Vector([0]), epochs: 2)
        let m = try MishchenkoRRBound().measure(i)
        #expect(m.rr == Rational(2))              // s² = (4 + 1 + 1)/3
        #expect(m.varianceAtOptimum == Rational(2))
        #expect(MishchenkoRRBound().claim.evaluate(i, m).outcome == .holds)
        #expect(MishchenkoRRBound().falseVariants[0].evaluate(i, m).outcome == .refuted)
    }
}

/// IGD has no 1/n gain (Safran–Shamir 2020 shape; the interval is the project's).
@Suite("Shuffling / Safran–Shamir 2020: IGD rate independent of n")
struct ShufflingIncrementalRateTests {
    @Test("E_IGD·K²/log²(nK) in the derived interval around 1/4 for n = 4, 16, 64; IGD ≤ RR refuted")
    func igdRate() {
        let report = TheoremRunner.run(IncrementalRateIndependentOfN(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" }) \(report.falseVariants)")
        #expect(report.falseVariants.allSatisfy { $0.refuted })
    }
}
