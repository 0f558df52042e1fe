import ExactMath
import FloatMath

/// The smallest pivot of the exact LDLᵀ of a symmetric matrix, or 0 when a zero pivot blocks the
/// factorization: positive iff the matrix is positive definite (Sylvester).
func smallestPivot(_ m: Matrix<Rational>) -> Rational {
    guard let f = try? m.ldlt() else { return .zero }
    return f.d.min() ?? .zero
}

/// The optimal preconditioner decreases strictly in the Loewner order as the label noise grows:
/// Γ*(σ₁²) − Γ*(σ₂²) ≻ 0 for σ₁² < σ₂² (Γ* = (A + σ²/n · Ω⁻¹)⁻¹ with A ≻ 0).
///
/// Metamorphic check of Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023), Theorem 1 in the project's
/// noisy generalization. Each Γ*(σ²) is the *measured* exact minimizer of the population loss. See
/// Proofs/ahn-cheng-daneshmand-sra-2023/preconditioner-noise-monotonicity.md.
public struct PreconditionerNoiseMonotonicity: Theorem {
    public struct Measurement: Sendable {
        /// (σ², measured exact minimizer) in increasing σ².
        public let minimizers: [(noise: Rational, gamma: Matrix<Rational>)]
    }

    public let id = "ahn-cheng-daneshmand-sra-2023/preconditioner-noise-monotonicity"
    public let family = Family.inContextLearning
    public let citation = Citation.ahnChengDaneshmandSra2023.at("Theorem 1 in the project's noisy generalization: monotonicity in σ²")
    public let provenance = Provenance.derived(
        "a consequence of the project's noisy generalization of Theorem 1 (Γ*(σ²) = (A + σ²/n · Ω⁻¹)⁻¹ with A ≻ 0 independent of σ²); the paper states no noise monotonicity")
    public let statement = "The optimal one-layer LSA preconditioner Γ*(σ²) is strictly decreasing in the label-noise variance in the Loewner order."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<InContextRegression>] { [InContextHypotheses.regression { $0 }] }

    public func instances(seed: UInt64, scale: Scale) throws -> [InContextRegression] {
        try TaskAndNoisePreconditioner(methods: methods).instances(seed: seed, scale: scale)
            .prefix(scale.pick(quick: 6, standard: 18, thorough: 48)).map { try $0.with(noise: .zero) }
    }

    public func summary(of p: InContextRegression) -> String { p.summary + ", σ² ∈ {0, 1/4, 1/2, 1, 3/2}" }

    public func parameters(of p: InContextRegression) -> [InstanceParameter] {
        InContextHypotheses.parameters(of: p).filter { $0.name != "σ²" }
            + [.text("σ² grid", InContextInstances.noiseLevels.map(\.description).joined(separator: ", "))]
    }

    public func measure(_ p: InContextRegression) throws -> Measurement {
        let list = try InContextInstances.noiseLevels.map { s -> (noise: Rational, gamma: Matrix<Rational>) in
            guard let g = ReducedOptimumMeasurement(try p.with(noise: s), moments: methods.moments).minimizer else {
                throw LinearAlgebraError.notPositiveDefinite(leadingMinor: 0)
            }
            return (s, g)
        }
        return Measurement(minimizers: list)
    }

    public var claim: Claim<InContextRegression, Measurement> {
        Claim("Γ*(σ₁²) − Γ*(σ₂²) ≻ 0 for consecutive σ₁² < σ₂² (smallest LDLᵀ pivot > 0)", kind: .lowerBound, exact: true) { _, m in
            let pivots = zip(m.minimizers, m.minimizers.dropFirst()).map { smallestPivot($0.gamma - $1.gamma) }
            return .exact(measured: pivots.min() ?? .zero, .above, predicted: .zero,
                          certificate: "exact LDLᵀ of \(pivots.count) consecutive differences")
        }
    }

    public var falseVariants: [Claim<InContextRegression, Measurement>] {
        [
            Claim("Γ* grows with the noise: Γ*(σ₂²) − Γ*(σ₁²) ⪰ 0 (smallest pivot ≥ 0)", kind: .lowerBound, exact: true) { _, m in
                let pivots = zip(m.minimizers, m.minimizers.dropFirst()).map { smallestPivot($1.gamma - $0.gamma) }
                return .exact(measured: pivots.min() ?? .zero, .atLeast, predicted: .zero)
            },
            Claim("the noise does not enter the preconditioner: Γ*(σ²) is the same for every σ² (max |entry difference| = 0)",
                  kind: .tight, exact: true) { _, m in
                let first = m.minimizers[0].gamma
                let diff = m.minimizers.dropFirst().flatMap { ($0.gamma - first).elements.map(\.absoluteValue) }.max() ?? .zero
                return .exact(measured: diff, .equal, predicted: .zero)
            },
        ]
    }
}

