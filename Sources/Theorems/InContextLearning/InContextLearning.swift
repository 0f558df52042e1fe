/// One-layer linear self-attention as one step of preconditioned GD
/// (Ahn–Cheng–Daneshmand–Sra, NeurIPS 2023; Mahankali–Hashimoto–Ma 2023).
public enum InContextLearning {
    /// The family's theorems, in report order.
    public static let theorems: [any Theorem] = []
}
