import Testing
import ProvableTesting
@testable import Theorems
import ExactMath
import Optimizers

/// The classical theorems, end to end at the quick scale over several seeds: the claim holds
/// exactly on every instance and every false variant is refuted; plus the thorough-scale run
/// that once trapped, and the shape of the heavy-ball matrix.
@Suite("Polyak 1987: classical rates and trajectories")
struct ClassicalTheoremTests {
    static let ids = Classical.theorems.map(\.id)

    @Test("every classical theorem holds at the quick scale with its false variants refuted; ρ against κ on Polyak's curves",
          arguments: ids, [1, 2, 3] as [UInt64])
    func holds(id: String, seed: UInt64) throws {
        let t = try #require(Classical.theorems.first { $0.id == id })
        let r = expectHolds(t, seed: seed, options: RunOptions(plots: seed == 1))
        #expect(r.instances.allSatisfy { $0.judgement.outcome == .holds && !$0.parameters.isEmpty })
        #expect(r.exact)
        guard seed == 1, id.hasSuffix("-quadratic-rate") else { return }
        let plot = try #require(r.plots.first)
        let measured = try #require(plot.series.first { $0.role == .measured })
        let predicted = try #require(plot.series.first { $0.role == .predicted })
        #expect(!measured.x.isEmpty)
        // The claims are tight: every measured ρ lies on the formula's curve.
        for (x, y) in zip(measured.x, measured.y) {
            let k = try #require(predicted.x.firstIndex(of: x))
            #expect(abs(predicted.y[k] - y) < 1e-6, "\(id): κ = \(x)")
        }
    }

    @Test("The GD check can fail: a wrong prediction on the same evidence is refuted")
    func wrongPredictionIsRefuted() throws {
        let theorem = GradientDescentQuadraticRate()
        let instance = try theorem.instances(seed: 7, scale: .quick)[0]
        let evidence = theorem.measure(instance)
        let truth = GradientDescentQuadraticRate.predictedRate(instance)
        #expect(evidence.judgeEqual(truth).outcome == .holds)
        #expect(evidence.judgeEqual(truth + Rational(1, 1_000_000)).outcome == .refuted)
        #expect(evidence.judgeEqual(truth - Rational(1, 1_000_000)).outcome == .refuted)
        #expect(evidence.judgeAtMost(truth - Rational(1, 1_000_000)).outcome == .refuted)
        #expect(evidence.judgeAtMost(truth).outcome == .holds)
    }

    @Test("Heavy-ball iteration matrix built by the optimizer has the textbook block form")
    func heavyBallMatrixShape() throws {
        let theorem = HeavyBallQuadraticRate()
        let instance = try theorem.instances(seed: 3, scale: .quick)[0]
        let (alpha, beta) = HeavyBallQuadraticRate.tunedParameters(instance)
        let a = instance.quadratic.hessian
        let n = a.rows
        let identity = Matrix<Rational>.identity(n)
        let expected = Matrix.block((1 + beta) * identity - alpha * a, (-beta) * identity,
                                    identity, Matrix.zero(rows: n, columns: n))
        #expect(HeavyBall(step: alpha, momentum: beta).iterationMatrix(hessian: a) == expected)
    }

    @Test("the heavy-ball transient is exact: the first step along μ's eigenvector multiplies the error by ρ(2 − ρ)")
    func heavyBallFirstStep() throws {
        let t = HeavyBallTransient()
        let i = try #require(try t.instances(seed: 1, scale: .quick).first { $0.alongMu })
        let m = t.measure(i)
        let r = i.rate
        #expect(m.errors[1] == r * (2 - r) * i.direction)
        #expect(i.coefficient(1) == r * (2 - r))
    }
}
