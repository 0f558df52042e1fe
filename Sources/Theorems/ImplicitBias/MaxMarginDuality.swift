import ExactMath
import FloatMath
import Optimizers

/// The exact max-margin references are certified: for ℓ∞ and ℓ1 the LP optimum and its
/// dual certificate agree exactly, γ_p(w) = ‖Zᵀλ‖_q with λ ∈ Δ; for ℓ2 the KKT conditions
/// hold exactly and γ₂² = 1/‖ŵ‖² = ‖Zᵀλ̄‖₂² with λ̄ = λ/Σλ.
///
/// Boyd–Vandenberghe, *Convex Optimization* (2004), §5.2 (LP duality), §5.5.3 (KKT
/// conditions for convex problems) and §8.6.1 (max-margin linear discrimination); the
/// minimax form γ_p = min_{λ∈Δ}‖Zᵀλ‖_q is the project's derivation.
/// The report also says, per instance, whether the ℓ∞ and ℓ1 maximizers are unique
/// (``PolyhedralMaximizerSet``, exact and verified); the verdict does not use it.
/// See Proofs/boyd-vandenberghe-2004/max-margin-duality.md.
public struct MaxMarginDuality: Theorem {
    public struct Measurement: Sendable {
        /// The three verifiers' answers (nil = verified).
        public let lpFailure: String?
        public let kktFailure: String?
        /// ℓ∞ and ℓ1 solutions, and the exact gaps of the minimax pairs.
        public let linf: PolyhedralMaxMargin
        public let l1: PolyhedralMaxMargin
        /// |‖Zᵀλ∞‖₁ − γ∞(w∞)| + |‖Zᵀλ₁‖∞ − γ₁(w₁)| + |‖Zᵀλ̄‖₂² − γ₂(ŵ)²|, exactly.
        public let totalGap: Rational
        /// γ∞(ŵ₂), the ℓ∞ margin of the ℓ2 solution (for the false variant).
        public let linfMarginOfL2: Rational
        /// Diagnostic only (not part of the verdict): the ℓ∞ and ℓ1 optimal sets with the exact,
        /// verified answer to "is the maximizer unique?", or why the diagnostic failed.
        public let linfFace: Result<PolyhedralMaximizerSet, MaxMarginError>
        public let l1Face: Result<PolyhedralMaximizerSet, MaxMarginError>

        /// "ℓ∞ maximizer unique; ℓ1 maximizer not unique (a face: two verified maximizers differ in coordinate 0, 0-based)".
        public var uniquenessSummary: String {
            func describe(_ name: String, _ r: Result<PolyhedralMaximizerSet, MaxMarginError>) -> String {
                switch r {
                case .failure(let e): return "\(name) uniqueness diagnostic failed (\(e))"
                case .success(let f):
                    switch f.uniqueness {
                    case .unique: return "\(name) maximizer unique"
                    case let .nonUnique(_, _, j):
                        return "\(name) maximizer not unique (a face: two verified maximizers differ in coordinate \(j), 0-based)"
                    }
                }
            }
            return describe("ℓ∞", linfFace) + "; " + describe("ℓ1", l1Face)
        }
    }

    public let id = "boyd-vandenberghe-2004/max-margin-duality"
    public let family = Family.implicitBias
    public let citation = Citation.boydVandenberghe2004.at("§5.2 (LP duality), §5.5.3 (KKT), §8.6.1 (max-margin discrimination)")
    public let provenance = Provenance.paperShape("LP/QP duality and KKT conditions (Boyd–Vandenberghe 2004 §5); the certificates and their exact verification are the project's")
    public let statement = "On separable data the ℓ∞, ℓ1 max margins equal their LP duals min_{λ∈Δ}‖Zᵀλ‖_q exactly, and the ℓ2 max-margin vector satisfies the KKT conditions with γ₂² = 1/Σλ = ‖Zᵀλ̄‖²."

    public init() {}

    public var hypotheses: [Hypothesis<MarginInstance>] {
        [Hypothesis("ℓ∞ and ℓ2 solutions separated by s ≥ 1/20 (exact)") { $0.isSeparated(by: Rational(1, 20)) ? nil : "separation below 1/20" }]
    }

