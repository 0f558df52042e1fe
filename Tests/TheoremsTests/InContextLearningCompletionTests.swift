import Testing
import ProvableTesting
@testable import Theorems
import ExactMath

/// The theorems that complete the in-context-learning family: Ahn–Cheng–Daneshmand–Sra (NeurIPS
/// 2023), Theorem 4 (GD++ critical points of form (11)), and Mahankali–Hashimoto–Ma (ICLR 2024),
/// Theorem 3 (nonlinear rotation-invariant targets), both decided exactly.
@Suite("In-context learning completion: GD++ critical points and nonlinear targets")
struct InContextLearningCompletionTests {
    static let completion: [any Theorem] = InContextLearning.theorems.filter {
        ["ahn-cheng-daneshmand-sra-2023/gd-plus-plus-critical-points",
         "mahankali-hashimoto-ma-2023/nonlinear-target-one-step-gd"].contains($0.id)
    }

    @Test("GD++ worked example: d = 2, n = 5, Σ = [[2, ½], [½, 1]]: ∂f/∂b₀ = −1975/2197 ± (790/1183)√(2075/4732) < 0")
    func plusPlusExample() throws {
        let sigma = Matrix<Rational>([[2, Rational(1, 2)], [Rational(1, 2), 1]])
        let prompt: GDPlusPlusCriticalPoints.Prompt = (
            contexts: [[1, 0], [0, 1], [1, -1], [2, 1], [Rational(1, 2), 3]], task: [1, -2], query: [Rational(3, 2), 1])
        let general: [(a: Matrix<Rational>, b: Matrix<Rational>)] = [
            (a: Matrix([[1, 2], [0, Rational(1, 2)]]), b: Matrix([[Rational(1, 3), -1], [1, 0]])),
            (a: Matrix([[Rational(-1, 2), 1], [1, 1]]), b: Matrix([[0, 1], [2, -1]])),
        ]
        let i = GDPlusPlusCriticalPoints.Instance(dimension: 2, contextLength: 5, covariance: sigma,
                                                  steps: [(a: Rational(1, 2), b: Rational(3, 4)), (a: 1, b: Rational(-1, 4))],
                                                  general: general, prompts: [prompt])
        let theorem = GDPlusPlusCriticalPoints()
        let m = try theorem.measure(i)
        let e = try #require(m.symmetricFunctions)
        #expect(e.e1 == Rational(35, 26) && e.e2 == Rational(125, 364))
        #expect(m.restrictedGradient == [0, 0])
        let g = try #require(m.plusPlusDerivative)
        #expect(g.u == Rational(-1106, 845) && g.y == Rational(316, 325) && g.discriminant == Rational(2075, 4732))
        #expect(2 * e.e2 * g.u == Rational(-1975, 2197) && 2 * e.e2 * g.y == Rational(790, 1183))
        // Small step first ≈ −0.4567, large step first ≈ −1.3412 (Monte Carlo of the forward pass: −0.450, −1.364).
        #expect(GDPlusPlusCriticalPoints.sign(g.u, plus: g.y, root: g.discriminant) == -1)
        #expect(GDPlusPlusCriticalPoints.sign(g.u, plus: -g.y, root: g.discriminant) == -1)
        #expect(theorem.claim.evaluate(i, m).outcome == .holds)
        #expect(theorem.falseVariants.map { $0.evaluate(i, m).outcome } == [.refuted, .refuted, .refuted, .refuted])
    }

    @Test("the exact sign of u + w√D")
    func surdSign() {
        #expect(GDPlusPlusCriticalPoints.sign(3, plus: -1, root: 4) == 1)     // 3 − 2
        #expect(GDPlusPlusCriticalPoints.sign(1, plus: -1, root: 4) == -1)    // 1 − 2
        #expect(GDPlusPlusCriticalPoints.sign(2, plus: -1, root: 4) == 0)     // 2 − 2
        #expect(GDPlusPlusCriticalPoints.sign(-1, plus: -1, root: 2) == -1)
        #expect(GDPlusPlusCriticalPoints.sign(0, plus: 1, root: 2) == 1)
    }

