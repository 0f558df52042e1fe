import ExactMath
import FloatMath
import Optimizers

/// On a bilinear game f = xᵀBy, Alex-GDA(γ, δ) converges for some step sizes **iff**
/// γ + δ > 2.
///
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475), Theorem 6.1 (statement confirmed from the authors'
/// poster). Per singular value σ of B the dynamics is the scalar block
/// (a, σ, c) = (0, σ, 0) whose iteration matrix — built by ``AlexGDA``'s own step — depends
/// on α, β, σ only through s = αβσ². Decided exactly per (γ, δ):
/// - γ + δ > 2: an s with ρ < 1 is exhibited and certified by Schur–Cohn;
/// - γ + δ ≤ 2: a certified converging s among the candidates refutes the claim; otherwise
///   instability for **all** s > 0 is certified: (i) the method's matrix M(s) is affine in s
///   (checked at s = 0, …, 4), so its characteristic polynomial has degree ≤ 3 in s, and it
///   equals the closed form z³ + (γδs − 2)z² + (1 + (γ+δ−2γδ)s)z + (1−γ)(1−δ)s at four values
///   of s, hence for all s; (ii) three necessary Jury conditions for ρ < 1 — linear in s —
///   have no common solution s > 0 (exact interval arithmetic).
/// See Proofs/lee-cho-yun-2024/alex-bilinear-threshold.md.
public struct AlexBilinearThreshold: Theorem {
    public struct Instance: Sendable {
        public let gamma: Rational, delta: Rational
    }

    /// What was certified for one (γ, δ).
    public enum Measurement: Sendable {
        /// ρ < 1 certified at this s (α = 1, β = s, σ = 1).
        case convergesAt(s: Rational, bracketUpper: Rational)
        /// ρ ≥ 1 for every s > 0, certified; the text says how.
        case divergesForAllS(certificate: String)
        /// Neither: no stable s among the candidates, and the all-s certificate did not close.
        case undecided(String)
    }

    public let id = "lee-cho-yun-2024/alex-bilinear-threshold"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("Theorem 6.1")
    public let provenance = Provenance.paperShape(
        "authors' poster: Theorem 6.1, Alex-GDA converges on bilinear problems for some step sizes iff γ + δ > 2; the closed-form characteristic polynomial and the Jury argument are the project's (Proofs document)")
    public let statement = "On bilinear games f = xᵀBy, Alex-GDA(γ, δ) converges linearly for some step sizes α, β if and only if γ + δ > 2 (Sim = (0,1) and Alt = (1,1) never do)."
    public let methods: MinimaxMethods
    public let tests: RootRadiusTests

    public init(methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("extrapolation parameters γ, δ ≥ 0 (Algorithm 2)") { i in
            i.gamma >= 0 && i.delta >= 0 ? nil : "γ = \(i.gamma), δ = \(i.delta)"
        }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let fixed: [(Rational, Rational)] = [
            (0, 1), (1, 1), (1, Rational(3, 4)), (2, 0), (Rational(1, 2), Rational(1, 2)), (Rational(9, 10), Rational(9, 10)),
            (Rational(3, 2), Rational(3, 2)), (2, Rational(1, 2)), (Rational(11, 10), Rational(11, 10)), (Rational(27, 10), Rational(11, 10)),
        ]
        let extra = scale.pick(quick: 6, standard: 40, thorough: 200)
        return try InstanceSearch.draw(count: fixed.count + extra, maxAttempts: fixed.count + extra, hypotheses: hypotheses) { index in
            if index < fixed.count { return .accept(Instance(gamma: fixed[index].0, delta: fixed[index].1)) }
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(index))
            // rational (γ, δ) in [0, 3]², half of them within 1/5 of the line γ + δ = 2
            let g = Rational(rng.int(in: 0...30), 10)
            let d: Rational = rng.bool() ? Rational(rng.int(in: 0...30), 10)
                : min(max(2 - g + Rational(rng.int(in: -20...20), 100), 0), 3)
            return .accept(Instance(gamma: g, delta: d))
        }
    }

    public func parameters(of i: Instance) -> [InstanceParameter] { [.exact("gamma", i.gamma), .exact("delta", i.delta)] }

    public func summary(of i: Instance) -> String { "bilinear scalar block, γ=\(i.gamma), δ=\(i.delta), γ+δ=\(i.gamma + i.delta)" }

    /// The characteristic polynomial of the method's iteration matrix on the scalar bilinear
    /// game (0, σ=1, 0) at α = 1, β = s.
    func polynomial(_ i: Instance, s: Rational) -> Polynomial { matrix(i, s: s).characteristicPolynomial }

    /// The method's iteration matrix on the scalar bilinear game (0, σ=1, 0) at α = 1, β = s.
    func matrix(_ i: Instance, s: Rational) -> Matrix<Rational> {
        GDAVariant.alex(gamma: i.gamma, delta: i.delta).iterationMatrix(alpha: 1, beta: s, on: GameBlock(a: 0, sigma: 1, c: 0).game,
                                                                        using: methods)
    }

    /// The first s in {10⁻¹, …, 10⁻⁸} at which ρ < 1 is certified, with the bracket's upper end.
    func convergingStep(_ i: Instance) -> (s: Rational, upper: Rational)? {
        for k in 1...8 {
            let s = 1 / Rational(10).power(k)
            let e = SpectralRadiusEvidence(polynomials: [polynomial(i, s: s)], tests: tests)
            if e.isBelow(1) == true { return (s, e.bracket()?.upper ?? 1) }
        }
        return nil
    }

    /// The closed form of the characteristic polynomial of Algorithm 2 on the bilinear block at α = 1, β = s (derived in the Proofs document).
    static func closedForm(_ i: Instance, s: Rational) -> Polynomial {
        let g = i.gamma, d = i.delta
        return Polynomial(coefficients: [(1 - g) * (1 - d) * s, 1 + (g + d - 2 * g * d) * s, g * d * s - 2, 1])
    }

    /// The set of s > 0 satisfying the three necessary Jury conditions, as an open interval
    /// (lo, hi) (hi = nil for +∞), or nil when empty.
    static func jurySet(_ i: Instance) -> (Rational, Rational?)? {
        let g = i.gamma, d = i.delta, p = (1 - g) * (1 - d)
        var lo = Rational.zero
        var hi: Rational? = nil
        var empty = false
        // c·s > e
        func greater(_ c: Rational, _ e: Rational) {
            if c > 0 { lo = max(lo, e / c) } else if c < 0 { hi = min(hi ?? e / c, e / c) } else if !(e < 0) { empty = true }
        }
        greater(p * (g + d - 1), 2 - g - d)          // 1 − a₀² > a₁ − a₀a₂
        greater(-p.absoluteValue, -1)                // |a₀| < 1
        greater(-(2 * g - 1) * (2 * d - 1), -4)      // p(−1) < 0
        if empty { return nil }
        if let h = hi, h <= lo { return nil }
        return (lo, hi)
    }

    /// Exhibits a converging s when there is one among the candidates (for every (γ, δ): on
    /// γ + δ ≤ 2 such an s is a certified counterexample); otherwise, for γ + δ ≤ 2, certifies
    /// divergence for all s through the closed form and the Jury conditions.
    public func measure(_ i: Instance) -> Measurement {
        if let found = convergingStep(i) { return .convergesAt(s: found.s, bracketUpper: found.upper) }
        if i.gamma + i.delta > 2 { return .undecided("no s in {10⁻¹, …, 10⁻⁸} certified ρ < 1") }
        let m0 = matrix(i, s: 0), slope = matrix(i, s: 1) - m0
        for s in [Rational(2), 3, 4] where matrix(i, s: s) != m0 + s * slope {
            return .undecided("no s in {10⁻¹, …, 10⁻⁸} certified ρ < 1, and the method's iteration matrix is not affine in s (s = \(s)), so the all-s argument does not apply")
        }
        for s in [Rational(1), 2, 3, 4] where polynomial(i, s: s) != Self.closedForm(i, s: s) {
            return .undecided("no s in {10⁻¹, …, 10⁻⁸} certified ρ < 1, and the method's characteristic polynomial differs from Algorithm 2's closed form at s = \(s), so the all-s argument does not apply")
        }
        if let set = Self.jurySet(i) {
            return .undecided("the necessary Jury conditions leave s ∈ (\(set.0), \(set.1.map { "\($0)" } ?? "∞")) open")
        }
        return .divergesForAllS(certificate: "M(s) affine in s (s = 0…4) and char. poly = closed form at s = 1, 2, 3, 4 (hence for all s); the necessary Jury conditions p(γ+δ−1)s > 2−γ−δ, |p|s < 1, (2γ−1)(2δ−1)s < 4 (p = (1−γ)(1−δ)) have no common s > 0")
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("some step sizes give ρ(M_alex) < 1 ⟺ γ + δ > 2", kind: .tight, exact: true) { i, m in
            let predicted = i.gamma + i.delta > 2
            return Self.judge(m, predictsConvergence: predicted)
        }
    }

    /// Judges "∃ s: ρ < 1" (predictsConvergence) or "∀ s: ρ ≥ 1" against the measurement.
    static func judge(_ m: Measurement, predictsConvergence: Bool) -> Judgement {
        switch m {
        case .convergesAt(let s, let upper):
            return Judgement(predictsConvergence ? .holds : .refuted, predicted: .exact(predictsConvergence ? 1 : 0),
                             measured: .exact(1), relation: .equal, tolerance: .exact(0),
                             certificate: "Schur–Cohn (verified): ρ < 1 at s = αβσ² = \(s) (ρ ≤ \(Quantity.format(upper.doubleValue)))")
        case .divergesForAllS(let text):
            return Judgement(predictsConvergence ? .refuted : .holds, predicted: .exact(predictsConvergence ? 1 : 0),
                             measured: .exact(0), relation: .equal, tolerance: .exact(0), certificate: text)
        case .undecided(let why):
            return .inconclusive(why)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("γ + δ > 1 suffices for convergence at some step sizes", kind: .tight, exact: true) { i, m in
                guard i.gamma + i.delta > 1 else { return .inapplicable("the variant speaks about γ + δ > 1") }
                return Self.judge(m, predictsConvergence: true)
            },
            Claim("convergence needs γ ≥ 1 and δ ≥ 1 (no step sizes work otherwise)", kind: .tight, exact: true) { i, m in
                guard i.gamma < 1 || i.delta < 1 else { return .inapplicable("the variant speaks about min(γ, δ) < 1") }
                return Self.judge(m, predictsConvergence: false)
            },
        ]
    }
}
