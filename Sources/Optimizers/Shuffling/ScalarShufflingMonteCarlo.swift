/// Seeded Monte Carlo of the shuffling methods on the one-dimensional equal-curvature sum
/// fᵢ(x) = (a/2)(x − cᵢ)² in Float64, for n beyond exact enumeration. Trajectory t draws
/// from its own stream `SeededGenerator.stream(seed:index: t)`, so a run is reproduced bit
/// for bit and does not depend on how trajectories are split.
public struct ScalarShufflingMonteCarlo: Sendable {
    public let curvature: Double
    public let offsets: [Double]
    public let step: Double

    public init(curvature: Double, offsets: [Double], step: Double) {
        self.curvature = curvature
        self.offsets = offsets
        self.step = step
    }

    /// The sample summary of x_K² over `trajectories` runs of `scheme` from x₀.
    public func squaredError(_ scheme: ShufflingScheme, from x0: Double, epochs: Int,
                             trajectories: Int, seed: UInt64) -> SampleSummary {
        let n = offsets.count
        let q = 1 - step * curvature
        let ga = step * curvature
        var summary = SampleSummary()
        offsets.withUnsafeBufferPointer { c in
            var order = Array(0..<n)
            for t in 0..<trajectories {
                var rng = SeededGenerator.stream(seed: seed, index: UInt64(t))
                var x = x0
                switch scheme {
                case .randomReshuffling, .singleShuffle:
                    for i in 0..<n { order[i] = i }
                    for k in 0..<epochs {
                        if k == 0 || scheme == .randomReshuffling {
                            // Fisher–Yates exactly as `SeededGenerator.shuffle` (same draws, same
                            // permutation), written out so the hot loop is specialised.
                            var i = n - 1
                            while i > 0 {
                                let j = rng.int(below: i + 1)
                                if j != i { order.swapAt(i, j) }
                                i -= 1
                            }
                        }
                        order.withUnsafeBufferPointer { o in
                            for j in o { x = q * x + ga * c[j] }
                        }
                    }
                case .incremental:
                    for _ in 0..<epochs { for j in 0..<n { x = q * x + ga * c[j] } }
                case .withReplacement:
                    for _ in 0..<(n * epochs) { x = q * x + ga * c[rng.int(below: n)] }
                }
                summary.add(x * x)
            }
        }
        return summary
    }
}
