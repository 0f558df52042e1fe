/// Sim-GDA, Alt-GDA and Alex-GDA on quadratic games (Lee–Cho–Yun, ICML 2024).
public enum Minimax {
    /// The family's theorems, in report order.
    public static let theorems: [any Theorem] = [
        AltFasterThanSim(),
        SimLowerBound(),
        TunedRateUpperBound.simUpper,
        TunedRateUpperBound.altUpper,
        TunedRateUpperBound.alexUpper,
        AlexBilinearThreshold(),
        AlexBilinearRate(),
        BilinearSimAltFail(),
        AlexSubsumesSimAlt(),
        AltDeterminant(),
        BoundOrdering(),
        PaperExperimentRegression(),
    ]
}
