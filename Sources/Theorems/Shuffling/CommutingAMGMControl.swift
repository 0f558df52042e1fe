import ExactMath
import FloatMath
import Optimizers

/// The commuting positive control of the matrix AM–GM open problem (Yun–Sra–Jadbabaie,
/// COLT 2021): when the Aᵢ commute, W_SS = W_RS exactly and ‖W_RS‖₂ ≤ ‖W_GD‖₂ (scalar
/// AM–GM on the joint eigenvalues), strictly when no coordinate has equal entries across the
/// Aᵢ. Decided exactly on the averages of the method under test: each norm is measured from its
/// own matrix — W is conjugated by the instance's rational orthogonal Q, QᵀWQ is verified to be
/// diagonal, and ‖W‖₂ = maxⱼ|(QᵀWQ)ⱼⱼ| — and re-certified by exact LDLᵀ (s²I − W² ⪰ 0 and
/// not ≻ 0). See Proofs/yun-sra-jadbabaie-2021/commuting-control.md.
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
        /// ‖W‖₂ of each average, measured from that matrix alone (nil: QᵀWQ is not diagonal).
        public let normSS: Rational?
        public let normRS: Rational?
        public let normGD: Rational?
        /// nil when every measured norm is re-certified by LDLᵀ, else what failed.
        public let certificationFailure: String?
    }

    public let id = "yun-sra-jadbabaie-2021/commuting-control"
    public let family = Family.shuffling
    public let citation = Citation.yunSraJadbabaie2021.at("open problem, commuting special case")
    public let provenance = Provenance.derived("the commuting case is the project's observation (Proofs/yun-sra-jadbabaie-2021/commuting-control.md); the definitions of W_SS, W_RS, W_GD and the conjecture are the open problem's (PMLR 134 abstract and published restatements)")
    public let statement = "If the Aᵢ commute and (1−η)I ⪯ Aᵢ ⪯ I, then W_SS = W_RS exactly and ‖W_RS‖₂ ≤ ‖W_GD‖₂, strictly when every coordinate varies across the Aᵢ."

    public let methods: any ShufflingMethods

    public init(methods: any ShufflingMethods = .project) {
        self.methods = methods
    }

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

    /// Draws through ``InstanceSearch``. The second matrix's spectrum differs from the first's on
    /// every coordinate by construction, so no coordinate is equal across all Aᵢ (where AM–GM
    /// would be an equality and the strict part of the claim would say nothing); the gate
    /// re-checks it.
    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 5, standard: 14, thorough: 36)
        let maxN = scale.pick(quick: 4, standard: 5, thorough: 5)
        let etas = [Rational(1, 10), Rational(3, 10), Rational(7, 10)]
        return try InstanceSearch.draw(count: count, maxAttempts: 4 * count, minimumAcceptance: 0.5, hypotheses: hypotheses) { i in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(i))
            let d = rng.int(in: 2...3), n = rng.int(in: 2...maxN)
            let eta = etas[i % 3]
            let q = RationalOrthogonal.random(dimension: d, reflections: 1, bound: 2, using: &rng)
            // t-levels in {0, …, 4}; the second matrix differs from the first on every coordinate.
            var levels = (0..<n).map { _ in (0..<d).map { _ in rng.int(in: 0...4) } }
            for j in 0..<d { levels[1][j] = (levels[0][j] + rng.int(in: 1...4)) % 5 }
            let diagonals = levels.map { row in row.map { 1 - eta * Rational($0, 4) } }
            let constant = (0..<d).contains { j in diagonals.allSatisfy { $0[j] == diagonals[0][j] } }
            return constant ? .reject("a coordinate equal across all Aᵢ (AM–GM is an equality there)")
                            : .accept(Instance(q: q, diagonals: diagonals, eta: eta, epochs: rng.int(in: 1...3)))
        }
    }

    public func summary(of i: Instance) -> String {
        "n=\(i.diagonals.count), d=\(i.q.rows), η=\(i.eta), K=\(i.epochs), spectra \(i.diagonals.map { "(\($0.map(\.description).joined(separator: ",")))" }.joined(separator: " "))"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("n", i.diagonals.count), .int("d", i.q.rows), .exact("η", i.eta), .int("K", i.epochs), .text("schemes", "ss, rr, gd")]
    }

    /// ‖W‖₂ from W alone: QᵀWQ must be diagonal (the Aᵢ are diagonal in Q), and then the norm of
    /// the symmetric W is the largest |diagonal entry|; nil when QᵀWQ is not diagonal.
    static func measuredNorm(_ w: Matrix<Rational>, q: Matrix<Rational>) -> Rational? {
        let c = q.transposed * w * q
        for r in 0..<c.rows { for s in 0..<c.columns where r != s && !c[r, s].isZero { return nil } }
        return (0..<c.rows).map { c[$0, $0].absoluteValue }.max()
    }

    /// Certifies that s = ‖W‖₂ for symmetric W: s²I − W² ⪰ 0 and not positive definite.
    static func certifyNorm(_ w: Matrix<Rational>, _ s: Rational) -> Bool {
        guard w.isSymmetric else { return false }
        let m = s * s * Matrix<Rational>.identity(w.rows) - w * w
        return m.isPositiveSemidefinite && !m.isPositiveDefinite
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let w = try methods.matrixProductAverages(i.matrices, epochs: i.epochs)
        let ss = Self.measuredNorm(w.singleShuffle, q: i.q)
        let rs = Self.measuredNorm(w.reshuffle, q: i.q)
        let gd = Self.measuredNorm(w.gradientDescent, q: i.q)
        var failure: String? = nil
        for (name, m, s) in [("W_SS", w.singleShuffle, ss), ("W_RS", w.reshuffle, rs), ("W_GD", w.gradientDescent, gd)] {
            guard let s else { failure = "Qᵀ\(name)Q is not diagonal"; break }
            if !Self.certifyNorm(m, s) { failure = "‖\(name)‖₂ ≠ \(s) by LDLᵀ"; break }
        }
        return Measurement(w: w, normSS: ss, normRS: rs, normGD: gd, certificationFailure: failure)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("W_SS = W_RS entrywise and ‖W_RS‖₂ < ‖W_GD‖₂, exactly (norms measured independently and certified)", kind: .upperBound, exact: true) { _, m in
            if let f = m.certificationFailure { return .inconclusive("norm measurement failed: \(f)") }
            guard let rs = m.normRS, let gd = m.normGD else { return .inconclusive("missing norm") }
            let gap = (m.w.singleShuffle - m.w.reshuffle).elements.map(\.absoluteValue).max() ?? 0
            return JudgementConjunction.all([
                ("max|W_SS − W_RS|", .exact(measured: gap, .equal, predicted: 0)),
                ("‖W_RS‖ < ‖W_GD‖", .exact(measured: rs, .below, predicted: gd)),
            ])
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("single shuffle is strictly better: ‖W_SS‖₂ < ‖W_RS‖₂", kind: .upperBound, exact: true) { _, m in
                guard let ss = m.normSS, let rs = m.normRS else { return .inconclusive("norm not measured") }
                return .exact(measured: ss, .below, predicted: rs)
            },
            Claim("GD is no worse than reshuffling: ‖W_GD‖₂ ≤ ‖W_RS‖₂", kind: .upperBound, exact: true) { _, m in
                guard let gd = m.normGD, let rs = m.normRS else { return .inconclusive("norm not measured") }
                return .exact(measured: gd, .atMost, predicted: rs)
            },
        ]
    }
}
