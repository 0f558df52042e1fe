import ExactMath
import FloatMath
import Optimizers

/// The minimax sandwich γ_p(w) ≤ γ_p ≤ ‖Zᵀλ‖_q for every w ≠ 0 and every λ ∈ Δ
/// (p ∈ {1, 2, ∞}, 1/p + 1/q = 1; ℓ2 compared in squares), and the norm ordering
/// γ₂ ≤ γ∞ ≤ √d·γ₂, γ₁ ≤ γ₂ ≤ √d·γ₁, all decided exactly.
///
/// Weak duality of max_{‖w‖≤1} min_{λ∈Δ} λᵀZw (Boyd–Vandenberghe 2004, §5.4.1,
/// max–min inequality) and ‖w‖∞ ≤ ‖w‖₂ ≤ √d‖w‖∞, ‖w‖₂ ≤ ‖w‖₁ ≤ √d‖w‖₂ (implicit-bias note
/// §3.4 [DERIVED]). See Proofs/boyd-vandenberghe-2004/minimax-sandwich.md.
public struct MinimaxSandwich: Theorem {
    public struct Instance: Sendable {
        public let margins: MarginInstance
        /// A seeded random separating w (a perturbation of ŵ₂) and a seeded random λ ∈ Δ.
        public let w: [Rational]
        public let lambda: [Rational]
    }

    public struct Measurement: Sendable {
        /// The smallest slack over the six sandwich inequalities and four ordering
        /// inequalities (all ≥ 0 iff the claim holds), exactly.
        public let minimumSlack: Rational
        /// ‖Zᵀλ‖₁ − γ∞ for the drawn λ (for the false variant).
        public let linfDualExcess: Rational
        /// γ∞² − γ₂² (for the false variant "γ∞ ≤ γ₂").
        public let linfMinusL2Squared: Rational
    }

    public let id = "boyd-vandenberghe-2004/minimax-sandwich"
    public let family = Family.implicitBias
    public let citation = Citation.boydVandenberghe2004.at("§5.4.1 (max–min inequality); norm equivalence")
    public let provenance = Provenance.derived("the ten margin inequalities are the project's, from the max–min inequality and norm equivalences (Boyd–Vandenberghe 2004 §5.4.1)")
    public let statement = "For all w ≠ 0 and λ ∈ Δ: γ_p(w) ≤ γ_p ≤ ‖Zᵀλ‖_q for p ∈ {1, 2, ∞}; and γ₂ ≤ γ∞ ≤ √d·γ₂, γ₁ ≤ γ₂ ≤ √d·γ₁."

    public init() {}

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        ImplicitBiasScale.exactInstances(seed: seed, scale: scale).enumerated().map { k, x in
            var rng = SeededGenerator.stream(seed: seed ^ 0x5A4D, index: UInt64(k))
            let w = Self.separatingPerturbation(of: x.l2.direction, z: x.z, using: &rng)
            let raw = (0..<x.z.rows).map { _ in Rational(rng.int(in: 0...6)) }
            let total = Rational.sum(raw)
            let lambda = total.isZero ? raw.map { _ in Rational(1, x.z.rows) } : raw.map { $0 / total }
            return Instance(margins: x, w: w, lambda: lambda)
        }
    }

    public func summary(of instance: Instance) -> String { instance.margins.summary }

    /// A seeded random w that separates the data (min zᵢ·w > 0), so that the three primal
    /// sides of the sandwich are tested rather than trivially true: ŵ₂ plus a random rational
    /// perturbation of up to ±1/4 of ‖ŵ₂‖∞ per coordinate, halved until w separates (ŵ₂
    /// itself separates, so this ends). Separation is decided exactly.
    static func separatingPerturbation(of w2: [Rational], z: Matrix<Rational>,
                                       using rng: inout SeededGenerator) -> [Rational] {
        let scale = (w2.map(\.absoluteValue).max() ?? 1) / 4
        var delta = w2.map { _ in scale * Rational(rng.int(in: -8...8), 8) }
        for _ in 0..<64 {
            let w = zip(w2, delta).map { $0 + $1 }
            if (MaxMarginCertificate.margins(z, w).min() ?? .zero) > 0 { return w }
            delta = delta.map { $0 / 2 }
        }
        return w2
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let z = i.margins.z
        let l1 = try PolyhedralMaxMargin(z, l1: true)
        let gInf = i.margins.linf.margin, g1 = l1.margin, g2sq = i.margins.l2.marginSquared
        let v = MaxMarginCertificate.combination(z, i.lambda)
        let minMargin = MaxMarginCertificate.margins(z, i.w).min() ?? .zero
        let normSq = MaxMarginCertificate.l2Squared(i.w)
        // γ₂(w) ≤ γ₂ in squares: only meaningful when min zᵢ·w > 0 (otherwise γ₂(w) ≤ 0 < γ₂).
        let l2Primal = minMargin > 0 ? g2sq * normSq - minMargin * minMargin : g2sq
        let d = Rational(z.columns)
        let slacks: [Rational] = [
            gInf - (MaxMarginCertificate.polyhedralMargin(z, i.w, l1: false) ?? .zero),
            g1 - (MaxMarginCertificate.polyhedralMargin(z, i.w, l1: true) ?? .zero),
            l2Primal,
            MaxMarginCertificate.l1(v) - gInf,
            MaxMarginCertificate.lInfinity(v) - g1,
            MaxMarginCertificate.l2Squared(v) - g2sq,
            gInf * gInf - g2sq, d * g2sq - gInf * gInf,
            g2sq - g1 * g1, d * g1 * g1 - g2sq,
        ]
        return Measurement(minimumSlack: slacks.min()!, linfDualExcess: MaxMarginCertificate.l1(v) - gInf,
                           linfMinusL2Squared: gInf * gInf - g2sq)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("all ten inequalities hold: minimum slack ≥ 0, exactly", kind: .lowerBound, exact: true) { _, m in
            .exact(measured: m.minimumSlack, .atLeast, predicted: 0)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the drawn λ already attains the ℓ∞ margin: ‖Zᵀλ‖₁ ≤ γ∞", kind: .upperBound, exact: true) { _, m in
                .exact(measured: m.linfDualExcess, .atMost, predicted: 0)
            },
            Claim("the ℓ∞ margin never exceeds the ℓ2 margin: γ∞² ≤ γ₂²", kind: .upperBound, exact: true) { _, m in
                .exact(measured: m.linfMinusL2Squared, .atMost, predicted: 0)
            },
        ]
    }
}
