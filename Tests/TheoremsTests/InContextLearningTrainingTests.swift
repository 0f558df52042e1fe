import Testing
@testable import Theorems
import ExactMath
import FloatMath
import Optimizers

/// `ahn-cheng-daneshmand-sra-2023/sparse-training-reaches-optimum`: a finite budget is inconclusive,
/// never refuted; the Adam identities see bias correction; the GD linearization predicts the run.
@Suite("Ahn–Cheng–Daneshmand–Sra 2023: training from the block-sparse initialization")
struct InContextLearningTrainingTests {
    static func instance(gradientDescentCap: Int = 8000, adamSteps: Int = 4000, adamCap: Int = 8000) throws -> SparseTrainingReachesOptimum.Instance {
        var rng = SeededGenerator(seed: 0x7A1)
        let spectrum = ProjectInstanceGenerator().spectralCovariance(dimension: 2, numerators: 2...8, denominators: 4...4, using: &rng)
        let p = try InContextRegression(covariance: spectrum.covariance, contextLength: 9, noise: Rational(1, 4))
        return .init(problem: p, spectrum: spectrum, seed: 11, gradientDescentCap: gradientDescentCap, adamSteps: adamSteps, adamCap: adamCap)
    }

    @Test("a budget too small to decide is inconclusive — for the claim and for every false variant — never refuted")
    func shortBudgetIsInconclusive() throws {
        let theorem = SparseTrainingReachesOptimum()
        let short = try Self.instance(gradientDescentCap: 20, adamSteps: 30, adamCap: 30)
        let m = try theorem.measure(short)
        let j = theorem.claim.evaluate(short, m)
        #expect(j.outcome == .inconclusive, "\(j)")
        #expect(j.reason?.contains("budget") == true)
        for variant in theorem.falseVariants.prefix(3) {
            #expect(variant.evaluate(short, m).outcome == .inconclusive, "\(variant.statement)")
        }
    }

    @Test("with the budget, the claim holds and the linearization predicts GD's window to 1e-2")
    func claimHoldsAndLinearizationPredicts() throws {
        let theorem = SparseTrainingReachesOptimum()
        let i = try Self.instance()
        let m = try theorem.measure(i)
        #expect(theorem.claim.evaluate(i, m).outcome == .holds)
        let target = try LSAClosedForms.preconditioner(i.problem).doubleValue
        let lin = try #require(SparseTrainingReachesOptimum.linearization(m, target: target))
        let decision = try #require(GradientDescentDecision(m.gradientDescent, lin))
        #expect(decision.mismatch < 1e-3)
        #expect(abs(decision.measuredRate - decision.predictedRate) < 1e-4)
        #expect(lin.contraction < 1 && lin.contraction > 0)
        #expect(decision.radius < 1e-9)
    }

    @Test("Adam's first step is −α₀g₀/(|g₀| + ε) and C₀ = 1; without bias correction it is 3.16·α₀ and refuted")
    func adamIdentitiesSeeBiasCorrection() throws {
        let i = try Self.instance()
        #expect(abs(AdamEvidence.stepBound(AdamSettings(rate: 1, finalRate: 1, steps: 1), step: 0) - 1) < 1e-15)
        let project = SparseTrainingReachesOptimum()
        let m = try project.measure(i)
        let (deviation, allowance) = m.adam.firstStepDeviation
        #expect(deviation <= allowance)
        #expect(m.adam.worstStepRatio <= 1 + 1e-9)
        let mutant = SparseTrainingReachesOptimum(methods: InContextMethods(adam: AdamWithoutBiasCorrection()))
        let bad = try mutant.measure(i)
        let j = SparseTrainingReachesOptimum.judgeAdam(bad, target: try LSAClosedForms.preconditioner(i.problem))
        #expect(j.outcome == .refuted)
        let firstStep = zip(bad.adam.firstIterate, bad.adam.start).map { abs($0 - $1) }.max() ?? 0
        #expect(abs(firstStep / 1e-2 - 0.1 / 0.001.squareRoot()) < 1e-6)
    }

    @Test("GD with momentum converges to Γ* but not at its linearization's rate: refuted by the rate, not the limit")
    func momentumIsRefutedByTheRate() throws {
        let i = try Self.instance()
        let theorem = SparseTrainingReachesOptimum(methods: InContextMethods(gradientDescent: GradientDescentWithMomentum()))
        let m = try theorem.measure(i)
        let j = SparseTrainingReachesOptimum.judgeGradientDescent(m, target: try LSAClosedForms.preconditioner(i.problem))
        #expect(j.outcome == .refuted)
        #expect(j.reason?.contains("do not contract as its linearization predicts") == true)
    }

    @Test("the trainers' protocols: observe sees every step and can stop the run")
    func observeStopsTheRun() {
        var seen: [Int] = []
        let end = ProjectGradientDescent().descend(from: [1], step: 0.5, steps: 10, gradient: { $0 }) { t, _ in
            seen.append(t)
            return t < 3
        }
        #expect(seen == [0, 1, 2, 3])
        #expect(end == [0.125])
        var adamSeen = 0
        _ = ProjectAdam().adam(from: [1, -1], settings: AdamSettings(rate: 0.1, finalRate: 0.01, steps: 5), gradient: { $0 }) { _, _ in
            adamSeen += 1
            return true
        }
        #expect(adamSeen == 6)
    }
}

/// A researcher's own gradient descent, as it would be written in their package: the same checks run
/// on it through `InContextLearning.theorems(using:)` (the README's "bring your own trainer" example).
struct ResearcherGradientDescent: GradientDescentTrainer {
    func descend(from start: [Double], step: Double, steps: Int, gradient: ([Double]) -> [Double],
                 observe: (Int, [Double]) -> Bool) -> [Double] {
        var theta = start
        for t in 0...steps {
            guard observe(t, theta), t < steps else { break }
            theta = zip(theta, gradient(theta)).map { $0 - step * $1 }
        }
        return theta
    }
}

@Suite("In-context learning: a researcher's own trainer through the same checks")
struct InContextLearningOwnTrainerTests {
    @Test("a correct conformance holds; the same conformance with a halved step is refuted by the rate")
    func ownTrainer() throws {
        let mine = InContextLearning.theorems(using: InContextMethods(gradientDescent: ResearcherGradientDescent()))
        let training = try #require(mine.first { $0.id == "ahn-cheng-daneshmand-sra-2023/sparse-training-reaches-optimum" })
        #expect(Catalog.run(training, seed: 1, scale: .quick).verdict == .holds)
        struct HalfStep: GradientDescentTrainer {
            func descend(from start: [Double], step: Double, steps: Int, gradient: ([Double]) -> [Double],
                         observe: (Int, [Double]) -> Bool) -> [Double] {
                ResearcherGradientDescent().descend(from: start, step: step / 2, steps: steps, gradient: gradient, observe: observe)
            }
        }
        let broken = SparseTrainingReachesOptimum(methods: InContextMethods(gradientDescent: HalfStep()))
        #expect(Catalog.run(broken, seed: 1, scale: .quick).verdict == .refuted)
    }
}
