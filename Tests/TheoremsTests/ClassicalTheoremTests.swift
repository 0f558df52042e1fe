import Testing
@testable import Theorems
import ExactMath
import Optimizers

/// The two classical theorems, end to end at the quick scale, over several seeds: the
/// claim holds exactly on every instance and every false variant is refuted.
@Suite("Polyak 1987 / Lessard–Recht–Packard 2016: classical rates")
struct ClassicalTheoremTests {
    @Test("GD on quadratics: ρ(I − ηA) = max(|1−ημ|, |1−ηL|) exactly", arguments: [1, 2, 3] as [UInt64])
    func gradientDescentRate(seed: UInt64) {
        let report = TheoremRunner.run(GradientDescentQuadraticRate(), seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" })")
        #expect(report.instances.allSatisfy { $0.judgement.outcome == .holds })
        #expect(report.falseVariants.count == 2)
        #expect(report.falseVariants.allSatisfy { $0.refuted })
        #expect(report.exact)
    }

    @Test("Heavy-ball: ρ = (√κ−1)/(√κ+1) exactly; GD cannot attain it", arguments: [1, 2, 3] as [UInt64])
    func heavyBallRate(seed: UInt64) {
        let report = TheoremRunner.run(HeavyBallQuadraticRate(), seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" })")
        #expect(report.instances.allSatisfy { $0.judgement.outcome == .holds })
        #expect(report.falseVariants.allSatisfy { $0.refuted })
    }

    @Test("The GD check can fail: a wrong prediction on the same evidence is refuted")
    func wrongPredictionIsRefuted() {
        let theorem = GradientDescentQuadraticRate()
        let instance = theorem.instances(seed: 7, scale: .quick)[0]
        let evidence = theorem.measure(instance)
        let truth = GradientDescentQuadraticRate.predictedRate(instance)
        #expect(evidence.judgeEqual(truth).outcome == .holds)
        #expect(evidence.judgeEqual(truth + Rational(1, 1_000_000)).outcome == .refuted)
        #expect(evidence.judgeEqual(truth - Rational(1, 1_000_000)).outcome == .refuted)
        #expect(evidence.judgeAtMost(truth - Rational(1, 1_000_000)).outcome == .refuted)
        #expect(evidence.judgeAtMost(truth).outcome == .holds)
    }

    @Test("Heavy-ball iteration matrix built by the optimizer has the textbook block form")
    func heavyBallMatrixShape() {
        let theorem = HeavyBallQuadraticRate()
        let instance = theorem.instances(seed: 3, scale: .quick)[0]
        let (alpha, beta) = HeavyBallQuadraticRate.tunedParameters(instance)
        let a = instance.quadratic.hessian
        let n = a.rows
        let identity = Matrix<Rational>.identity(n)
        let expected = Matrix.block((1 + beta) * identity - alpha * a, (-beta) * identity,
                                    identity, Matrix.zero(rows: n, columns: n))
        #expect(HeavyBall(step: alpha, momentum: beta).iterationMatrix(hessian: a) == expected)
    }
}