    public func instances(seed: UInt64, scale: Scale) -> [MarginInstance] {
        ImplicitBiasScale.exactInstances(seed: seed, scale: scale)
    }

    public func summary(of instance: MarginInstance) -> String { instance.summary }

    public func measure(_ x: MarginInstance) throws -> Measurement {
        let z = x.z
        let l1 = try PolyhedralMaxMargin(z, l1: true)
        var lp: String? = nil
        for m in [x.linf, l1] {
            if let why = LinearProgramCertificate.verifyOptimal(m.program, primal: m.programPrimal, dual: m.programDual) { lp = why }
            if let why = MaxMarginCertificate.verifyPolyhedral(z, l1: m.isL1, direction: m.direction, dual: m.dual, margin: m.margin) { lp = why }
        }
        let kkt = MaxMarginCertificate.verifyL2KKT(z, direction: x.l2.direction, dual: x.l2.dual)
        func gap(_ m: PolyhedralMaxMargin) -> Rational {
            let v = MaxMarginCertificate.combination(z, m.dual)
            let dual = m.isL1 ? MaxMarginCertificate.lInfinity(v) : MaxMarginCertificate.l1(v)
            return (dual - (MaxMarginCertificate.polyhedralMargin(z, m.direction, l1: m.isL1) ?? .zero)).absoluteValue
        }
        let total = Rational.sum(x.l2.dual)
        let lambdaBar = x.l2.dual.map { $0 / total }
        let dual2 = MaxMarginCertificate.l2Squared(MaxMarginCertificate.combination(z, lambdaBar))
        let primal2 = Rational.one / MaxMarginCertificate.l2Squared(x.l2.direction)   // min zᵢ·ŵ = 1
        let l2gap = (dual2 - primal2).absoluteValue + (x.l2.marginSquared - primal2).absoluteValue
        func face(_ m: PolyhedralMaxMargin) -> Result<PolyhedralMaximizerSet, MaxMarginError> {
            do { return .success(try PolyhedralMaximizerSet(z, solution: m)) } catch { return .failure(error) }
        }
        return Measurement(lpFailure: lp, kktFailure: kkt, linf: x.linf, l1: l1,
                           totalGap: gap(x.linf) + gap(l1) + l2gap,
                           linfMarginOfL2: 1 / MaxMarginCertificate.lInfinity(x.l2.direction),
                           linfFace: face(x.linf), l1Face: face(l1))
    }

    public var claim: Claim<MarginInstance, Measurement> {
        Claim("certificates verify and the primal–dual gaps are exactly 0 in ℓ∞, ℓ1 and ℓ2", kind: .tight, exact: true) { _, m in
            if let why = m.lpFailure ?? m.kktFailure {
                return Judgement(.refuted, reason: "certificate rejected: \(why)")
            }
            return .exact(measured: m.totalGap, .equal, predicted: 0,
                          certificate: "LP pairs (ℓ∞, ℓ1) and ℓ2 KKT verified; γ∞=\(m.linf.margin), γ₁=\(m.l1.margin); \(m.uniquenessSummary)")
        }
    }

    public var falseVariants: [Claim<MarginInstance, Measurement>] {
        [
            Claim("the ℓ2 max-margin vector is also ℓ∞-optimal: γ∞(ŵ₂) = γ∞", kind: .tight, exact: true) { x, m in
                .exact(measured: m.linfMarginOfL2, .equal, predicted: x.linf.margin)
            },
        ]
    }
}

/// Instance sizes shared by the exact (no-dynamics) checks of the family.
enum ImplicitBiasScale {
    /// G1 and G2 instances for exact checks: half Gaussian-planted, half Scaled-Rademacher.
    static func exactInstances(seed: UInt64, scale: Scale) -> [MarginInstance] {
        let count = scale.pick(quick: 2, standard: 8, thorough: 20)
        let (n, d) = scale.pick(quick: (10, 4), standard: (20, 8), thorough: (40, 10))
        var out: [MarginInstance] = []
        for i in 0..<count {
            if let x = MarginInstances.gaussianPlanted(n: n, d: d, separation: Rational(1, 20), seed: seed, index: i) { out.append(x) }
            if let x = MarginInstances.scaledRademacher(n: 8, d: 5, separation: Rational(1, 20), seed: seed, index: i) { out.append(x) }
        }
        return out
    }
}
