import Testing
@testable import Theorems
import ExactMath
import FloatMath
import Optimizers

/// The generators of the minimax and classical families: every generated instance meets its
/// theorem's hypotheses (decided exactly), reachable preconditions are typed errors, and the
/// spectral decisions at r ≤ 0 are decided answers on iteration matrices.
@Suite("Minimax and classical instances: hypotheses, typed errors, decisions at r ≤ 0")
struct MinimaxInstanceTests {
    @Test("bilinear-sim-alt-fail never draws B = 0 (seed 10 once drew B = [[0],[0]]) and draws rank-one B", arguments: Array(1...40) as [UInt64])
    func bilinearGeneratorMeetsHypotheses(seed: UInt64) throws {
        let t = BilinearSimAltFail()
        let instances = try t.instances(seed: StableHash.theoremSeed(id: t.id, seed: seed), scale: .quick)
        #expect(instances.count == 6)
        for i in instances {
            #expect(i.b.rank >= 1, "seed \(seed): \(t.summary(of: i))")
            for h in t.hypotheses { #expect(h.check(i) == nil, "seed \(seed): \(h.statement)") }
        }
    }

    @Test("the hypotheses can fail: a wrong constant, a broken block decomposition, a zero B, γ + δ claims on γ < 0")
    func hypothesesCanFail() {
        let h = RationalGame.hard(kappaX: 16, kappaY: 16, kappaXY: 16)
        #expect(h.scscViolation == nil && h.blockViolation == nil && h.isHard)
        let wrongL = RationalGame(game: h.game, blocks: h.blocks, rotations: h.rotations, muX: 1, lX: 17, muY: 1, lY: 16, lXY: 16, label: h.label)
        #expect(wrongL.scscViolation != nil)
        let wrongNorm = RationalGame(game: h.game, blocks: h.blocks, rotations: h.rotations, muX: 1, lX: 16, muY: 1, lY: 16, lXY: 15, label: h.label)
        #expect(wrongNorm.scscViolation != nil)
        let swapped = RationalGame(game: h.game, blocks: h.blocks.map { Array($0.reversed()) }, rotations: h.rotations,
                                   muX: 1, lX: 16, muY: 1, lY: 16, lXY: 16, label: h.label)
        #expect(swapped.blockViolation != nil)
        let zero = BilinearSimAltFail.Instance(b: .zero(rows: 2, columns: 1), alpha: 1, beta: 1, smallSteps: true, rank: 0)
        #expect(BilinearSimAltFail().hypotheses.contains { $0.check(zero) != nil })
        #expect(AlexBilinearThreshold().hypotheses[0].check(.init(gamma: -1, delta: 2)) != nil)
    }

    @Test("reachable preconditions are typed errors")
    func typedErrors() {
        var rng = SeededGenerator(seed: 1)
        #expect(throws: RationalGameError.tooFewBlocks(1)) {
            try RationalGame.randomNonCommuting(n: 1, muX: 1, lX: 2, muY: 1, lY: 2, muXY: 0, lXY: 1, using: &rng)
        }
        #expect(throws: RationalGameError.noBlocks) { try RationalGame.decoupled([], label: "empty", rotate: false, using: &rng) }
        #expect(throws: SpectralQuadraticError.self) { try SpectralQuadratic.random(dimension: 1, mu: 1, smoothness: 2, using: &rng) }
        #expect(throws: SpectralQuadraticError.self) { try SpectralQuadratic.random(dimension: 3, mu: 0, smoothness: 2, using: &rng) }
        #expect(throws: SpectralQuadraticError.self) { try SpectralQuadratic(eigenvalues: [], rotation: .identity(0)) }
        #expect(throws: PaperExperimentGameError(dimension: 1)) { try PaperExperimentGame.make(d: 1, seed: 1) }
        // Decided answers instead of traps or endless loops.
        #expect(RationalOrthogonal.random(dimension: 0, using: &rng).rows == 0)
        let q = RationalOrthogonal.random(dimension: 3, bound: 0, using: &rng)
        #expect(q.transposed * q == .identity(3))
        #expect(RationalOrthogonal.reflection(.zero(2)) == .identity(2))
    }

    @Test("ρ at r ≤ 0 on iteration matrices: nilpotent heavy-ball (β = 0, α = 1/λ) has ρ = 0; GD at ρ = 1/3 does not")
    func decisionsAtNonPositiveRadius() {
        // Heavy-ball on f = (λ/2)x² with β = 0 and α = 1/λ: M = [[1 + β − αλ, −β], [1, 0]] = [[0, 0], [1, 0]],
        // a nonzero nilpotent matrix (M² = 0, checked directly), so ρ(M) = 0 by hand.
        let lambda = Rational(3)
        let hb = HeavyBall(step: 1 / lambda, momentum: 0).iterationMatrix(hessian: Matrix([[lambda]]))
        #expect(hb == Matrix([[0, 0], [1, 0]]))
        #expect(hb * hb == .zero(rows: 2, columns: 2))
        let nilpotent = SpectralRadiusEvidence(matrix: hb)
        #expect(nilpotent.isAtMost(0) == true)
        #expect(nilpotent.isBelow(0) == false)
        #expect(nilpotent.isAtMost(Rational(-1, 2)) == false)
        #expect(nilpotent.isBelow(-1) == false)
        #expect(nilpotent.judgeEqual(0).outcome == .holds)
        #expect(nilpotent.judgeAtMost(0).outcome == .holds)
        #expect(nilpotent.judgeBelow(0).outcome == .refuted)
        #expect(nilpotent.judgeAtLeast(0).outcome == .holds)
        #expect(nilpotent.judgeAbove(0).outcome == .refuted)
        // GD with η = 1/3 on A = diag(1, 5): M = diag(2/3, −2/3), ρ = 2/3 > 0 (by hand).
        let gd = GradientDescent(step: Rational(1, 3)).iterationMatrix(hessian: .diagonal([1, 5]))
        let positive = SpectralRadiusEvidence(matrix: gd)
        #expect(positive.isAtMost(0) == false)
        #expect(positive.isBelow(0) == false)
        #expect(positive.isAtMost(Rational(-1, 3)) == false)
        #expect(positive.judgeAtMost(0).outcome == .refuted)
        #expect(positive.judgeAtLeast(-1).outcome == .holds)
        #expect(positive.judgeEqual(Rational(2, 3)).outcome == .holds)
        // The false variant of gd-quadratic-rate at κ = 2 predicts ρ ≤ 1 − 2/κ = 0 for a matrix with ρ = 1/3:
        // decided (refuted), not a trap. A = diag(1, 2), η = 2/3: M = diag(1/3, −1/3).
        let kappa2 = SpectralRadiusEvidence(matrix: GradientDescent(step: Rational(2, 3)).iterationMatrix(hessian: .diagonal([1, 2])))
        #expect(kappa2.judgeAtMost(1 - 2 / Rational(2)).outcome == .refuted)
        #expect(kappa2.judgeEqual(Rational(1, 3)).outcome == .holds)
    }
}
