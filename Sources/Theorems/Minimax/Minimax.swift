import Optimizers

/// Sim-GDA, Alt-GDA, Alex-GDA and extragradient on quadratic games (Lee–Cho–Yun, ICML 2024;
/// Korpelevich 1976).
public enum Minimax {
    /// The family's theorems, in report order, run on the project's methods.
    public static let theorems: [any Theorem] = theorems()

    /// The family's theorems run on `methods` — the project's (``MinimaxMethods/project``), a
    /// mutant, or a researcher's own implementations — with `radiusTests` deciding the spectral
    /// claims. ``BoundOrdering`` compares the papers' bounds and runs no method.
    public static func theorems(using methods: MinimaxMethods = .project, radiusTests: RootRadiusTests = .verified) -> [any Theorem] {
        [
            AltFasterThanSim(methods: methods, tests: radiusTests),
            SimLowerBound(methods: methods, tests: radiusTests),
            TunedRateUpperBound.simUpper(using: methods, tests: radiusTests),
            TunedRateUpperBound.altUpper(using: methods, tests: radiusTests),
            TunedRateUpperBound.alexUpper(using: methods, tests: radiusTests),
            TunedRateUpperBound.egUpper(using: methods, tests: radiusTests),
            AlexFewerGradientCalls(methods: methods, tests: radiusTests),
            AlexBilinearThreshold(methods: methods, tests: radiusTests),
            AlexBilinearRate(methods: methods, tests: radiusTests),
            ExtragradientBilinearRate(methods: methods, tests: radiusTests),
            BilinearSimAltFail(methods: methods, tests: radiusTests),
            AlexSubsumesSimAlt(methods: methods),
            AltDeterminant(methods: methods),
            BoundOrdering(),
            PaperExperimentRegression(methods: methods),
        ]
    }
}
