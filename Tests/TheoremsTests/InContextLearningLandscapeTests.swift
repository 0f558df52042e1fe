import Testing
@testable import Theorems
import ExactMath
import FloatMath

/// The project's landscape finding, certified at the spurious rank-one point
/// (Proofs/ahn-cheng-daneshmand-sra-2023/dense-initialization-landscape.md). A project finding
/// [DERIVED, MEASURED]; Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023) is cited for the model only.
@Suite("Project finding: the full-parameter LSA loss has a spurious rank-one local minimum")
struct InContextLearningLandscapeTests {
    static let note = try! InContextRegression(covariance: Matrix<Rational>([[2, Rational(1, 2)], [Rational(1, 2), 1]]),
                                               contextLength: 5, noise: Rational(1, 4))

    @Test("the spurious minimum is certified at quick and standard scale; both false variants refuted",
          arguments: [1, 2, 3] as [UInt64])
    func theoremHolds(seed: UInt64) {
        for scale in [Scale.quick, .standard] {
            let report = TheoremRunner.run(DenseInitializationSpuriousMinimum(), seed: seed, scale: scale)
            #expect(report.verdict == .holds, "\(scale): \(report.instances.map { "\($0.summary): \($0.judgement)" })")
            #expect(report.falseVariants.count == 2)
            #expect(report.falseVariants.allSatisfy { $0.refuted }, "\(scale): \(report.falseVariants)")
        }
    }

    @Test("worked example: f = 1.773184 = best rank-one value, L* = 1.380620, one gauge zero, next eigenvalue ≈ 0.056")
    func noteNumbers() throws {
        let m = try DenseInitializationSpuriousMinimum().measure(.init(problem: Self.note, seed: 1))
        let (global, rankOne) = try DenseInitializationLandscape.referenceValues(Self.note)
        #expect(abs(m.value - rankOne) < 1e-12)
        #expect(abs(m.value - 1.773184) < 1e-6)
        #expect(abs(m.globalValue - global) < 1e-12)
        #expect(abs(m.globalValue - 1.380620) < 1e-6)
        #expect(m.gradientNorm < DenseInitializationSpuriousMinimum.gradientTolerance)
        #expect(abs(m.hessianEigenvalues[0]) < 1e-12)
        #expect(m.hessianEigenvalues[1] > 0.05)
        // The point has b_y = 0 and A_x = 0 (b = (b_x, b_y), A = [A_x; a_yᵀ], d = 2).
        #expect(m.point[2] == 0 && m.point[3..<7].allSatisfy { $0 == 0 })
        // The seeded descent start is dense and ends at the rank-one value, not at L*.
        #expect(abs(m.descentEnd - m.value) < 1e-3 && m.descentEnd - m.globalValue > 0.3)
    }

    /// The check can fail: for this problem the same rank-one construction is a saddle of the full loss
    /// (a negative Hessian eigenvalue), so the claim is refuted there — the fact is not universal.
    @Test("the rank-one point is a saddle for d = 2, n = 19, σ² = 3/2, Σ = [[19/2, 3], [3, 21/2]]: claim refuted")
    func saddleRefutes() throws {
        let p = try InContextRegression(covariance: Matrix<Rational>([[Rational(19, 2), 3], [3, Rational(21, 2)]]),
                                        contextLength: 19, noise: Rational(3, 2))
        let theorem = DenseInitializationSpuriousMinimum()
        let instance = DenseInitializationSpuriousMinimum.Instance(problem: p, seed: 1)
        let m = try theorem.measure(instance)
        #expect(m.gradientNorm < DenseInitializationSpuriousMinimum.gradientTolerance)
        #expect(m.hessianEigenvalues[0] < -1)
        #expect(theorem.claim.evaluate(instance, m).outcome == .refuted)
        #expect(theorem.falseVariants[0].evaluate(instance, m).outcome == .inconclusive)
    }

    @Test("a doctored measurement at L* is refuted by the claim and not by the benign-landscape variant")
    func decisionLogic() throws {
        let theorem = DenseInitializationSpuriousMinimum()
        let instance = DenseInitializationSpuriousMinimum.Instance(problem: Self.note, seed: 1)
        let m = try theorem.measure(instance)
        let atGlobal = DenseInitializationSpuriousMinimum.Measurement(
            point: m.point, value: m.globalValue, globalValue: m.globalValue, predictedGap: 0, gradientNorm: m.gradientNorm,
            hessianEigenvalues: m.hessianEigenvalues, gaugeResidual: m.gaugeResidual,
            descentStart: m.descentStart, descentEnd: m.globalValue, descentSteps: m.descentSteps)
        #expect(theorem.claim.evaluate(instance, atGlobal).outcome == .refuted)
        #expect(theorem.falseVariants[0].evaluate(instance, atGlobal).outcome == .holds)
        #expect(theorem.falseVariants[1].evaluate(instance, atGlobal).outcome == .holds)
    }
}
