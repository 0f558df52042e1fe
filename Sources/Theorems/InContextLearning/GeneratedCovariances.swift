import ExactMath
import FloatMath

/// The family's instance generators meet the hypotheses of the theorems they feed by construction:
/// every covariance Σ = LLᵀ/q² + δI drawn (L lower triangular with nonzero diagonal) is symmetric
/// positive definite, and every spectral draw Σ = U diag(λ) Uᵀ has U orthogonal and exactly the stated
/// spectrum λᵢ = p/q within the stated ranges (κ(Σ) ≤ 4 for the training draws, λ ∈ [1/2, 2]).
///
/// A check of the project's generators (a component under test, like a trainer): the theorems
/// re-draw any instance outside their hypotheses, so a drifting generator would only cost draws
/// there; here it is refuted. The hypotheses are those of Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023,
/// §2–3: Σ = U diag(λ) Uᵀ ≻ 0) and Mahankali–Hashimoto–Ma (ICLR 2024). Decided exactly.
/// See Proofs/ahn-cheng-daneshmand-sra-2023/generated-covariances-meet-hypotheses.md.
public struct GeneratedCovariancesMeetHypotheses: Theorem {
    /// Which generator a draw exercises.
    public enum Kind: String, Sendable, CaseIterable {
        /// LLᵀ/q² + δI (exact and metamorphic theorems).
        case general
        /// U diag(p/q) Uᵀ, p ∈ 1…8, q ∈ 1…4 (`single-layer-optimum`).
        case spectral
        /// U diag(p/4) Uᵀ, p ∈ 2…8 (`sparse-training-reaches-optimum`).
        case training

        var numerators: ClosedRange<Int> { self == .training ? 2...8 : 1...8 }
        var denominators: ClosedRange<Int> { self == .training ? 4...4 : 1...4 }
    }

    public struct Instance: Sendable {
        public let kind: Kind
        public let dimension: Int
        public let seed: UInt64
    }

    public struct Measurement: Sendable {
        public let covariance: Matrix<Rational>
        /// The spectral draw's (λ, U), nil for the general generator.
        public let spectrum: SpectralCovariance?
    }

    public let id = "ahn-cheng-daneshmand-sra-2023/generated-covariances-meet-hypotheses"
    public let family = Family.inContextLearning
    public let citation = Citation.ahnChengDaneshmandSra2023.at("the hypotheses of §2–3 (Σ = U diag(λ) Uᵀ positive definite)")
    public let provenance = Provenance.derived(
        "the project's lemma about its own generators (LLᵀ with L invertible is positive definite; a product of Householder reflections is orthogonal); the paper supplies the hypotheses")
    public let statement = "Every covariance the family's generators draw is symmetric positive definite (exact LDLᵀ), and every spectral draw U diag(λ) Uᵀ has U orthogonal and its eigenvalues in the stated range."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let perKind = scale.pick(quick: 12, standard: 30, thorough: 80)
        return Kind.allCases.flatMap { kind in
            (0..<perKind).map { k in
                var rng = SeededGenerator.stream(seed: seed, index: UInt64(k))
                return Instance(kind: kind, dimension: 1 + k % 6, seed: rng.next())
            }
        }
    }

    public func summary(of i: Instance) -> String { "\(i.kind.rawValue) generator, d=\(i.dimension), stream \(i.seed)" }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.text("generator", i.kind.rawValue), .int("d", i.dimension), .text("stream", String(i.seed))]
    }

    public func measure(_ i: Instance) -> Measurement {
        var rng = SeededGenerator(seed: i.seed)
        switch i.kind {
        case .general:
            return Measurement(covariance: methods.instances.covariance(dimension: i.dimension, using: &rng), spectrum: nil)
        case .spectral, .training:
            let s = methods.instances.spectralCovariance(dimension: i.dimension, numerators: i.kind.numerators,
                                                         denominators: i.kind.denominators, using: &rng)
            return Measurement(covariance: s.covariance, spectrum: s)
        }
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("Σ ≻ 0 (smallest exact LDLᵀ pivot > 0); for spectral draws U Uᵀ = I, Σ = U diag(λ) Uᵀ and every λᵢ in the stated range",
              kind: .lowerBound, exact: true) { i, m in
            let sigma = m.covariance
            guard sigma.isSymmetric else { return Judgement(.refuted, reason: "Σ is not symmetric") }
            if let s = m.spectrum {
                let d = i.dimension
                guard s.eigenvectors * s.eigenvectors.transposed == .identity(d) else { return Judgement(.refuted, reason: "U Uᵀ ≠ I") }
                guard s.eigenvectors * .diagonal(s.eigenvalues) * s.eigenvectors.transposed == sigma else {
                    return Judgement(.refuted, reason: "Σ ≠ U diag(λ) Uᵀ")
                }
                let low = Rational(i.kind.numerators.lowerBound, i.kind.denominators.upperBound)
                let high = Rational(i.kind.numerators.upperBound, i.kind.denominators.lowerBound)
                guard s.eigenvalues.allSatisfy({ $0 >= low && $0 <= high }) else {
                    return Judgement(.refuted, reason: "an eigenvalue outside [\(low), \(high)]: \(s.eigenvalues)")
                }
            }
            return .exact(measured: smallestPivot(sigma), .above, predicted: .zero,
                          certificate: "exact LDLᵀ of Σ\(m.spectrum == nil ? "" : "; U Uᵀ = I and Σ = U diag(λ) Uᵀ exactly")")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the shift δ = ½ is always applied: Σ ⪰ ½ I for every draw", kind: .lowerBound, exact: true) { _, m in
                .exact(measured: smallestPivot(m.covariance - Rational(1, 2) * .identity(m.covariance.rows)), .atLeast, predicted: .zero)
            },
            Claim("every spectral draw has κ(Σ) ≤ 4 (the training restriction holds for every generator)", kind: .upperBound, exact: true) { i, m in
                guard let s = m.spectrum, let low = s.eigenvalues.min(), let high = s.eigenvalues.max(), low.signum > 0 else {
                    return .inapplicable("not a spectral draw")
                }
                return .exact(measured: high / low, .atMost, predicted: 4)
            },
        ]
    }
}
