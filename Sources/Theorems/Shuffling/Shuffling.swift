import Optimizers

/// Random reshuffling, single shuffle and incremental GD versus with-replacement SGD.
///
/// Every theorem of the family takes the shuffling implementations it checks as a parameter
/// (``ShufflingMethods``; the project's ``ProjectShufflingMethods`` by default), so the same
/// checks run on a researcher's own implementation: `Shuffling.theorems(using: MyMethods())`.
/// Condition numbers follow one convention throughout: κ = L/μ with L the largest component
/// smoothness and μ the strong-convexity constant the theorem assumes (of every component for
/// Mishchenko–Khaled–Richtárik, of F for Safran–Shamir, Yun–Rajput–Sra and Cha–Lee–Yun).
public enum Shuffling {
    /// The family's theorems on the project's implementations, in report order.
    public static let theorems: [any Theorem] = theorems(using: .project)

    /// The family's theorems checking `methods`, with instances from `generators`.
    public static func theorems(using methods: any ShufflingMethods,
                                generators: ShufflingGenerators = .project) -> [any Theorem] {
        [
            UnivariateClosedForms(methods: methods, generators: generators),
            UnivariateOrderings(methods: methods, generators: generators),
            UnivariateMonteCarlo(methods: methods),
            MishchenkoRRBound(methods: methods, generators: generators),
            ShufflingRadiusSandwich(methods: methods, generators: generators),
            IncrementalGradientBound(methods: methods),
            IncrementalRateIndependentOfN(methods: methods),
            CommutingAMGMControl(methods: methods),
            AMGMConjectureSearch(methods: methods),
            IndefiniteComponentsContraction(methods: methods),
            EpochRegimes(methods: methods),
            LargeEpochRate(methods: methods),
            ChaLeeYunWeightedAverageFloor(methods: methods),
            LogCorrectedRateFits(methods: methods),
        ]
    }
}
