import ExactMath
import FloatMath
import Optimizers

/// Sharpness-aware minimization with a constant radius: the non-convergence of practical SAM
/// (Si–Yun 2023), the role of normalization (Dai–Ahn–Sra 2023) and the smoothing identity behind
/// randomly perturbed gradients (Ahn–Jadbabaie–Sra 2024). Every theorem is decided exactly: on
/// the instances used (one dimension, eigen-axes) the normalized ascent direction is rational,
/// and Jacobians are taken by differentiating the implementation under test with dual numbers.
public enum SharpnessAware {
    /// The family's theorems, in report order, run on the project's methods.
    public static let theorems: [any Theorem] = theorems()

    /// The family's theorems run on the given implementations (the project's, or a mutant).
    public static func theorems(using methods: SAMMethods = .project) -> [any Theorem] {
        [
            OneDimensionalTwoCycle(methods: methods),
            EigenAlignedCycles(methods: methods),
            StochasticSAMBias(methods: methods),
            NonconvexStall(methods: methods),
            USAMDivergesSAMBounded(methods: methods),
            MomentumTwoCycleFrontier(methods: methods),
            GaussianSmoothingIdentity(smoothing: methods.smoothing),
        ]
    }
}

/// The implementations the sharpness-aware theorems check, with the project's as the default.
public struct SAMMethods: Sendable {
    /// Normalized SAM, y = x + ρ∇f/‖∇f‖.
    public var sam: any SAMStepRule
    /// Un-normalized SAM, y = x + ρ∇f.
    public var usam: any SAMStepRule
    /// Gradient descent with the same step (the baseline).
    public var gradientDescent: any SAMStepRule
    /// SAM with an EMA momentum buffer.
    public var momentum: any MomentumSAMRule
    /// The Gaussian perturbation of randomized smoothing.
    public var smoothing: GaussianSmoothing

    public init(sam: any SAMStepRule, usam: any SAMStepRule, gradientDescent: any SAMStepRule,
                momentum: any MomentumSAMRule, smoothing: GaussianSmoothing) {
        self.sam = sam
        self.usam = usam
        self.gradientDescent = gradientDescent
        self.momentum = momentum
        self.smoothing = smoothing
    }

    public static let project = SAMMethods(sam: NormalizedSAM(), usam: UnnormalizedSAM(), gradientDescent: PlainGradientStep(),
                                           momentum: EMAMomentumSAM(), smoothing: .project)
}

extension Citation {
    /// D. Si, C. Yun, "Practical Sharpness-Aware Minimization Cannot Converge All the Way to
    /// Optima", NeurIPS 2023, arXiv 2306.09850.
    public static let siYun2023 = Citation(
        authors: ["Dongkuk Si", "Chulhee Yun"],
        title: "Practical Sharpness-Aware Minimization Cannot Converge All the Way to Optima",
        venue: "Advances in Neural Information Processing Systems (NeurIPS)", year: 2023, arxiv: "2306.09850",
        bibtexKey: "si2023practical", entryType: "inproceedings", volume: "36")

    /// Y. Dai, K. Ahn, S. Sra, "The Crucial Role of Normalization in Sharpness-Aware
    /// Minimization", NeurIPS 2023, arXiv 2305.15287.
    public static let daiAhnSra2023 = Citation(
        authors: ["Yan Dai", "Kwangjun Ahn", "Suvrit Sra"],
        title: "The Crucial Role of Normalization in Sharpness-Aware Minimization",
        venue: "Advances in Neural Information Processing Systems (NeurIPS)", year: 2023, arxiv: "2305.15287",
        bibtexKey: "dai2023crucial", entryType: "inproceedings", volume: "36")

    /// K. Ahn, A. Jadbabaie, S. Sra, "How to Escape Sharp Minima with Random Perturbations",
    /// ICML 2024 (PMLR 235, 597–618), arXiv 2305.15659.
    public static let ahnJadbabaieSra2024 = Citation(
        authors: ["Kwangjun Ahn", "Ali Jadbabaie", "Suvrit Sra"],
        title: "How to Escape Sharp Minima with Random Perturbations",
        venue: "Proceedings of the 41st International Conference on Machine Learning (ICML)", year: 2024, arxiv: "2305.15659",
        bibtexKey: "ahn2024escape", entryType: "inproceedings", volume: "235", pages: "597--618",
        series: "Proceedings of Machine Learning Research")
}

/// SAM on the one-dimensional quadratic f(x) = (λ/2)x² from x₀ for T steps: the instance of
/// the theorems that follow one exact orbit (the 2-cycle and the USAM comparison).
public struct ScalarQuadraticRun: Sendable {
    public let curvature: Rational, step: Rational, radius: Rational, start: Rational
    public let steps: Int

    public init(curvature: Rational, step: Rational, radius: Rational, start: Rational, steps: Int) {
        self.curvature = curvature
        self.step = step
        self.radius = radius
        self.start = start
        self.steps = steps
    }

    /// s = ηλ.
    public var s: Rational { step * curvature }
    /// The 2-cycle amplitude c = sρ/(2 − s).
    public var amplitude: Rational { SAMAlgebra.cycleAmplitude(s: s, rho: radius) }
}

/// Exact helpers shared by the family's theorems.
enum SAMAlgebra {
    /// The 2-cycle amplitude of SAM on (λ/2)x² with s = ηλ ∈ (0, 2): c = sρ/(2 − s).
    static func cycleAmplitude(s: Rational, rho: Rational) -> Rational { s * rho / (2 - s) }

    /// max|aᵢ − bᵢ| judged against 0 exactly: two exact vectors (or matrix entries) are equal.
    static func equal(_ a: [Rational], _ b: [Rational], _ certificate: String) -> Judgement {
        let gap = a.count == b.count ? zip(a, b).map { ($0 - $1).absoluteValue }.max() ?? 0 : 1
        return .exact(measured: gap, .equal, predicted: 0, certificate: certificate)
    }
}
