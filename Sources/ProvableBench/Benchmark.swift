import ExactMath
import FloatMath

/// A named timing: the median of several runs of a closure, in milliseconds.
struct Benchmark {
    let name: String
    let target: String
    let runs: Int
    let body: () -> Void

    /// Runs the body `runs` times after one warm-up and returns the median and the minimum
    /// wall time (the minimum is the robust figure on a machine shared with other work).
    func measure() -> (median: Double, minimum: Double) {
        body()
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<runs {
            let elapsed = clock.measure(body)
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        times.sort()
        return (times[times.count / 2], times[0])
    }
}

/// Keeps a value alive so the optimizer cannot drop the computation that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// A random fraction with numerator in −100…100 and denominator in 1…100.
func randomFraction(_ rng: inout SeededGenerator) -> Rational {
    Rational(rng.int(in: -100...100), rng.int(in: 1...100))
}

/// A random square rational matrix of such fractions.
func randomRationalMatrix(_ n: Int, _ rng: inout SeededGenerator) -> Matrix<Rational> {
    Matrix(rows: n, columns: n) { _, _ in randomFraction(&rng) }
}
