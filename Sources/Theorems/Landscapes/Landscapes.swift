import ExactMath
import FloatMath
import Optimizers

/// Loss landscapes and implicit regularization of regression: the global-optimality test of deep
/// linear networks (Yun–Sra–Jadbabaie 2018) and mirror descent's Bregman-closest interpolant
/// (Sun–Gatmiry–Ahn–Azizan 2023).
public enum Landscapes {
    /// The family's theorems, in report order, run on the project's methods.
    public static let theorems: [any Theorem] = theorems()

    /// The family's theorems run on the given implementations (the project's, or a mutant).
    public static func theorems(deepLinear: DeepLinearMethods = .project,
                                mirrorDescent: MirrorDescentRegressionMaker = .project,
                                diagonal: DiagonalRegressionMaker = .project,
                                gradientDescent: ClassicalMethods = .project) -> [any Theorem] {
        [
            DeepLinearGlobalOptimalityTest(methods: deepLinear),
            MirrorDescentBregmanInterpolant(method: mirrorDescent),
            DiagonalQAlphaLimit(method: diagonal),
            GradientDescentRegressionLimit(methods: gradientDescent),
        ]
    }
}

extension Citation {
    /// C. Yun, S. Sra, A. Jadbabaie, "Global optimality conditions for deep neural networks",
    /// ICLR 2018, arXiv 1707.02444.
    public static let yunSraJadbabaie2018 = Citation(
        authors: ["Chulhee Yun", "Suvrit Sra", "Ali Jadbabaie"],
        title: "Global optimality conditions for deep neural networks",
        venue: "International Conference on Learning Representations (ICLR)", year: 2018, arxiv: "1707.02444",
        bibtexKey: "yun2018global", entryType: "inproceedings")

    /// H. Sun, K. Gatmiry, K. Ahn, N. Azizan, "A Unified Approach to Controlling Implicit
    /// Regularization via Mirror Descent", JMLR 24, 2023, arXiv 2306.13853.
    public static let sunGatmiryAhnAzizan2023 = Citation(
        authors: ["Haoyuan Sun", "Khashayar Gatmiry", "Kwangjun Ahn", "Navid Azizan"],
        title: "A Unified Approach to Controlling Implicit Regularization via Mirror Descent",
        venue: "Journal of Machine Learning Research", year: 2023, arxiv: "2306.13853",
        bibtexKey: "sun2023unified", entryType: "article", volume: "24")
}

/// Exact helpers of the family.
enum LandscapeAlgebra {
    /// A rational orthogonal matrix by the Cayley transform U = (I − S)(I + S)⁻¹ of a skew S
    /// (I + S is invertible for every real skew S: its eigenvalues are 1 + iθ).
    static func cayley(_ d: Int, using rng: inout SeededGenerator) throws -> Matrix<Rational> {
        var s = Matrix<Rational>.zero(rows: d, columns: d)
        for i in 0..<d {
            for j in (i + 1)..<d {
                let v = Rational(rng.int(in: -3...3), 2)
                s[i, j] = v
                s[j, i] = -v
            }
        }
        let id = Matrix<Rational>.identity(d)
        return (id - s) * (try (id + s).inverse())
    }

    /// Whether every root of `low` is below every root of `high` (both real-rooted, their roots
    /// pairwise distinct), decided by Sturm counts: the largest root of `low` and the smallest of
    /// `high` are bisected inside the Cauchy bound until their brackets separate.
    static func rootsBelow(_ low: Polynomial, _ high: Polynomial) throws -> Bool {
        if low.degree < 1 || high.degree < 1 { return true }
        let sLow = try SturmSequence(low), sHigh = try SturmSequence(high)
        func cauchy(_ p: Polynomial) -> Rational {
            1 + (0..<p.degree).map { (p[$0] / p.leadingCoefficient).absoluteValue }.max()!
        }
        let c = max(cauchy(low), cauchy(high))
        // max root of low in (l2, u2], none above u2; min root of high in (l1, u1], none at or below l1.
        var l1 = -c, u1 = c, l2 = -c, u2 = c
        for _ in 0..<400 {
            if u2 <= l1 { return true }
            if u1 <= l2 { return false }
            let m1 = (l1 + u1) / 2
            if sHigh.countDistinctRealRoots(above: -c, atMost: m1) >= 1 { u1 = m1 } else { l1 = m1 }
            let m2 = (l2 + u2) / 2
            if sLow.countDistinctRealRoots(above: m2, atMost: c) >= 1 { l2 = m2 } else { u2 = m2 }
        }
        throw LandscapeError.undecided("the root brackets did not separate (a shared root?)")
    }
}

enum LandscapeError: Error, CustomStringConvertible {
    case undecided(String)
    var description: String {
        switch self { case .undecided(let s): s }
    }
}
