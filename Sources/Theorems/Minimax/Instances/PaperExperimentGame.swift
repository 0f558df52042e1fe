import ExactMath
import FloatMath
import Optimizers

/// Why the authors' experiment game could not be built.
public struct PaperExperimentGameError: Error, Sendable, Hashable, CustomStringConvertible {
    public let dimension: Int
    public var description: String { "the experiment game pins two eigenvalues per matrix and needs d ≥ 2, got d = \(dimension)" }
}

/// The quadratic SCSC game of the authors' experiments (Lee–Cho–Yun, ICML 2024, §7; official
/// code `quadratic-extensive/algo.py`, HanseulJo/Alex-GDA commit 752f36ca), in Float64:
/// A = U diag(μ_x, L_x, U(μ_x, L_x)^{d−2}) Uᵀ, C = V diag(μ_y, L_y, U(μ_y, L_y)^{d−2}) Vᵀ,
/// B = U diag(L_xy, L_xy, U(μ_xy, L_xy)^{d−2}) Vᵀ with U, V random orthogonal, and the start
/// x₀, y₀ ~ 2·N(0, I). All draws come from `SeededGenerator`.
public struct PaperExperimentGame: Sendable {
    public let game: QuadraticGame<Double>
    public let x0: Vector<Double>, y0: Vector<Double>
    public let mu: Double, l: Double, muXY: Double, lXY: Double
    public let seed: UInt64

    /// The game of dimension d ≥ 2 drawn from `seed`.
    public static func make(d: Int, mu: Double = 0.1, l: Double = 1, muXY: Double = 0.1, lXY: Double = 1,
                            seed: UInt64) throws(PaperExperimentGameError) -> PaperExperimentGame {
        guard d >= 2 else { throw PaperExperimentGameError(dimension: d) }
        var rng = SeededGenerator(seed: seed)
        func spectrum(_ lo: Double, _ hi: Double, first: [Double]) -> [Double] {
            first + (0..<(d - 2)).map { _ in rng.uniform(lo, hi) }
        }
        let a = spectrum(mu, l, first: [mu, l]), c = spectrum(mu, l, first: [mu, l])
        let s = spectrum(muXY, lXY, first: [lXY, lXY])
        let u = rng.randomOrthogonal(d), v = rng.randomOrthogonal(d)
        let game = QuadraticGame(a: u * Matrix.diagonal(a) * u.transposed, b: u * Matrix.diagonal(s) * v.transposed,
                                 c: v * Matrix.diagonal(c) * v.transposed)
        let x0 = Vector(rng.gaussianVector(d).map { 2 * $0 }), y0 = Vector(rng.gaussianVector(d).map { 2 * $0 })
        return PaperExperimentGame(game: game, x0: x0, y0: y0, mu: mu, l: l, muXY: muXY, lXY: lXY, seed: seed)
    }

    /// Iterations until ‖x‖² + ‖y‖² < ε, or nil on divergence (> 10⁶, non-finite) or when
    /// `cap` is reached (the caller passes the best count so far to prune the sweep). The
    /// norm is that of the current iterate (x, y), the first d_x + d_y entries of every state
    /// (``GameMethod/iterate(of:dx:dy:)``), summed in place.
    public func iterations<M: GameMethod>(_ method: M, epsilon: Double, cap: Int) -> Int? where M.Scalar == Double {
        let n = game.dx + game.dy
        var state = method.initialState(x0: x0, y0: y0)
        for k in 0...max(cap, 0) {
            let norm = state.elements.withUnsafeBufferPointer { e in
                var t = 0.0
                for i in 0..<n { t += e[i] * e[i] }
                return t
            }
            if norm < epsilon { return k }
            if !(norm <= 1e6) { return nil }
            if k == cap { return nil }
            state = method.step(state, on: game)
        }
        return nil
    }
}
