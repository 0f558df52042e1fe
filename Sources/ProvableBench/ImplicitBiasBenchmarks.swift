import ExactMath
import FloatMath
import Optimizers
import Theorems

/// The speed targets of the implicit-bias issue (#3): exact ℓ∞ LP and ℓ2 QP at n = 40,
/// d = 10; 10⁵ normalized-GD steps at n = 20, d = 10; 2·10⁵ per-sample Adam steps at n = 6,
/// d = 4; the family's checks at standard scale. Plus the exact ℓ∞ LP cold (slack basis) vs warm
/// (Float64-guessed basis verified exactly) at n = 40, d = 10 and n = 200, d = 20, and the same
/// comparison for the ℓ2 QP (Float64-guessed support set).
func implicitBiasBenchmarks() -> [Benchmark] {
    let z40 = plantedMarginRows(n: 40, d: 10, seed: 3)
    let z200 = plantedMarginRows(n: 200, d: 20, seed: 32)
    let linf40 = try? PolyhedralMaxMargin(z40, l1: false)
    let route40 = linf40?.warmStartOutcome.map { "\($0)" } ?? "—"
    let linf200 = try? PolyhedralMaxMargin(z200, l1: false)
    let route200 = linf200?.warmStartOutcome.map { "\($0)" } ?? "—"
    let l2Route40 = (try? L2MaxMargin(z40, linf: linf40))?.warmStartOutcome.map { "\($0)" } ?? "—"
    let l2Route200 = (try? L2MaxMargin(z200, linf: linf200))?.warmStartOutcome.map { "\($0)" } ?? "—"
    let g1 = MarginInstances.gaussianPlanted(n: 20, d: 10, separation: Rational(1, 20), seed: 1, index: 0)
    let sr = MarginInstances.scaledRademacher(n: 6, d: 4, separation: 0, seed: 1, index: 0)
    return [
        Benchmark(name: "implicit bias: exact ℓ∞ max margin (simplex LP + verified certificate), n = 40, d = 10", target: "< 1 s", runs: 3) {
            blackHole(try? PolyhedralMaxMargin(z40, l1: false))
        },
        Benchmark(name: "implicit bias: exact ℓ∞ LP, cold (exact simplex from the slack basis), n = 40, d = 10", target: "—", runs: 5) {
            blackHole(try? PolyhedralMaxMargin(z40, l1: false, warmStart: false))
        },
        Benchmark(name: "implicit bias: exact ℓ∞ LP, warm (Float64 basis, exact check; route: \(route40)), n = 40, d = 10", target: "—", runs: 5) {
            blackHole(try? PolyhedralMaxMargin(z40, l1: false, warmStart: true))
        },
        Benchmark(name: "implicit bias: exact ℓ∞ LP, cold (exact simplex from the slack basis), n = 200, d = 20", target: "—", runs: 3) {
            blackHole(try? PolyhedralMaxMargin(z200, l1: false, warmStart: false))
        },
        Benchmark(name: "implicit bias: exact ℓ∞ LP, warm (Float64 basis, exact check; route: \(route200)), n = 200, d = 20", target: "—", runs: 5) {
            blackHole(try? PolyhedralMaxMargin(z200, l1: false, warmStart: true))
        },
        Benchmark(name: "implicit bias: exact ℓ2 max margin (ℓ∞ LP start + active-set QP + KKT check), n = 40, d = 10", target: "< 1 s", runs: 3) {
            blackHole(try? L2MaxMargin(z40))
        },
        Benchmark(name: "implicit bias: exact ℓ2 QP alone given the ℓ∞ start, n = 40, d = 10", target: "—", runs: 3) {
            blackHole(try? L2MaxMargin(z40, linf: linf40))
        },
        Benchmark(name: "implicit bias: exact ℓ2 max margin, cold (exact ℓ∞ LP + exact active set), n = 40, d = 10", target: "—", runs: 5) {
            blackHole(try? L2MaxMargin(z40, warmStart: false))
        },
        Benchmark(name: "implicit bias: exact ℓ2 max margin, warm (both Float64-guessed, exact check; QP route: \(l2Route40)), n = 40, d = 10", target: "—", runs: 5) {
            blackHole(try? L2MaxMargin(z40, warmStart: true))
        },
        Benchmark(name: "implicit bias: exact ℓ2 QP alone given the ℓ∞ start, cold (exact active set), n = 200, d = 20", target: "—", runs: 3) {
            blackHole(try? L2MaxMargin(z200, linf: linf200, warmStart: false))
        },
        Benchmark(name: "implicit bias: exact ℓ2 QP alone given the ℓ∞ start, warm (route: \(l2Route200)), n = 200, d = 20", target: "—", runs: 5) {
            blackHole(try? L2MaxMargin(z200, linf: linf200, warmStart: true))
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
