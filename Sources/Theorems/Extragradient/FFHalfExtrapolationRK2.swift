import ExactMath
import FloatMath
import Optimizers

/// Why SEG-FFA needs its anchor: flip-flop with the halved extrapolation α = η/2 but without the
/// anchor matches, to second order and for every permutation, the explicit two-stage Runge–Kutta
/// (Heun) map of the mean flow with step h = 2nη, z ↦ (I − hM̄ + ½h²M̄²)z + hb̄ − ½h²M̄b̄; and that
/// deterministic scheme expands on every bilinear (skew) mean, ρ = (1 + h⁴λ⁴/4)^{1/2} > 1, where
/// EG(nη) — the anchored average ½(I + RK2(2nη)) — contracts. Exact: polynomial identity in η and
/// closed-disk / Schur–Cohn tests [DERIVED from the algorithm in the authors' code].
/// See Proofs/chae-yun-kim-2024/ff-half-extrapolation-matches-rk2.md.
public struct FFHalfExtrapolationRK2: Theorem {
    public typealias Instance = SEGStepInstance

    public struct Measurement: Sendable {
        /// max over τ, k ≤ 2 of |[ηᵏ](FF(α = η/2) − RK2(2nη))|, and against EG(2nη).
        public let rk2Mismatch: Rational, egMismatch: Rational
        /// max over τ of |[η³](FF(α = η/2) − RK2(2nη))|.
        public let thirdOrder: Rational
        /// The deterministic RK2(2nη) and EG(nη) maps on the mean, at the instance's η.
        public let rk2: SpectralRadiusEvidence, eg: SpectralRadiusEvidence
        public let permutations: Int
    }

    public let id = "chae-yun-kim-2024/ff-half-extrapolation-matches-rk2"
    public let family = Family.extragradient
    public let citation = Citation.chaeYunKim2024.at("ablation of the anchoring step (flip-flop with α = β/2); the matching scheme is the project's derivation")
    public let provenance = Provenance.derived(
        "the RK2 matching and its expansion on skew operators are the project's derivation (Proofs document), from the algorithm in the authors' code github:jsch8q/SEG-FFA; no theorem text was read")
    public let statement = "For every permutation, flip-flop SEG with α = η/2, β = η and no anchor equals RK2 with step 2nη on the mean operator up to O(η³); on a skew mean M̄ = λ'J, ρ(RK2(2nη)) > 1 while ρ(EG(nη)) < 1 (η = 1/(c·n·L))."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        let all = SEGMeanSquare.hypotheses(stepBound: false)
        return [all[0], all[2]]  // skew mean and the step regime (tr ΣMᵢ² > 0 is not needed here)
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        try SEGMeanSquare.instances(seed: seed &+ 104_729, count: scale.pick(quick: 3, standard: 6, thorough: 16),
                                    maxN: scale.pick(quick: 3, standard: 4, thorough: 4), divisors: [10, 30, 100], hypotheses: hypotheses)
    }

    public func summary(of i: Instance) -> String { SEGMeanSquare.summary(i) }
    public func parameters(of i: Instance) -> [InstanceParameter] { SEGMeanSquare.parameters(i) }

    public func measure(_ i: Instance) throws -> Measurement {
        let p = i.game.problem, n = p.count, d = p.dimension, degree = 4 * n
        let vinv = try EpochPolynomial.vandermondeInverse(degree: degree)
        let mbar = p.meanMatrix, bbar = p.meanOffset
        let h = 2 * Rational(n)
        let rk2 = ([Matrix<Rational>.identity(d), -h * mbar, (h * h / 2) * (mbar * mbar)], [Vector<Rational>.zero(d), h * bbar, -(h * h / 2) * (mbar * bbar)])
        let eg = ([Matrix<Rational>.identity(d), -h * mbar, (h * h) * (mbar * mbar)], [Vector<Rational>.zero(d), h * bbar, -(h * h) * (mbar * bbar)])
        func mismatch(_ poly: EpochPolynomial, _ ref: ([Matrix<Rational>], [Vector<Rational>])) -> Rational {
            (0...2).map { k in max((poly.linear[k] - ref.0[k]).maxAbsEntry, (poly.offset[k] - ref.1[k]).maxAbsEntry) }.max()!
        }
        let ablation: @Sendable (Rational) -> any SEGEpochMethod<Rational> = {
            StochasticExtragradient(extrapolation: $0 / 2, update: $0, flipFlop: true, anchored: false, sampling: .permutation)
        }
        var perms: [[Int]] = []
        PermutationEnumeration.forEachPermutation(n) { perms.append($0) }
        var toRK2 = Rational.zero, toEG = Rational.zero, third = Rational.zero
        for tau in perms {
            let poly = try EpochPolynomial.of(ablation, sequence: tau, on: p, degree: degree, inverse: vinv)
            toRK2 = max(toRK2, mismatch(poly, rk2))
            toEG = max(toEG, mismatch(poly, eg))
            third = max(third, poly.linear[3].maxAbsEntry)
        }
        let step = h * i.step, half = step / 2
        let rk2Map = Matrix<Rational>.identity(d) - step * mbar + (step * step / 2) * (mbar * mbar)
        let egMap = Matrix<Rational>.identity(d) - half * mbar + (half * half) * (mbar * mbar)
        return Measurement(rk2Mismatch: toRK2, egMismatch: toEG, thirdOrder: third,
                           rk2: SpectralRadiusEvidence(matrix: rk2Map), eg: SpectralRadiusEvidence(matrix: egMap), permutations: perms.count)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("FF(α = η/2) = RK2(2nη) + O(η³) for every τ, and ρ(RK2(2nη)) > 1 > ρ(EG(nη)) on the skew mean", kind: .tight, exact: true) { _, m in
            let identity = Judgement.exact(measured: m.rk2Mismatch, .equal, predicted: 0,
                                           certificate: "epoch maps interpolated exactly in η, all \(m.permutations) permutations")
            guard identity.outcome == .holds else { return identity }
            let expands = m.rk2.judgeAbove(1)
            guard expands.outcome == .holds else { return expands }
            var contracts = m.eg.judgeBelow(1)
            contracts.certificate = "matching exact over \(m.permutations) permutations; RK2: \(expands.certificate ?? ""); EG: \(contracts.certificate ?? "")"
            return contracts
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("flip-flop with α = η/2 alone already matches EG (with α = β = 2nη) to second order", kind: .tight, exact: true) { _, m in
                .exact(measured: m.egMismatch, .equal, predicted: 0, certificate: "exact η-polynomial coefficients")
            },
            Claim("the matched RK2 scheme is stable on bilinear problems: ρ(RK2(2nη)) ≤ 1", kind: .upperBound, exact: true) { _, m in
                m.rk2.judgeAtMost(1)
            },
            Claim("FF(α = η/2) matches RK2(2nη) to third order", kind: .tight, exact: true) { _, m in
                .exact(measured: m.thirdOrder, .equal, predicted: 0, certificate: "max over τ of |[η³] L_τ| (RK2 has no η³ term)")
            },
        ]
    }
}
