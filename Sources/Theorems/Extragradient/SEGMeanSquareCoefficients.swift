import ExactMath
import FloatMath
import Optimizers

/// The η² coefficients of the mean-square growth on the same games (d = 2), at η = 1/(100·n·L):
/// (ρ(𝒦) − 1)/η² lies within ±10 % of −n²λ² for SEG-FFA, ½ tr ΣMᵢ² for SEG-RR, tr ΣMᵢ² for
/// SEG-FF and ½Σ(3 tr Sᵢ² + tr Kᵢ²) for SEG-US (Sᵢ, Kᵢ the symmetric and skew parts). Derived by
/// degenerate perturbation theory of 𝒦 around the double eigenvalue 1 (Proofs document);
/// decided exactly by the closed-disk and Schur–Cohn tests at the window's rational ends.
/// See Proofs/chae-yun-kim-2024/seg-mean-square-coefficients.md.
public struct SEGMeanSquareCoefficients: SEGMeanSquareTheorem {
    public typealias Instance = SEGStepInstance
    public typealias Measurement = SEGMeanSquareEvidence
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
                                    maxN: scale.pick(quick: 3, standard: 4, thorough: 4), divisors: [100], anisotropicFirst: true,
                                    hypotheses: hypotheses)
    }


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
            Claim("the largest-eigenvalue coefficient: SEG-RR grows at 1 + λ_max(sym ΣMᵢ²)η² (±10 %)", kind: .tight, exact: true) { i, e in
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
