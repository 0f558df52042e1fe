import ExactMath
import FloatMath
import Optimizers


/// An instance of the mean-square theorems: a convex–concave finite-sum game (skew mean,
/// indefinite components) and a rational step η = 1/(c·n·L).
public struct SEGStepInstance: Sendable {
    public let game: SEGGame
    public let step: Rational
    /// The c in η = 1/(c·n·L).
    public let stepDivisor: Int
}

/// The exact mean-square operators 𝒦 = E[L ⊗ L] of the four methods at the instance's step.
public struct SEGMeanSquareEvidence: Sendable {
    public let ffa: SpectralRadiusEvidence, ff: SpectralRadiusEvidence, rr: SpectralRadiusEvidence, us: SpectralRadiusEvidence
    /// SEG-FF with α = β plus the anchor (the "anchoring alone" ablation).
    public let anchoredFullStep: SpectralRadiusEvidence
}

enum SEGMeanSquare {
    static func hypotheses(stepBound: Bool) -> [Hypothesis<SEGStepInstance>] {
        [
            Hypothesis("d = 2, n ≥ 2, M̄ = λ'J skew with λ' ≠ 0 (convex–concave, bilinear mean)") { i in
                i.game.d == 2 && i.game.n >= 2 ? SEGGame.meanSkewViolation(i.game) : "d = \(i.game.d), n = \(i.game.n)"
            },
            Hypothesis("the components' symmetric parts dominate: tr ΣMᵢ² > 0") { i in
                i.game.traceSumOfSquares > 0 ? nil : "tr ΣMᵢ² = \(i.game.traceSumOfSquares)"
            },
            Hypothesis("small step: η = 1/(c·n·L) with c ≥ \(stepBound ? 100 : 10), L ≥ maxᵢ‖Mᵢ‖₂") { i in
                i.stepDivisor >= (stepBound ? 100 : 10) && i.step == 1 / (Rational(i.stepDivisor) * Rational(i.game.n) * i.game.scale)
                    ? nil : "η = \(i.step)"
            },
        ]
    }

    /// `anisotropicFirst` keeps slot 0 for a game whose S = sym ΣMᵢ² has 0.9·max(S₁₁, S₂₂) >
    /// 1.05·tr S/2, so that λ_max(S) (bounded below by that diagonal entry) and tr S/2 are told
    /// apart by the ±10 % windows on every seed; the other slots are unconstrained.
    static func instances(seed: UInt64, count: Int, maxN: Int, divisors: [Int], anisotropicFirst: Bool = false,
                          hypotheses: [Hypothesis<SEGStepInstance>]) throws -> [SEGStepInstance] {
        try SlotSearch.draw(slots: count, attemptsPerSlot: anisotropicFirst ? 24 : 8, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let n = 2 + slot % (maxN - 1)
            let game = try SEGGame.random(n: n, using: &rng)
            guard game.scale > 0 else { return .reject("all components zero") }
            if anisotropicFirst && slot == 0 {
                let sum = game.problem.matrices.map { $0 * $0 }.reduce(.zero(rows: 2, columns: 2), +)
                if Rational(9, 10) * max(sum[0, 0], sum[1, 1]) <= Rational(105, 200) * (sum[0, 0] + sum[1, 1]) {
                    return .reject("slot 0 is kept for an anisotropic sym ΣMᵢ²")
                }
            }
            let c = divisors[(slot / (maxN - 1)) % divisors.count]
            return .accept(SEGStepInstance(game: game, step: 1 / (Rational(c) * Rational(n) * game.scale), stepDivisor: c))
        }
    }

    static func measure(_ i: SEGStepInstance, methods: SEGMethods, tests: RootRadiusTests) -> SEGMeanSquareEvidence {
        let p = i.game.problem, eta = i.step
        func evidence(_ m: any SEGEpochMethod<Rational>) -> SpectralRadiusEvidence {
            SpectralRadiusEvidence(matrix: m.meanSquareOperator(on: p), tests: tests)
        }
        return SEGMeanSquareEvidence(
            ffa: evidence(methods.ffa(eta)), ff: evidence(methods.ff(eta)), rr: evidence(methods.rr(eta)), us: evidence(methods.us(eta)),
            anchoredFullStep: evidence(StochasticExtragradient(extrapolation: eta, update: eta, flipFlop: true, anchored: true, sampling: .permutation)))
    }

    static func summary(_ i: SEGStepInstance) -> String { "\(i.game.summary), η=1/(\(i.stepDivisor)·n·L)=\(i.step)" }
    static func parameters(_ i: SEGStepInstance) -> [InstanceParameter] {
        i.game.parameters + [.exact("eta", i.step), .int("step_divisor", i.stepDivisor)]
    }
}

/// A theorem decided on the exact mean-square operators of the four SEG methods: the instance
/// class, its summary and the measurement are shared; each theorem states its own claim.
public protocol SEGMeanSquareTheorem: Theorem where Instance == SEGStepInstance, Measurement == SEGMeanSquareEvidence {
    var methods: SEGMethods { get }
    var tests: RootRadiusTests { get }
}

extension SEGMeanSquareTheorem {
    public func summary(of i: Instance) -> String { SEGMeanSquare.summary(i) }
    public func parameters(of i: Instance) -> [InstanceParameter] { SEGMeanSquare.parameters(i) }
    public func measure(_ i: Instance) -> SEGMeanSquareEvidence { SEGMeanSquare.measure(i, methods: methods, tests: tests) }
}