    @Test("the label-only forward pass (value block dropped) is killed by the GD++ check")
    func valueBlockDroppedKilled() throws {
        let mutant = try #require(InContextLearning.mutants.first { $0.id == "attention/value-block-dropped" })
        let theorem = try #require(mutant.theorems().first { $0.id == "ahn-cheng-daneshmand-sra-2023/gd-plus-plus-critical-points" })
        let verdict = Catalog.run(theorem, seed: 1, scale: .quick).verdict
        #expect(verdict == .refuted || verdict == .notDiscriminating)
    }

    @Test("the completion theorems hold at the quick scale with their false variants refuted",
          arguments: Catalog(completion).testCases(seeds: [1, 2, 3]))
    func holds(_ c: TheoremCase) { expectHolds(c) }

    @Test("worked example: d = 2, n = 4, σ² = ¼, α = ½, β = ⅓, γ = ⅔ gives μ = 121/36, κ = 431/12, η = 121/414")
    func workedExample() throws {
        let i = MahankaliNonlinearTargetStep.Instance(dimension: 2, contextLength: 4, noise: Rational(1, 4),
                                                      linear: Rational(1, 2), cubic: Rational(1, 3), radial: Rational(2, 3))
        #expect(MahankaliNonlinearTargetStep.mu(i) == Rational(121, 36))
        #expect(MahankaliNonlinearTargetStep.kappa(i) == Rational(431, 12))
        #expect(MahankaliNonlinearTargetStep.step(i) == Rational(121, 414))
        let theorem = MahankaliNonlinearTargetStep()
        let m = theorem.measure(i)
        // The entrywise moments: M = μ I and K = κ I, off-diagonals exactly 0.
        #expect(m.signal == Rational(121, 36) * Matrix<Rational>.identity(2))
        #expect(m.labelWeightedCovariance == Rational(431, 12) * Matrix<Rational>.identity(2))
        // The measured minimizer M H⁻¹ is η I.
        let minimizer = m.signal * (try m.curvature.inverse())
        #expect(minimizer == Rational(121, 414) * Matrix<Rational>.identity(2))
        #expect(theorem.claim.evaluate(i, m).outcome == .holds)
        // The near misses: the linear-target step 16/29, the best-linear-fit step 121/214 and the
        // step without the radial term 121/366 all leave a nonzero gradient.
        #expect(theorem.falseVariants.map { $0.evaluate(i, m).outcome } == [.refuted, .refuted, .refuted])
    }

    @Test("a linear target recovers η = n/(n+d+1+σ²) (the measurement does not assume it)",
          arguments: [(1, 5), (2, 7), (3, 11), (4, 3)])
    func linearLimit(d: Int, n: Int) throws {
        let i = MahankaliNonlinearTargetStep.Instance(dimension: d, contextLength: n, noise: Rational(1, 2),
                                                      linear: 1, cubic: 0, radial: 0)
        let eta = Rational(n) / (Rational(n + d + 1) + Rational(1, 2))
        #expect(MahankaliNonlinearTargetStep.step(i) == eta)
        let m = MahankaliNonlinearTargetStep().measure(i)
        #expect(m.signal * (try m.curvature.inverse()) == eta * Matrix<Rational>.identity(d))
        // The hypothesis rejects the linear target: the theorem is about nonlinear ones.
        #expect(MahankaliNonlinearTargetStep().hypotheses.contains { $0.check(i) != nil })
    }

    @Test("the radial false variant is inapplicable at γ = 0")
    func radialVariantInapplicable() {
        let i = MahankaliNonlinearTargetStep.Instance(dimension: 3, contextLength: 9, noise: 0,
                                                      linear: 1, cubic: Rational(1, 4), radial: 0)
        let theorem = MahankaliNonlinearTargetStep()
        let m = theorem.measure(i)
        #expect(theorem.claim.evaluate(i, m).outcome == .holds)
        #expect(theorem.falseVariants[2].evaluate(i, m).outcome == .inapplicable)
    }

    @Test("the degree-six factorised Isserlis mutant is killed by the nonlinear-target check")
    func factorisedIsserlisKilled() throws {
        let mutant = try #require(InContextLearning.mutants.first { $0.id == "isserlis/degree-six-factorised" })
        let theorem = try #require(mutant.theorems().first { $0.id == "mahankali-hashimoto-ma-2023/nonlinear-target-one-step-gd" })
        let verdict = Catalog.run(theorem, seed: 1, scale: .quick).verdict
        #expect(verdict == .refuted || verdict == .notDiscriminating)
    }
}
