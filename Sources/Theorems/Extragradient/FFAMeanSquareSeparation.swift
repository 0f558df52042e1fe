import ExactMath
import FloatMath
import Optimizers

/// On convex–concave quadratic finite-sum games whose components' symmetric parts dominate,
/// SEG-FFA contracts in mean square while SEG-RR, SEG-FF and SEG-US grow, at every small
/// constant step tried: ρ(E[L_FFA ⊗ L_FFA]) < 1 < ρ(E[L ⊗ L]) for RR, FF and US (Chae–Yun–Kim,
/// NeurIPS 2024: shuffling alone or flip-flop alone can diverge on C-C problems; SEG-FFA
/// converges). Decided exactly by Schur–Cohn and closed-disk tests on the 4 × 4 rational
/// operators, averaged over every permutation (nⁿ sequences for US).
/// See Proofs/chae-yun-kim-2024/ffa-mean-square-separation.md.
public struct FFAMeanSquareSeparation: SEGMeanSquareTheorem {
    public typealias Instance = SEGStepInstance
    public typealias Measurement = SEGMeanSquareEvidence
    public let id = "chae-yun-kim-2024/ffa-mean-square-separation"
    public let family = Family.extragradient
    public let citation = Citation.chaeYunKim2024.at("abstract and Fig. 1 (monotone case: only SEG-FFA converges); mean-square form the project's")
    public let provenance = Provenance.paperShape(
        "the abstract says RR alone and flip-flop alone can diverge on C-C problems while SEG-FFA converges, and the poster's Fig. 1 shows SEG-FF/RR/US diverging on the authors' monotone example; the mean-square operator, the instance class and the step regime η ≤ 1/(10nL) are the project's (Proofs document)")
    public let statement = "On d = 2 finite-sum games with skew mean M̄ ≠ 0 and tr ΣMᵢ² > 0, at η = 1/(c·n·L) with c ∈ {10, 30, 100}: ρ(𝒦_FFA) < 1 < ρ(𝒦_RR), ρ(𝒦_FF), ρ(𝒦_US), with 𝒦 = E[L ⊗ L] the exact mean-square operator of one epoch."
    public let methods: SEGMethods
    public let tests: RootRadiusTests

    public init(methods: SEGMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    public var hypotheses: [Hypothesis<Instance>] { SEGMeanSquare.hypotheses(stepBound: false) }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        try SEGMeanSquare.instances(seed: seed, count: scale.pick(quick: 6, standard: 12, thorough: 36),
                                    maxN: scale.pick(quick: 3, standard: 4, thorough: 4), divisors: [10, 30, 100], hypotheses: hypotheses)
    }


    public var claim: Claim<Instance, SEGMeanSquareEvidence> {
        Claim("ρ(𝒦_FFA) < 1, and ρ(𝒦) > 1 for SEG-RR, SEG-FF and SEG-US", kind: .tight, exact: true) { _, e in
            let ffa = e.ffa.judgeBelow(1)
            guard ffa.outcome == .holds else { return ffa }
            for (name, x) in [("SEG-RR", e.rr), ("SEG-FF", e.ff), ("SEG-US", e.us)] {
                var j = x.judgeAbove(1)
                if j.outcome != .holds {
                    j.reason = "\(name) does not grow in mean square"
                    return j
                }
            }
            return Judgement(.holds, predicted: .exact(1), measured: ffa.measured, relation: .below, tolerance: .exact(0),
                             certificate: "SEG-FFA: \(ffa.certificate ?? ""); SEG-RR, SEG-FF, SEG-US: closed-disk test at 1: some root outside")
        }
    }

    public var falseVariants: [Claim<Instance, SEGMeanSquareEvidence>] {
        [
            Claim("SEG-RR (α = β = η) converges in mean square on these C-C games: ρ(𝒦_RR) < 1", kind: .upperBound, exact: true) { _, e in
                e.rr.judgeBelow(1)
            },
            Claim("anchoring alone suffices: SEG-FF with α = β = η plus the anchor contracts, ρ < 1", kind: .upperBound, exact: true) { _, e in
                e.anchoredFullStep.judgeBelow(1)
            },
            Claim("flip-flop cancels the shuffling error: SEG-FF grows no faster than SEG-RR, ρ(𝒦_FF) ≤ ρ(𝒦_RR)", kind: .upperBound, exact: true) { _, e in
                guard let rr = e.rr.bracket(width: Rational(1, 10_000_000_000)), let ff = e.ff.bracket(width: Rational(1, 10_000_000_000)) else {
                    return .inconclusive("no certified bracket")
                }
                if rr.upper < ff.lower {
                    return Judgement(.refuted, predicted: .exact(rr.upper), measured: .exact(ff.lower), relation: .atMost, tolerance: .exact(0),
                                     certificate: "certified brackets: ρ_RR ≤ \(rr.upper.doubleValue) < \(ff.lower.doubleValue) < ρ_FF")
                }
                if ff.upper <= rr.lower {
                    return Judgement(.holds, predicted: .exact(rr.lower), measured: .exact(ff.upper), relation: .atMost, tolerance: .exact(0),
                                     certificate: "certified brackets: ρ_FF ≤ \(ff.upper.doubleValue) ≤ \(rr.lower.doubleValue) < ρ_RR")
                }
                return .inconclusive("the brackets overlap")
            },
        ]
    }
}
