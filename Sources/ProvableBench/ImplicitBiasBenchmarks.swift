import ExactMath
import FloatMath
import Optimizers
import Theorems

/// The speed targets of the implicit-bias issue (#3): exact ℓ∞ LP and ℓ2 QP at n = 40,
/// d = 10; 10⁵ normalized-GD steps at n = 20, d = 10; 2·10⁵ per-sample Adam steps at n = 6,
/// d = 4; the family's checks at standard scale.
func implicitBiasBenchmarks() -> [Benchmark] {
    var rng = SeededGenerator(seed: 3)
    let wStar = (0..<10).map { _ in Rational(Int((rng.gaussian() * 8).rounded()), 8) }
    var rows: [[Rational]] = []
    while rows.count < 40 {
        let x = (0..<10).map { _ in Rational(Int((rng.gaussian() * 64).rounded()), 64) }
        let s = Rational.dot(x, wStar)
        if s.absoluteValue < Rational(1, 20) { continue }
        rows.append(s > 0 ? x : x.map { -$0 })
    }
    let z40 = Matrix(rows)
    let linf40 = try? PolyhedralMaxMargin(z40, l1: false)
    let g1 = MarginInstances.gaussianPlanted(n: 20, d: 10, separation: Rational(1, 20), seed: 1, index: 0)
    let sr = MarginInstances.scaledRademacher(n: 6, d: 4, separation: 0, seed: 1, index: 0)
    return [
        Benchmark(name: "implicit bias: exact ℓ∞ max margin (simplex LP + verified certificate), n = 40, d = 10", target: "< 1 s", runs: 3) {
            blackHole(try? PolyhedralMaxMargin(z40, l1: false))
        },
        Benchmark(name: "implicit bias: exact ℓ2 max margin (ℓ∞ LP start + active-set QP + KKT check), n = 40, d = 10", target: "< 1 s", runs: 3) {
            blackHole(try? L2MaxMargin(z40))
        },
        Benchmark(name: "implicit bias: exact ℓ2 QP alone given the ℓ∞ start, n = 40, d = 10", target: "—", runs: 3) {
            blackHole(try? L2MaxMargin(z40, linf: linf40))
        },
        Benchmark(name: "implicit bias: 10⁵ normalized-GD steps, n = 20, d = 10", target: "< 0.5 s", runs: 3) {
            if let g1 { blackHole(NormalizedGradientDescent(step: 1).run(g1.data, steps: 100_000)) }
        },
        Benchmark(name: "implicit bias: 2·10⁵ per-sample Adam steps, n = 6, d = 4", target: "< 0.3 s", runs: 3) {
            if let sr {
                blackHole(Adam(schedule: .inverseSquareRoot(0.1, offset: 2), beta1: 0.9, beta2: 0.99, mode: .incremental,
                               loss: .logistic).run(sr.data, steps: 200_000))
            }
        },
        Benchmark(name: "implicit-bias family checks, standard scale", target: "< 30 s", runs: 1) {
            blackHole(CheckRun(theorems: ImplicitBias.theorems, seed: 1, scale: .standard))
        },
    ]
}