/// Γ* → Σ⁻¹ as n → ∞ with the exact first-order term: n(Γ*(n) − Σ⁻¹) = −Σ⁻¹ M Γ*(n) with
/// M = Σ + (tr(ΩΣ) + σ²) Ω⁻¹, and 0 ≺ Γ*(n) ⪯ Σ⁻¹, so n(Γ*(n) − Σ⁻¹) = −Σ⁻¹MΣ⁻¹ + O(1/n).
/// Metamorphic check of Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023), Theorem 1 (the "data inadequacy"
/// term vanishes as n grows), in the project's generalization; Γ*(n) is the measured exact
/// minimizer at each n. See Proofs/ahn-cheng-daneshmand-sra-2023/preconditioner-large-context-limit.md.
public struct PreconditionerLargeContextLimit: Theorem {
    public struct Measurement: Sendable {
        /// (n, measured exact minimizer).
        public let minimizers: [(n: Int, gamma: Matrix<Rational>)]
        /// Σ⁻¹.
        public let inverseCovariance: Matrix<Rational>
    }

    public let id = "ahn-cheng-daneshmand-sra-2023/preconditioner-large-context-limit"
    public let family = Family.inContextLearning
    public let citation = Citation.ahnChengDaneshmandSra2023.at("Theorem 1 in the project's generalization: the n → ∞ limit")
    public let provenance = Provenance.derived(
        "the project's identity for the generalized Γ*; the paper's prose says the data-inadequacy term acts as a regularizer that fades as n grows, without this first-order term")
    public let statement = "n(Γ*(n) − Σ⁻¹) = −Σ⁻¹(Σ + (tr(ΩΣ)+σ²)Ω⁻¹)Γ*(n) exactly with 0 ≺ Γ*(n) ⪯ Σ⁻¹, so Γ* → Σ⁻¹ with first-order term −Σ⁻¹(Σ + (tr(ΩΣ)+σ²)Ω⁻¹)Σ⁻¹/n."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<InContextRegression>] { [InContextHypotheses.regression { $0 }] }

    public func instances(seed: UInt64, scale: Scale) throws -> [InContextRegression] {
        Array(try TaskAndNoisePreconditioner(methods: methods).instances(seed: seed &+ 1, scale: scale)
            .prefix(scale.pick(quick: 6, standard: 18, thorough: 48)))
    }

    public func parameters(of p: InContextRegression) -> [InstanceParameter] {
        InContextHypotheses.parameters(of: p).filter { $0.name != "n" }
            + [.text("n grid", Self.lengths(p).map(String.init).joined(separator: ", "))]
    }

    public func summary(of p: InContextRegression) -> String {
        "d=\(p.dimension), σ²=\(p.noise), n ∈ {\(Self.lengths(p).map(String.init).joined(separator: ", "))}, Σ=\(InContextRegression.render(p.covariance))"
    }

    static func lengths(_ p: InContextRegression) -> [Int] {
        [p.contextLength, 10 * p.contextLength, 1000 * p.contextLength, 1_000_000 * p.contextLength]
    }

    public func measure(_ p: InContextRegression) throws -> Measurement {
        let list = try Self.lengths(p).map { n -> (n: Int, gamma: Matrix<Rational>) in
            guard let g = ReducedOptimumMeasurement(try p.with(contextLength: n), moments: methods.moments).minimizer else {
                throw LinearAlgebraError.notPositiveDefinite(leadingMinor: 0)
            }
            return (n, g)
        }
        return Measurement(minimizers: list, inverseCovariance: try p.covariance.inverse())
    }

    /// Checks n(Γ*(n) − Σ⁻¹) = −Σ⁻¹ M Γ*(n) at every measured n and the sandwich 0 ≺ Γ* ⪯ Σ⁻¹.
    static func judge(_ p: InContextRegression, _ m: Measurement, firstOrder: Matrix<Rational>) -> Judgement {
        var worst = Rational.zero
        for (n, gamma) in m.minimizers {
            let lhs = Rational(n) * (gamma - m.inverseCovariance)
            let rhs = -(m.inverseCovariance * firstOrder * gamma)
            worst = max(worst, (lhs - rhs).elements.map(\.absoluteValue).max() ?? .zero)
            guard gamma.isPositiveDefinite, (m.inverseCovariance - gamma).isPositiveSemidefinite else {
                return Judgement(.refuted, reason: "the sandwich 0 ≺ Γ*(\(n)) ⪯ Σ⁻¹ fails")
            }
        }
        return .exact(measured: worst, .equal, predicted: .zero,
                      certificate: "identity exact at n ∈ \(m.minimizers.map(\.n)); 0 ≺ Γ*(n) ⪯ Σ⁻¹ by exact LDLᵀ")
    }

    public var claim: Claim<InContextRegression, Measurement> {
        Claim("max |n(Γ*(n) − Σ⁻¹) + Σ⁻¹(Σ + (tr(ΩΣ)+σ²)Ω⁻¹)Γ*(n)| = 0 and 0 ≺ Γ*(n) ⪯ Σ⁻¹ at every n", kind: .tight, exact: true) { p, m in
            Self.judge(p, m, firstOrder: p.covariance + (p.signalVariance + p.noise) * p.taskPrecision)
        }
    }

    public var falseVariants: [Claim<InContextRegression, Measurement>] {
        [
            Claim("the first-order term omits the (n+1)/n correction: M = (tr(ΩΣ)+σ²)Ω⁻¹", kind: .tight, exact: true) { p, m in
                Self.judge(p, m, firstOrder: (p.signalVariance + p.noise) * p.taskPrecision)
            },
            Claim("the first-order term ignores task covariance and noise: M = Σ", kind: .tight, exact: true) { p, m in
                Self.judge(p, m, firstOrder: p.covariance)
            },
        ]
    }
}
