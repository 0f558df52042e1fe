import ExactMath
import FloatMath
import Optimizers

/// The commuting positive control of the matrix AM–GM open problem (Yun–Sra–Jadbabaie,
/// COLT 2021): when the Aᵢ commute, W_SS = W_RS exactly and ‖W_RS‖₂ ≤ ‖W_GD‖₂ (scalar
/// AM–GM on the joint eigenvalues) [DERIVED]. Decided exactly: the matrices are equal as
/// rationals, and each norm s is certified by exact LDLᵀ (s²I − W² ⪰ 0 and not ≻ 0, so s
/// is the largest |eigenvalue| of the symmetric W). See
/// Proofs/yun-sra-jadbabaie-2021/commuting-control.md.
public struct CommutingAMGMControl: Theorem {
    /// Aᵢ = Q·diag(dᵢ)·Qᵀ with one rational orthogonal Q and dᵢ ∈ [1 − η, 1]^d.
    public struct Instance: Sendable {
        public let q: Matrix<Rational>
        public let diagonals: [[Rational]]
        public let eta: Rational
        public let epochs: Int
        public var matrices: [Matrix<Rational>] { diagonals.map { q * .diagonal($0) * q.transposed } }
    }

    public struct Measurement: Sendable {
        public let w: MatrixProductAverages<Rational>
        /// Norms predicted from the construction, then certified against the matrices.
        public let normSS: Rational
        public let normRS: Rational
        public let normGD: Rational
        /// nil when all three certifications succeed, else what failed.
        public let certificationFailure: String?
    }

    public let id = "yun-sra-jadbabaie-2021/commuting-control"
    public let family = Family.shuffling
    public let citation = Citation.yunSraJadbabaie2021.at("open problem, commuting special case [DERIVED]")
    public let statement = "If the Aᵢ commute and (1−η)I ⪯ Aᵢ ⪯ I, then W_SS = W_RS exactly and ‖W_RS‖₂ ≤ ‖W_GD‖₂."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("the Aᵢ commute pairwise and (1−η)I ⪯ Aᵢ ⪯ I (exact)") { i in
                let a = i.matrices, d = i.q.rows, id = Matrix<Rational>.identity(d)
                guard i.q * i.q.transposed == id else { return "Q is not orthogonal" }
                for x in a { for y in a where !((x * y).elements == (y * x).elements) { return "two Aᵢ do not commute" } }
                for x in a {
                    guard (x - (1 - i.eta) * id).isPositiveSemidefinite, (id - x).isPositiveSemidefinite else { return "Aᵢ outside [(1−η)I, I]" }
                }
                return nil
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let count = scale.pick(quick: 5, standard: 14, thorough: 36)
        let maxN = scale.pick(quick: 4, standard: 5, thorough: 5)
        let etas = [Rational(1, 10), Rational(3, 10), Rational(7, 10)]
        return (0..<count).map { i in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(i))
            let d = rng.int(in: 2...3), n = rng.int(in: 2...maxN)
            let eta = etas[i % 3]
            let q = RationalOrthogonal.random(dimension: d, reflections: 1, bound: 2, using: &rng)
            let diagonals = (0..<n).map { _ in (0..<d).map { _ in 1 - eta * Rational(rng.int(in: 0...4), 4) } }
            return Instance(q: q, diagonals: diagonals, eta: eta, epochs: rng.int(in: 1...3))
        }
    }

    public func summary(of i: Instance) -> String {
        "n=\(i.diagonals.count), d=\(i.q.rows), η=\(i.eta), K=\(i.epochs), spectra \(i.diagonals.map { "(\($0.map(\.description).joined(separator: ",")))" }.joined(separator: " "))"
    }

    /// Certifies that s = ‖W‖₂ for symmetric W: s²I − W² ⪰ 0 and not positive definite.
    static func certifyNorm(_ w: Matrix<Rational>, _ s: Rational) -> Bool {
        guard w.isSymmetric else { return false }
        let m = s * s * Matrix<Rational>.identity(w.rows) - w * w
        return m.isPositiveSemidefinite && !m.isPositiveDefinite
    }

    public func measure(_ i: Instance) -> Measurement {
        let n = i.diagonals.count, d = i.q.rows, k = i.epochs
        let w = MatrixProductAverages(i.matrices, epochs: k)
        // Joint eigenvalues: P_σ has Πᵢ dᵢⱼ for every σ (commuting), Ā has the means.
        let products = (0..<d).map { j in i.diagonals.reduce(Rational.one) { $0 * $1[j] } }
        let means = (0..<d).map { j in Rational.sum(i.diagonals.map { $0[j] }) / Rational(n) }
        let normRS = products.map { $0.power(k).absoluteValue }.max() ?? 0
        let normGD = means.map { $0.power(n * k).absoluteValue }.max() ?? 0
        var failure: String? = nil
        if !Self.certifyNorm(w.reshuffle, normRS) { failure = "‖W_RS‖ ≠ \(normRS)" }
        if !Self.certifyNorm(w.singleShuffle, normRS) { failure = "‖W_SS‖ ≠ \(normRS)" }
        if !Self.certifyNorm(w.gradientDescent, normGD) { failure = "‖W_GD‖ ≠ \(normGD)" }
        return Measurement(w: w, normSS: normRS, normRS: normRS, normGD: normGD, certificationFailure: failure)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("W_SS = W_RS entrywise and ‖W_RS‖₂ ≤ ‖W_GD‖₂, exactly", kind: .upperBound, exact: true) { _, m in
            if let f = m.certificationFailure { return .inconclusive("norm certification failed: \(f)") }
            let gap = (m.w.singleShuffle - m.w.reshuffle).elements.map(\.absoluteValue).max() ?? 0
            return JudgementConjunction.all([
                ("max|W_SS − W_RS|", .exact(measured: gap, .equal, predicted: 0)),
                ("‖W_RS‖ ≤ ‖W_GD‖ (norms certified by LDLᵀ)", .exact(measured: m.normRS, .atMost, predicted: m.normGD)),
            ])
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("single shuffle is strictly better: ‖W_SS‖₂ < ‖W_RS‖₂", kind: .upperBound, exact: true) { _, m in
                .exact(measured: m.normSS, .below, predicted: m.normRS)
            },
            Claim("GD is no worse than reshuffling (N6): ‖W_GD‖₂ ≤ ‖W_RS‖₂", kind: .upperBound, exact: true) { _, m in
                .exact(measured: m.normGD, .atMost, predicted: m.normRS)
            },
        ]
    }
}
