/// The families of results in the catalog.
public enum Family: String, Sendable, Hashable, Codable, CaseIterable {
    /// Classical rates that prove the model end to end (Polyak; Lessard–Recht–Packard).
    case classical
    /// Which max-margin direction an optimizer converges to on separable data.
    case implicitBias = "implicit-bias"
    /// Random reshuffling, single shuffle, incremental GD versus with-replacement SGD.
    case shuffling
    /// Simultaneous, alternating and extrapolated GDA on minimax problems.
    case minimax
    /// One-layer linear self-attention as one step of preconditioned GD.
    case inContextLearning = "in-context-learning"
}
