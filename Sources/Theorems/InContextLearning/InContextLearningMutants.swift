extension InContextLearning {
    /// The family's mutants: plausible broken implementations its theorems must notice, and
    /// equivalent (correct) alternatives they must not. Each runs the theorems that use the mutated
    /// component, rebuilt with the mutant in place of the project's implementation (the kill matrix is
    /// in Proofs/README.md and asserted by the family's tests).
    public static let mutants: [Mutant] = [
        mutant("isserlis/drops-a-pairing",
               "the degree-4 Isserlis moment sums two of its three pairings (Ω_abΩ_ce + Ω_acΩ_be)",
               moments: IsserlisDroppingAPairing()),
        mutant("fourth-moment/three-for-two", "E[xxᵀKxxᵀ] = 3ΣKΣ + tr(KΣ)Σ, 3 where 2 belongs",
               moments: FourthMomentThreeForTwo()),
        mutant("sample-covariance-sandwich/n-for-n-plus-one",
               "E[SKS] = ΣKΣ + tr(KΣ)Σ/n, the i = j terms counted once: n where n + 1 belongs in Γ*",
               moments: SandwichWithNForNPlusOne()),
        Mutant(id: "attention/key-query-transpose-dropped", family: .inContextLearning,
               summary: "the attention scores use Qᵀ, (ZM)ᵀQᵀZ, instead of (ZM)ᵀQZ (tokens scored as z_iᵀQz_j)") {
            let m = InContextMethods(attention: AttentionWithTransposedScores())
            return [LemmaOneForwardPass(methods: m), SparseFullParameterOptimum(methods: m), GDPlusPlusCriticalPoints(methods: m)]
        },
        Mutant(id: "attention/value-block-dropped", family: .inContextLearning,
               summary: "the forward pass updates only the label row, P's first d rows treated as 0 (exact for form (8), not for (11))") {
            let m = InContextMethods(attention: AttentionUpdatingLabelsOnly())
            return [LemmaOneForwardPass(methods: m), SparseFullParameterOptimum(methods: m), GDPlusPlusCriticalPoints(methods: m)]
        },
        Mutant(id: "adam/no-bias-correction", family: .inContextLearning,
               summary: "Adam steps with m/(√v + ε), the bias corrections 1 − β₁ᵗ, 1 − β₂ᵗ dropped") {
            [SparseTrainingReachesOptimum(methods: InContextMethods(adam: AdamWithoutBiasCorrection()))]
        },
        Mutant(id: "gradient-descent/momentum-left-on", family: .inContextLearning,
               summary: "the gradient-descent trainer keeps heavy-ball momentum 0.5") {
            let m = InContextMethods(gradientDescent: GradientDescentWithMomentum())
            return [SparseTrainingReachesOptimum(methods: m), DenseInitializationSpuriousMinimum(methods: m)]
        },
        Mutant(id: "generator/singular-covariances", family: .inContextLearning,
               summary: "the covariance generator lets L's diagonal be 0, so with δ = 0 it draws singular Σ = LLᵀ/q²") {
            InContextLearning.theorems(using: InContextMethods(instances: GeneratorAllowingSingularCovariances()))
        },
        mutant("isserlis/degree-six-factorised",
               "Isserlis above degree 4 factorises off the first two indices, E[w_a w_b · rest] = Ω_ab E[rest] (the other pairings of w_a dropped)",
               moments: IsserlisFactorisedAboveDegreeFour()),
        Mutant(id: "wishart/row-index-not-cyclic", family: .inContextLearning,
               summary: "the genus expansion of E tr (XXᵀ)^k gives odd factors the row index i_t instead of i_{t+1}") {
            let m = InContextMethods(wishart: WishartWithoutCyclicShift())
            return [MultiLayerCriticalPoints(methods: m), GDPlusPlusCriticalPoints(methods: m)]
        },
        mutant("isserlis/last-index-first", "equivalent: Isserlis' recursion pairs the last index first",
               moments: IsserlisLastIndexFirst(), equivalent: true),
        mutant("fourth-moment/entrywise-pairings",
               "equivalent: E[xxᵀKxxᵀ] summed entry by entry over the three pairings instead of the matrix form",
               moments: FourthMomentByPairings(), equivalent: true),
        Mutant(id: "wishart/rows-and-columns-swapped", family: .inContextLearning,
               summary: "equivalent: E tr (XᵀX)^k with n and d exchanged (tr (XXᵀ)^k = tr (XᵀX)^k)", isEquivalent: true) {
            let m = InContextMethods(wishart: WishartRowsAndColumnsSwapped())
            return [MultiLayerCriticalPoints(methods: m), GDPlusPlusCriticalPoints(methods: m)]
        },
        Mutant(id: "adam/bias-correction-by-powers", family: .inContextLearning,
               summary: "equivalent: Adam's 1 − βᵗ⁺¹ by repeated squaring instead of running products", isEquivalent: true) {
            [SparseTrainingReachesOptimum(methods: InContextMethods(adam: AdamWithPowerCorrections()))]
        },
    ]

    /// A mutant of the moment formulas, run against every theorem whose loss is built from them.
    private static func mutant(_ id: String, _ summary: String, moments: any GaussianMomentFormulas,
                               equivalent: Bool = false) -> Mutant {
        Mutant(id: id, family: .inContextLearning, summary: summary, isEquivalent: equivalent) {
            let m = InContextMethods(moments: moments)
            return [AhnSingleLayerOptimum(methods: m), MahankaliIsotropicStep(methods: m), MahankaliPreconditionedStep(methods: m),
                    MahankaliNonlinearTargetStep(methods: m), TaskAndNoisePreconditioner(methods: m), PreconditionerNoiseMonotonicity(methods: m),
                    PreconditionerLargeContextLimit(methods: m), FullParameterLossDecomposition(methods: m),
                    SparseFullParameterOptimum(methods: m), DenseInitializationSpuriousMinimum(methods: m)]
        }
    }
}
