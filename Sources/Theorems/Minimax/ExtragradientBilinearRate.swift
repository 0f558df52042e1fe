import ExactMath
import FloatMath
import Optimizers

/// The extragradient method on bilinear games f = xᵀBy with B square and invertible, at
/// α = β = η = c/L_xy (0 < c ≤ 1/2), contracts at exactly ρ(M_EG)² = 1 − s_min + s_min²,
/// s_min = η²μ_xy²: per singular value σ the iteration is (1 − η²σ²)I − ηK_σ with K_σ's
/// eigenvalues ±iσ, so |λ|² = (1 − s)² + s, largest at the smallest s when s ≤ 1/4. Hence
/// EG converges linearly at rate 1 − Θ(μ_xy²/L_xy²) with four gradient evaluations per
/// iteration — the baseline Lee–Cho–Yun (ICML 2024, §6) compare Alex-GDA's two with.
///
/// Korpelevich 1976 introduced the method; the exact modulus is the project's derivation,
/// decided exactly on M² (ρ(M²) = ρ(M)², no square root). See
/// Proofs/korpelevich-1976/eg-bilinear-rate.md.
public struct ExtragradientBilinearRate: Theorem {
    public typealias Instance = AlexBilinearRate.Instance

    public let id = "korpelevich-1976/eg-bilinear-rate"
    public let family = Family.minimax
    public let citation = Citation.korpelevich1976.at("the extragradient method; bilinear case")
    public let provenance = Provenance.derived(
        "the exact modulus |λ|² = 1 − s + s² of EG on a bilinear block is the project's derivation (Proofs document); Korpelevich 1976 is cited for the method, its text was not consulted")
    public let statement = "On bilinear games f = xᵀBy with B square and invertible, extragradient with α = β = c/L_xy (0 < c ≤ 1/2) has ρ² = 1 − s_min + s_min² exactly, s_min = αβμ_xy²: linear convergence at rate 1 − Θ(μ_xy²/L_xy²)."
    public let methods: MinimaxMethods
    public let tests: RootRadiusTests

    public init(methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    public var hypotheses: [Hypothesis<Instance>] { AlexBilinearRate().hypotheses }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let ratios = scale.pick(quick: [10, 100, 1000], standard: [4, 10, 30, 100, 1000, 10_000], thorough: [4, 10, 30, 100, 300, 1000, 10_000, 100_000])
        return try AlexBilinearRate.bilinearGames(seed: seed, ratios: ratios, hypotheses: hypotheses) { k, game, muXY in
            AlexBilinearRate.Instance(game: game, c: k % 2 == 0 ? Rational(1, 2) : Rational(1, 4), muXY: muXY)
        }
    }

    public func summary(of i: Instance) -> String {
        "bilinear B (\(i.game.game.dx)×\(i.game.game.dy)), L_xy=\(i.game.lXY), μ_xy=\(i.muXY), α=β=\(i.alpha)"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d_x", i.game.game.dx), .int("d_y", i.game.game.dy), .exact("L_xy", i.game.lXY), .exact("mu_xy", i.muXY),
         .exact("c", i.c), .exact("alpha", i.alpha), .exact("beta", i.alpha)]
    }

    /// The evidence of M_EG² (per block), whose spectral radius is ρ(M_EG)².
    public func measure(_ i: Instance) -> SpectralRadiusEvidence {
        i.game.evidence(.extragradient, alpha: i.alpha, beta: i.alpha, squared: true, using: methods, tests: tests)
    }

    public var claim: Claim<Instance, SpectralRadiusEvidence> {
        Claim("ρ(M_EG)² = 1 − s_min + s_min² exactly, s_min = αβμ_xy²", kind: .tight, exact: true) { i, e in
            e.judgeEqual(1 - i.sMin + i.sMin * i.sMin)
        }
    }

    public var falseVariants: [Claim<Instance, SpectralRadiusEvidence>] {
        [
            Claim("the first-order rate is exact: ρ(M_EG)² = 1 − s_min", kind: .tight, exact: true) { i, e in
                e.judgeEqual(1 - i.sMin)
            },
            // ρ² ≤ (1 − μ_xy/(4L_xy))² would be 1 − ρ ≥ μ_xy/(4L_xy): linear, not quadratic, in the ratio.
            Claim("the rate is linear in the ratio: 1 − ρ(M_EG) ≥ (1/4)·μ_xy/L_xy", kind: .upperBound, exact: true) { i, e in
                let r = 1 - i.muXY / i.game.lXY / 4
                return e.judgeAtMost(r * r)
            },
        ]
    }

    public func plots(_ runs: [MeasuredInstance<Instance, SpectralRadiusEvidence>]) -> [Plot] {
        // The evidence is of M²: 1 − ρ(M) = 1 − √ρ(M²), from the certified bracket of ρ(M²).
        let points = runs.compactMap { r -> (x: Double, lo: Double, hi: Double)? in
            r.measurement.reportBracket.map { (r.instance.sMin.doubleValue, $0.lower.doubleValue.squareRoot(), $0.upper.doubleValue.squareRoot()) }
        }
        let xs = points.map(\.x)
        return [Plot(id: "eg-gap-vs-smin", title: "Extragradient on bilinear games", xLabel: "s_min = αβμ_xy²",
                     yLabel: "1 − ρ (certified bracket)", xAxis: .log, yAxis: .log,
                     series: [Series("EG", role: .measured, x: xs, y: points.map { 1 - ($0.lo + $0.hi) / 2 },
                                     lower: points.map { 1 - $0.hi }, upper: points.map { 1 - $0.lo }),
                              RatePlots.curve("predicted 1 − √(1 − s + s²)", role: .predicted, at: xs) { s in 1 - (1 - s + s * s).squareRoot() }])]
    }
}
