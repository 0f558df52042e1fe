/// Which max-margin direction an optimizer converges to on linearly separable data.
public enum ImplicitBias {
    /// The family's theorems, in report order.
    public static let theorems: [any Theorem] = [
        MaxMarginDuality(),
        MinimaxSandwich(),
        ScaledRademacherL1Face(),
        AdamZeroBetasIsSignGD(),
        AdamBiasCorrectedFirstSteps(),
        normalizedGDL2Margin,
        GradientDescentL2Margin(),
        signGDLinfMargin,
        fullBatchAdamLinfMargin,
        incrementalAdamL2Margin,
        IncrementalAdamEpochMap(),
        incrementalSignumLinfMargin,
        BatchingChangesAdamBias(),
        sharpnessAwareL2Margin,
        SAMLinearFirstSteps(),
        DiagonalGDL1Direction(),
        DiagonalLinfSAMMinorCoordinate(),
        ContinualJointMargin(),
        ContinualRandomOrderMargin(),
        MirrorDescentLpMargin(),
    ]
}
