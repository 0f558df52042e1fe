import ExactMath
import FloatMath
import Optimizers

/// Large step sizes and the edge of stability: exact stable 2-cycles of GD on the scalar
/// two-layer net above 2/η (Song–Yun 2023), the mean-square stability operator of minibatch
/// SGD (Mulayoff–Michaeli 2024; Wu–Su 2023) and the relative progress of GD on quadratics
/// (Ahn–Zhang–Sra 2022) and the frozen 2-cycle of a sub-quadratic product loss, all decided in
/// rational arithmetic.
public enum LargeSteps {
    /// The family's theorems, in report order, run on the project's methods.
    public static let theorems: [any Theorem] = theorems()

    /// The family's theorems run on the given implementations (the project's, or a mutant).
    public static func theorems(scalarNet: ScalarFactorizationMethods = .project,
                                sgd: MinibatchSGDMaker = .project,
                                quadratic: QuadraticStepMaker = .project,
                                productLoss: QuarticProductLossMethods = .project,
                                radiusTests: RootRadiusTests = .verified) -> [any Theorem] {
        [
            GoldenCycleStability(methods: scalarNet, tests: radiusTests),
            BalancedLineMultipliers(methods: scalarNet),
            SGDMixtureIdentity(method: sgd),
            BatchSizeMonotonicity(method: sgd, tests: radiusTests),
            RankOneTraceCondition(method: sgd, tests: radiusTests),
            QuadraticRelativeProgress(method: quadratic, tests: radiusTests),
            QuarticFrozenCycle(methods: productLoss),
        ]
    }
}

extension Citation {
    /// M. Song, C. Yun, "Trajectory Alignment: Understanding the Edge of Stability Phenomenon
    /// via Bifurcation Theory", NeurIPS 2023, arXiv 2307.04204.
    public static let songYun2023 = Citation(
        authors: ["Minhak Song", "Chulhee Yun"],
        title: "Trajectory Alignment: Understanding the Edge of Stability Phenomenon via Bifurcation Theory",
        venue: "Advances in Neural Information Processing Systems 36 (NeurIPS)", year: 2023, arxiv: "2307.04204",
        bibtexKey: "song2023trajectory", entryType: "inproceedings")

    /// R. Mulayoff, T. Michaeli, "Exact Mean Square Linear Stability Analysis for SGD",
    /// COLT 2024, arXiv 2306.07850.
    public static let mulayoffMichaeli2024 = Citation(
        authors: ["Rotem Mulayoff", "Tomer Michaeli"],
        title: "Exact Mean Square Linear Stability Analysis for SGD",
        venue: "Conference on Learning Theory (COLT)", year: 2024, arxiv: "2306.07850",
        bibtexKey: "mulayoff2024exact", entryType: "inproceedings")

    /// L. Wu, W. J. Su, "The Implicit Regularization of Dynamical Stability in Stochastic
    /// Gradient Descent", ICML 2023, arXiv 2305.17490.
    public static let wuSu2023 = Citation(
        authors: ["Lei Wu", "Weijie J. Su"],
        title: "The Implicit Regularization of Dynamical Stability in Stochastic Gradient Descent",
        venue: "International Conference on Machine Learning (ICML)", year: 2023, arxiv: "2305.17490",
        bibtexKey: "wu2023implicit", entryType: "inproceedings")

    /// K. Ahn, J. Zhang, S. Sra, "Understanding the unstable convergence of gradient descent",
    /// ICML 2022, arXiv 2204.01050.
    public static let ahnZhangSra2022 = Citation(
        authors: ["Kwangjun Ahn", "Jingzhao Zhang", "Suvrit Sra"],
        title: "Understanding the unstable convergence of gradient descent",
        venue: "International Conference on Machine Learning (ICML)", year: 2022, arxiv: "2204.01050",
        bibtexKey: "ahn2022understanding", entryType: "inproceedings")
}

/// Exact helpers of the family.
enum LargeStepsAlgebra {
    /// A judgement on a list of exact checks: holds when none failed, otherwise refuted with
    /// the number of failures measured against 0 and the first failure in the certificate.
    static func tally(_ failures: [String], of total: Int, _ what: String) -> Judgement {
        Judgement(failures.isEmpty ? .holds : .refuted, predicted: .exact(0), measured: .exact(Rational(failures.count)),
                  relation: .equal, tolerance: .exact(0),
                  certificate: failures.first.map { "\(failures.count) of \(total) checks fail; first: \($0)" }
                      ?? "all \(total) checks hold exactly: \(what)")
    }

    /// A rational symmetric matrix with integer entries in −k…k.
    static func symmetric(_ d: Int, _ k: Int, using rng: inout SeededGenerator) -> Matrix<Rational> {
        var m = Matrix<Rational>.zero(rows: d, columns: d)
        for i in 0..<d {
            for j in i..<d {
                let v = Rational(rng.int(in: -k...k))
                m[i, j] = v
                m[j, i] = v
            }
        }
        return m
    }

    /// A random integer vector with entries in −k…k, not zero.
    static func nonzeroVector(_ d: Int, _ k: Int, using rng: inout SeededGenerator) -> Vector<Rational> {
        var v = (0..<d).map { _ in rng.int(in: -k...k) }
        if v.allSatisfy({ $0 == 0 }) { v[rng.int(in: 0...(d - 1))] = 1 }
        return Vector(v.map { Rational($0) })
    }

    /// aaᵀ.
    static func outer(_ a: Vector<Rational>) -> Matrix<Rational> {
        Matrix(rows: a.count, columns: a.count) { i, j in a[i] * a[j] }
    }

    /// The mean (1/n)ΣHᵢ.
    static func mean(_ hs: [Matrix<Rational>]) -> Matrix<Rational> {
        Rational(1, hs.count) * hs.dropFirst().reduce(hs[0], +)
    }

    /// Whether every leading principal minor is positive (Sylvester: positive definite).
    static func isPositiveDefinite(_ m: Matrix<Rational>) -> Bool {
        guard m.isSquare, m.isSymmetric else { return false }
        return (1...m.rows).allSatisfy { k in
            let idx = Array(0..<k)
            return (try? m.submatrix(rows: idx, columns: idx).determinant()).map { $0 > 0 } ?? false
        }
    }

    /// The GD and mixture operators of the mean-square identity, computed independently of any
    /// SGD implementation: T_GD = (I − ηH)⊗(I − ηH) and T_1 = (1/n)Σ(I − ηHᵢ)⊗(I − ηHᵢ).
    static func gdAndSingleSample(_ hs: [Matrix<Rational>], eta: Rational) -> (gd: Matrix<Rational>, single: Matrix<Rational>) {
        let d = hs[0].rows, id = Matrix<Rational>.identity(d)
        let g = id - eta * mean(hs)
        let products = hs.map { h in let a = id - eta * h; return a.kronecker(a) }
        let single = Rational(1, hs.count) * products.dropFirst().reduce(products[0], +)
        return (g.kronecker(g), single)
    }

    /// p = (n − B)/(B(n − 1)), the single-sample weight of the mixture (n ≥ 2).
    static func mixtureWeight(n: Int, batch: Int) -> Rational {
        Rational(n - batch, batch * (n - 1))
    }
}
