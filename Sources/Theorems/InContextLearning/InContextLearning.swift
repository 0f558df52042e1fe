/// One-layer linear self-attention as one step of preconditioned GD
/// (Ahn–Cheng–Daneshmand–Sra, NeurIPS 2023; Mahankali–Hashimoto–Ma 2023).
public enum InContextLearning {
    /// The family's theorems with the project's implementations, in report order.
    public static let theorems: [any Theorem] = theorems(using: .project)

    /// The family's theorems checking `methods` — the trainers, the attention forward pass, the
    /// moment formulas and the generators under test — in report order.
    public static func theorems(using methods: InContextMethods) -> [any Theorem] {
        [
            AhnSingleLayerOptimum(methods: methods),
            MahankaliIsotropicStep(methods: methods),
            MahankaliPreconditionedStep(methods: methods),
            MahankaliNonlinearTargetStep(methods: methods),
            TaskAndNoisePreconditioner(methods: methods),
            PreconditionerNoiseMonotonicity(methods: methods),
            PreconditionerLargeContextLimit(methods: methods),
            LemmaOneForwardPass(methods: methods),
            FullParameterLossDecomposition(methods: methods),
            SparseFullParameterOptimum(methods: methods),
            MultiLayerCriticalPoints(methods: methods),
            GDPlusPlusCriticalPoints(methods: methods),
            SparseTrainingReachesOptimum(methods: methods),
            DenseInitializationSpuriousMinimum(methods: methods),
            GeneratedCovariancesMeetHypotheses(methods: methods),
        ]
    }
}

extension Citation {
    /// K. Ahn, X. Cheng, H. Daneshmand, S. Sra, "Transformers learn to implement preconditioned
    /// gradient descent for in-context learning", NeurIPS 2023, arXiv 2306.00297.
    public static let ahnChengDaneshmandSra2023 = Citation(
        authors: ["Kwangjun Ahn", "Xiang Cheng", "Hadi Daneshmand", "Suvrit Sra"],
        title: "Transformers learn to implement preconditioned gradient descent for in-context learning",
        venue: "Advances in Neural Information Processing Systems (NeurIPS 2023)", year: 2023, arxiv: "2306.00297",
        bibtexKey: "ahn2023transformers", entryType: "inproceedings", volume: "36")

    /// A. Mahankali, T. B. Hashimoto, T. Ma, "One Step of Gradient Descent is Provably the Optimal
    /// In-Context Learner with One Layer of Linear Self-Attention", ICLR 2024, arXiv 2307.03576.
    public static let mahankaliHashimotoMa2023 = Citation(
        authors: ["Arvind Mahankali", "Tatsunori B. Hashimoto", "Tengyu Ma"],
        title: "One Step of Gradient Descent is Provably the Optimal In-Context Learner with One Layer of Linear Self-Attention",
        venue: "International Conference on Learning Representations (ICLR 2024)", year: 2023, arxiv: "2307.03576",
        bibtexKey: "mahankali2023one", entryType: "inproceedings")
}
