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

    static func instances(seed: UInt64, count: Int, maxN: Int, divisors: [Int],
                          hypotheses: [Hypothesis<SEGStepInstance>]) throws -> [SEGStepInstance] {
        try SlotSearch.draw(slots: count, attemptsPerSlot: 8, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let n = 2 + slot % (maxN - 1)
            let game = SEGGame.random(n: n, using: &rng)
            guard game.scale > 0 else { return .reject("all components zero") }
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

/// On convex–concave quadratic finite-sum games whose components' symmetric parts dominate,
/// SEG-FFA contracts in mean square while SEG-RR, SEG-FF and SEG-US grow, at every small
/// constant step tried: ρ(E[L_FFA ⊗ L_FFA]) < 1 < ρ(E[L ⊗ L]) for RR, FF and US (Chae–Yun–Kim,
/// NeurIPS 2024: shuffling alone or flip-flop alone can diverge on C-C problems; SEG-FFA
/// converges). Decided exactly by Schur–Cohn and closed-disk tests on the 4 × 4 rational
/// operators, averaged over every permutation (nⁿ sequences for US).
/// See Proofs/chae-yun-kim-2024/ffa-mean-square-separation.md.
public struct FFAMeanSquareSeparation: Theorem {
    public typealias Instance = SEGStepInstance
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

    public func summary(of i: Instance) -> String { SEGMeanSquare.summary(i) }
    public func parameters(of i: Instance) -> [InstanceParameter] { SEGMeanSquare.parameters(i) }
    public func measure(_ i: Instance) -> SEGMeanSquareEvidence { SEGMeanSquare.measure(i, methods: methods, tests: tests) }

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

/// The η² coefficients of the mean-square growth on the same games (d = 2), at η = 1/(100·n·L):
/// (ρ(𝒦) − 1)/η² lies within ±10 % of −n²λ² for SEG-FFA, ½ tr ΣMᵢ² for SEG-RR, tr ΣMᵢ² for
/// SEG-FF and ½Σ(3 tr Sᵢ² + tr Kᵢ²) for SEG-US (Sᵢ, Kᵢ the symmetric and skew parts). Derived by
/// degenerate perturbation theory of 𝒦 around the double eigenvalue 1 (Proofs document);
/// decided exactly by the closed-disk and Schur–Cohn tests at the window's rational ends.
/// See Proofs/chae-yun-kim-2024/seg-mean-square-coefficients.md.
public struct SEGMeanSquareCoefficients: Theorem {
    public typealias Instance = SEGStepInstance
    public let id = "chae-yun-kim-2024/seg-mean-square-coefficients"
    public let family = Family.extragradient
    public let citation = Citation.chaeYunKim2024.at("second-order expansion behind the SC-SC/C-C comparisons; coefficients the project's")
    public let provenance = Provenance.derived(
        "the four η² coefficients are the project's perturbation expansion (Proofs document); the paper's abstract and poster motivate the comparison; no theorem text was read")
    public let statement = "At η = 1/(100·n·L) on d = 2 C-C finite-sum games: (ρ(𝒦) − 1)/η² ∈ (0.9κ, 1.1κ) (window ends ordered) with κ = −n²λ² (SEG-FFA), ½ tr ΣMᵢ² (SEG-RR), tr ΣMᵢ² (SEG-FF), ½Σ(3 tr Sᵢ² + tr Kᵢ²) (SEG-US)."
    public let methods: SEGMethods
    public let tests: RootRadiusTests

    public init(methods: SEGMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    public var hypotheses: [Hypothesis<Instance>] { SEGMeanSquare.hypotheses(stepBound: true) }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        try SEGMeanSquare.instances(seed: seed &+ 7919, count: scale.pick(quick: 4, standard: 10, thorough: 30),
                                    maxN: scale.pick(quick: 3, standard: 4, thorough: 4), divisors: [100], hypotheses: hypotheses)
    }

    public func summary(of i: Instance) -> String { SEGMeanSquare.summary(i) }
    public func parameters(of i: Instance) -> [InstanceParameter] { SEGMeanSquare.parameters(i) }
    public func measure(_ i: Instance) -> SEGMeanSquareEvidence { SEGMeanSquare.measure(i, methods: methods, tests: tests) }

    /// The coefficients κ of the four methods.
    static func coefficients(_ g: SEGGame) -> [(String, Rational)] {
        let lam2 = g.meanSkew * g.meanSkew, n = Rational(g.n)
        return [("SEG-FFA", -n * n * lam2), ("SEG-RR", g.traceSumOfSquares / 2), ("SEG-FF", g.traceSumOfSquares),
                ("SEG-US", (3 * g.traceSumOfSymmetricSquares + g.traceSumOfSkewSquares) / 2)]
    }

    /// ρ ∈ 1 + η²·(0.9κ, 1.1κ) (ends ordered).
    static func window(_ e: SpectralRadiusEvidence, _ kappa: Rational, _ eta: Rational, _ name: String) -> Judgement {
        let a = 1 + Rational(9, 10) * kappa * eta * eta, b = 1 + Rational(11, 10) * kappa * eta * eta
        return RadiusWindow.judge(e, lo: min(a, b), hi: max(a, b), what: "\(name), κ = \(kappa)")
    }

    public var claim: Claim<Instance, SEGMeanSquareEvidence> {
        Claim("(ρ(𝒦) − 1)/η² within 10 % of κ_FFA = −n²λ², κ_RR = ½tr ΣMᵢ², κ_FF = tr ΣMᵢ², κ_US = ½Σ(3tr Sᵢ² + tr Kᵢ²)", kind: .tight, exact: true) { i, e in
            let evidences = [e.ffa, e.rr, e.ff, e.us]
            var certs: [String] = []
            for (k, (name, kappa)) in Self.coefficients(i.game).enumerated() {
                let j = Self.window(evidences[k], kappa, i.step, name)
                if j.outcome != .holds { return j }
                certs.append(j.certificate ?? name)
            }
            return Judgement(.holds, predicted: .exact(0), measured: .exact(0), relation: .equal, tolerance: .exact(0),
                             certificate: certs.joined(separator: "; "))
        }
    }

    public var falseVariants: [Claim<Instance, SEGMeanSquareEvidence>] {
        [
            Claim("SEG-FFA contracts like one EG step: (ρ − 1)/η² within 10 % of −λ² (no n²)", kind: .tight, exact: true) { i, e in
                Self.window(e.ffa, -i.game.meanSkew * i.game.meanSkew, i.step, "SEG-FFA with κ = −λ²")
            },
            Claim("sampling with replacement costs nothing extra: SEG-US grows like SEG-RR, κ_US = ½tr ΣMᵢ²", kind: .tight, exact: true) { i, e in
                Self.window(e.us, i.game.traceSumOfSquares / 2, i.step, "SEG-US with κ_RR")
            },
            Claim("the working note's coefficient: SEG-RR grows at 1 + λ_max(sym ΣMᵢ²)η² (±10 %)", kind: .tight, exact: true) { i, e in
                // λ_max of the symmetric 2 × 2 matrix Σ = sym ΣMᵢ², bracketed by rationals: its largest
                // diagonal entry ≤ λ_max ≤ that + |off-diagonal| (Gershgorin).
                let sum = i.game.problem.matrices.map { $0 * $0 }.reduce(.zero(rows: 2, columns: 2), +)
                let s = Rational(1, 2) * (sum + sum.transposed)
                let lower = max(s[0, 0], s[1, 1]), upper = lower + s[0, 1].absoluteValue
                let eta2 = i.step * i.step
                guard lower > 0 else { return .inapplicable("λ_max(sym ΣMᵢ²) ≤ 0 not established") }
                // The variant's window (1 + 0.9λ_maxη², 1 + 1.1λ_maxη²) lies above 1 + 0.9·lower·η² and below 1 + 1.1·upper·η².
                if e.rr.isAtMost(1 + Rational(9, 10) * lower * eta2) == true {
                    return Judgement(.refuted, predicted: .exact(1 + lower * eta2), measured: e.rr.reportBracket.map { .exact($0.upper) },
                                     relation: .equal, tolerance: .exact(Rational(1, 10) * lower * eta2),
                                     certificate: "closed-disk test: ρ_RR ≤ 1 + 0.9·\(lower)·η² ≤ 1 + 0.9·λ_max·η²")
                }
                if e.rr.isBelow(1 + Rational(11, 10) * upper * eta2) == false {
                    return Judgement(.refuted, predicted: .exact(1 + upper * eta2), measured: e.rr.reportBracket.map { .exact($0.upper) },
                                     relation: .equal, tolerance: .exact(Rational(1, 10) * upper * eta2),
                                     certificate: "Schur–Cohn: ρ_RR ≥ 1 + 1.1·\(upper)·η² ≥ 1 + 1.1·λ_max·η²")
                }
                return .inconclusive("not decided with the rational bounds \(lower) ≤ λ_max ≤ \(upper)")
            },
        ]
    }
}
