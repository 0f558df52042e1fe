import ExactMath
import FloatMath
import Optimizers
import Theorems

/// The speed targets of the shuffling issue (#6): exact RR expectation by enumeration
/// (n = 8, d = 2, K = 3), 10⁵ Monte Carlo RR trajectories (n = 64, K = 32, 1-D), and the
/// family's checks at standard scale.
func shufflingBenchmarks() -> [Benchmark] {
    var rng = SeededGenerator(seed: 6)
    let instance = QuadraticSumInstance.random(n: 8, d: 2, epochs: 3, stepFraction: Rational(1, 2), startAtOptimum: false, using: &rng)
    let offsets: [Double] = (0..<64).map { (i: Int) -> Double in
        let sign: Double = i % 2 == 0 ? 1 : -1
        return sign * Double(1 + (i / 2) % 5)
    }
    let mc = ScalarShufflingMonteCarlo(curvature: 1, offsets: offsets, step: 1.0 / 128)
    return [
        Benchmark(name: "shuffling: exact RR E‖x_K − x*‖², n = 8 (40320 perms), d = 2, K = 3", target: "< 2 s", runs: 3) {
            blackHole(try? ExactShuffling(problem: instance.problem, step: instance.step)
                .expectation(.randomReshuffling, from: instance.start, epochs: 3))
        },
        Benchmark(name: "shuffling: exact SS E‖x_K − x*‖², n = 8, d = 2, K = 3", target: "—", runs: 3) {
            blackHole(try? ExactShuffling(problem: instance.problem, step: instance.step)
                .expectation(.singleShuffle, from: instance.start, epochs: 3))
        },
        Benchmark(name: "shuffling: 10⁵ Monte Carlo RR trajectories, n = 64, K = 32, 1-D", target: "< 2 s", runs: 3) {
            blackHole(mc.squaredError(.randomReshuffling, from: 1, epochs: 32, trajectories: 100_000, seed: 1))
        },
        Benchmark(name: "shuffling family checks, standard scale", target: "< 30 s", runs: 1) {
            blackHole(CheckRun(theorems: Catalog.builtIn.theorems(in: .shuffling), seed: 1, scale: .standard))
        },
    ]
}
