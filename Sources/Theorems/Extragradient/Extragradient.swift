import ExactMath
import FloatMath
import Optimizers

/// Shuffling-based stochastic extragradient with flip-flop and anchoring (SEG-FFA) against
/// SEG-RR, SEG-FF and SEG-US on quadratic finite-sum games (Chae–Yun–Kim, NeurIPS 2024).
public enum ExtragradientFamily {
    /// The family's theorems, in report order, run on the project's methods.
    public static let theorems: [any Theorem] = theorems()

    /// The family's theorems run on `methods` (the project's ``SEGMethods/project``, a mutant or
    /// a researcher's own implementations) with `radiusTests` deciding the spectral claims.
    public static func theorems(using methods: SEGMethods = .project, radiusTests: RootRadiusTests = .verified) -> [any Theorem] {
        [
            FFASecondOrderMatching(methods: methods),
            FFAMeanSquareSeparation(methods: methods, tests: radiusTests),
            SEGMeanSquareCoefficients(methods: methods, tests: radiusTests),
            FFAStationaryBias(methods: methods, tests: radiusTests),
            FFHalfExtrapolationRK2(),
        ]
    }
}

extension Citation {
    /// H. Chae, C. Yun, D. Kim (listed as on the OpenReview page OJxua0PAIo), "Stochastic
    /// Extragradient with Flip-Flop Shuffling & Anchoring: Provable Improvements", NeurIPS 2024,
    /// arXiv 2501.00511.
    public static let chaeYunKim2024 = Citation(
        authors: ["Jiseok Chae", "Chulhee Yun", "Donghwan Kim"],
        title: "Stochastic Extragradient with Flip-Flop Shuffling & Anchoring: Provable Improvements",
        venue: "Advances in Neural Information Processing Systems 37 (NeurIPS)", year: 2024, arxiv: "2501.00511",
        bibtexKey: "chae2024stochastic", entryType: "inproceedings", url: "https://openreview.net/forum?id=OJxua0PAIo")
}

/// A rational finite-sum affine operator F(z) = (1/n)Σ(Mᵢz − bᵢ) with d = 2, drawn as in the
/// monotone experiment of the authors' code: Mᵢ = Sᵢ + bᵢJ with symmetric Sᵢ summing to zero
/// (so the mean operator M̄ = λ'J is skew: convex–concave, bilinear in the mean) and indefinite
/// components.
public struct SEGGame: Sendable {
    public let problem: FiniteSumAffineOperator<Rational>
    /// The skew coefficient of the mean, M̄ = λ'J, λ = |λ'|.
    public let meanSkew: Rational
    /// L = maxᵢ max(‖Mᵢ‖₁, ‖Mᵢ‖∞) ≥ maxᵢ ‖Mᵢ‖₂, rational.
    public let scale: Rational

    public var n: Int { problem.count }
    public var d: Int { problem.dimension }

    /// tr ΣMᵢ².
    public var traceSumOfSquares: Rational { problem.matrices.map { ($0 * $0).trace }.reduce(0, +) }
    /// Σ tr Sᵢ² (symmetric parts).
    public var traceSumOfSymmetricSquares: Rational {
        problem.matrices.map { m in let s = Rational(1, 2) * (m + m.transposed); return (s * s).trace }.reduce(0, +)
    }
    /// Σ tr Kᵢ² (skew parts, ≤ 0).
    public var traceSumOfSkewSquares: Rational {
        problem.matrices.map { m in let k = Rational(1, 2) * (m - m.transposed); return (k * k).trace }.reduce(0, +)
    }

    public var summary: String { "n=\(n), d=\(d), M̄=\(meanSkew)·J, L=\(scale), tr ΣMᵢ²=\(traceSumOfSquares)" }
    public var parameters: [InstanceParameter] {
        [.int("n", n), .int("d", d), .exact("mean_skew", meanSkew), .exact("L", scale), .exact("trace_sum_Mi2", traceSumOfSquares)]
    }

    static let j = Matrix<Rational>([[0, 1], [-1, 0]])

    /// A draw: Sᵢ symmetric with integer entries in −3…3 for i < n and Sₙ = −ΣSᵢ; skew
    /// coefficients bᵢ ∈ −3…3 with nonzero sum; offsets with entries in ±{0,…,4}/2.
    public static func random(n: Int, using rng: inout SeededGenerator) throws(LinearAlgebraError) -> SEGGame {
        var s: [Matrix<Rational>] = []
        for _ in 0..<(n - 1) {
            let o = Rational(rng.int(in: -3...3))
            s.append(Matrix([[Rational(rng.int(in: -3...3)), o], [o, Rational(rng.int(in: -3...3))]]))
        }
        s.append(-s.dropFirst().reduce(s[0], +))
        var skew = (0..<n).map { _ in Rational(rng.int(in: -3...3)) }
        if skew.reduce(0, +) == 0 { skew[rng.int(in: 0...(n - 1))] += 1 }
        let ms = (0..<n).map { s[$0] + skew[$0] * j }
        let offsets = (0..<n).map { _ in Vector([Rational(rng.int(in: -4...4), 2), Rational(rng.int(in: -4...4), 2)]) }
        let scale = ms.map { m in
            max((0..<2).map { i in (0..<2).map { m[i, $0].absoluteValue }.reduce(0, +) }.max()!,
                (0..<2).map { c in (0..<2).map { m[$0, c].absoluteValue }.reduce(0, +) }.max()!)
        }.max()!
        return SEGGame(problem: try FiniteSumAffineOperator(matrices: ms, offsets: offsets),
                       meanSkew: skew.reduce(0, +) / Rational(n), scale: scale)
    }

    /// Hypotheses of the mean-square theorems, decided exactly.
    static func meanSkewViolation(_ g: SEGGame) -> String? {
        let m = g.problem.meanMatrix
        guard m + m.transposed == .zero(rows: g.d, columns: g.d) else { return "M̄ is not skew" }
        guard m == g.meanSkew * j, g.meanSkew != 0 else { return "M̄ = 0 or not λ'J" }
        return nil
    }
}

/// ρ(𝒦) inside the open window (lo, hi), decided exactly: ρ ≤ lo is false (closed-disk test)
/// and ρ < hi (Schur–Cohn).
enum RadiusWindow {
    static func judge(_ e: SpectralRadiusEvidence, lo: Rational, hi: Rational, what: String) -> Judgement {
        guard let atMostLo = e.isAtMost(lo), let belowHi = e.isBelow(hi) else {
            return .inconclusive("a spectral certificate failed verification")
        }
        let cert = "\(what): closed-disk test at \(lo): \(atMostLo ? "all roots inside" : "some root outside"); Schur–Cohn at \(hi): \(belowHi ? "all roots inside" : "some root outside")"
        return Judgement(!atMostLo && belowHi ? .holds : .refuted, predicted: .exact((lo + hi) / 2),
                         measured: e.reportBracket.map { .exact($0.upper) }, relation: .equal, tolerance: .exact((hi - lo) / 2),
                         certificate: cert)
    }
}
