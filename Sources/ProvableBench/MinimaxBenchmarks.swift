import ExactMath
import FloatMath
import Optimizers
import Theorems

/// The speed targets of the minimax issue (#4): certified brackets for a non-commuting 6×6
/// (3+3) game and for a decoupled κ = 10⁶ game, and the family's checks at standard scale.
func minimaxBenchmarks() -> [Benchmark] {
    var rng = SeededGenerator(seed: 4)
    guard let game = try? RationalGame.randomNonCommuting(n: 3, muX: 1, lX: 10, muY: 1, lY: 10, muXY: Rational(1, 2), lXY: 5, using: &rng)
    else { return [] }
    let alt6 = GDAVariant.alt.iterationMatrix(alpha: Rational(1, 12), beta: Rational(1, 12), on: game.game)
    let width = Rational(1, 1_000_000_000_000)
    let hard = RationalGame.hard(kappaX: 1_000_000, kappaY: 1_000_000, kappaXY: 1000)
    let tuned = StepSizeSearch.tuned(.alt, on: hard)
    return [
        Benchmark(name: "minimax: certified bracket, Alt-GDA on a 6×6 (3+3) non-commuting game, width 1e-12", target: "< 1 s", runs: 3) {
            blackHole(SpectralRadiusEvidence(matrix: alt6).bracket(width: width))
        },
        Benchmark(name: "minimax: certified bracket, Alt-GDA on decoupled H(κ = 10⁶, κ_xy = 10³), width 1e-12 (blocks)", target: "< 0.1 s", runs: 5) {
            blackHole(hard.evidence(.alt, alpha: tuned.alpha, beta: tuned.beta).bracket(width: width))
        },
        Benchmark(name: "minimax: Float64 step search + certificate on H(10⁶, 10⁶, 10³)", target: "—", runs: 3) {
            let t = StepSizeSearch.tuned(.alt, on: hard)
            blackHole(hard.evidence(.alt, alpha: t.alpha, beta: t.beta).isBelow(1))
        },
        Benchmark(name: "minimax family checks, standard scale", target: "< 30 s", runs: 1) {
            blackHole(CheckRun(theorems: Catalog.builtIn.theorems(in: .minimax), seed: 1, scale: .standard))
        },
    ]
}
