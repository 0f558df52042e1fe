import ExactMath
import FloatMath
import Optimizers

/// The instance generators the shuffling theorems draw from, as a parameter beside the methods
/// under test, so that a mutation run can drift a generator (e.g. into degenerate instances) and
/// show that the checks notice: a degenerate draw that still meets the hypotheses leaves the
/// false variants standing, and the theorem is reported `not-discriminating`.
public struct ShufflingGenerators: Sendable {
    /// The one-dimensional equal-curvature draw: n components, K epochs.
    public var scalar: @Sendable (_ n: Int, _ epochs: Int, _ rng: inout SeededGenerator) -> ScalarShufflingInstance

    public init(scalar: @escaping @Sendable (_ n: Int, _ epochs: Int, _ rng: inout SeededGenerator) -> ScalarShufflingInstance) {
        self.scalar = scalar
    }

    /// The project's generators (``ScalarShufflingInstance/random(n:epochs:using:)``).
    public static let project = ShufflingGenerators { n, k, rng in ScalarShufflingInstance.random(n: n, epochs: k, using: &rng) }
}
