import ExactMath
import FloatMath
import Optimizers

/// One decoupled coordinate pair of a game: the scalar game f = ½a x² + σxy − ½c y².
public struct GameBlock: Sendable, Hashable {
    public let a: Rational, sigma: Rational, c: Rational
    public init(a: Rational, sigma: Rational, c: Rational) { self.a = a; self.sigma = sigma; self.c = c }

    /// The 1×1 scalar game.
    public var game: QuadraticGame<Rational> {
        QuadraticGame(a: Matrix([[a]]), b: Matrix([[sigma]]), c: Matrix([[c]]))
    }
}

/// A quadratic game f = ½xᵀAx + xᵀBy − ½yᵀCy with rational entries and exactly known
/// constants μ_x, L_x (extreme eigenvalues of A, both attained), μ_y, L_y (of C) and
/// L_xy = ‖B‖₂ (attained), as in Lee–Cho–Yun (ICML 2024), §2.
///
/// A *decoupled* game is A = U diag(a) Uᵀ, B = U diag(σ) Vᵀ, C = V diag(c) Vᵀ with U, V
/// rational orthogonal (Householder products): it is orthogonally similar, for every method
/// of the family, to the direct sum of its scalar ``blocks`` (the authors' own experiment
/// generator builds games this way). A non-commuting game has `blocks == nil`.
public struct RationalGame: Sendable {
    public let game: QuadraticGame<Rational>
    /// The decoupled scalar blocks (a_i, σ_i, c_i), when the game is decoupled.
    public let blocks: [GameBlock]?
    public let muX: Rational, lX: Rational, muY: Rational, lY: Rational, lXY: Rational
    /// A short name of the family ("H", "decoupled", "non-commuting", "bilinear").
    public let label: String

    /// κ_x = L_x/μ_x.
    public var kappaX: Rational { lX / muX }
    /// κ_y = L_y/μ_y.
    public var kappaY: Rational { lY / muY }
    /// κ_xy² = L_xy²/(μ_x μ_y) (the paper's κ_xy = L_xy/√(μ_x μ_y), squared so it stays rational).
    public var kappaXYSquared: Rational { lXY * lXY / (muX * muY) }

    public var summary: String {
        "\(label), d_x=\(game.dx), d_y=\(game.dy), μ_x=\(muX), L_x=\(lX), μ_y=\(muY), L_y=\(lY), L_xy=\(lXY)"
    }

    /// A decoupled game from its blocks, rotated by random rational orthogonal U, V
    /// (identity when `rotate` is false). Constants are read off the blocks.
    public static func decoupled(_ blocks: [GameBlock], label: String, rotate: Bool,
                                 using rng: inout SeededGenerator) -> RationalGame {
        let n = blocks.count
        let u = rotate ? RationalOrthogonal.random(dimension: n, using: &rng) : .identity(n)
        let v = rotate ? RationalOrthogonal.random(dimension: n, using: &rng) : .identity(n)
        let a = u * Matrix.diagonal(blocks.map(\.a)) * u.transposed
        let c = v * Matrix.diagonal(blocks.map(\.c)) * v.transposed
        let b = u * Matrix.diagonal(blocks.map(\.sigma)) * v.transposed
        let aa = blocks.map(\.a), cc = blocks.map(\.c), ss = blocks.map { $0.sigma.absoluteValue }
        return RationalGame(game: QuadraticGame(a: a, b: b, c: c), blocks: blocks,
                            muX: aa.min()!, lX: aa.max()!, muY: cc.min()!, lY: cc.max()!, lXY: ss.max()!, label: label)
    }

    /// The project's hard instance H [DERIVED] (working note §4.6), normalised to μ_x = μ_y = 1:
    /// A = diag(κ_x, 1, 1, κ_x), C = diag(κ_y, 1, 1, κ_y), B = diag(0, 0, κ_xy, κ_xy).
    /// It combines x-ill-conditioning, y-ill-conditioning and coupling.
    public static func hard(kappaX: Rational, kappaY: Rational, kappaXY: Rational) -> RationalGame {
        var rng = SeededGenerator(seed: 0)  // unused: H is not rotated
        return decoupled([
            GameBlock(a: kappaX, sigma: 0, c: kappaY),
            GameBlock(a: 1, sigma: 0, c: 1),
            GameBlock(a: 1, sigma: kappaXY, c: 1),
            GameBlock(a: kappaX, sigma: kappaXY, c: kappaY),
        ], label: "H(κ_x=\(kappaX), κ_y=\(kappaY), κ_xy=\(kappaXY))", rotate: false, using: &rng)
    }

    /// n rationals in [lo, hi] on a grid of `grid` steps, containing both endpoints.
    static func spread(_ n: Int, _ lo: Rational, _ hi: Rational, grid: Int = 24,
                       using rng: inout SeededGenerator) -> [Rational] {
        precondition(n >= 2)
        var values = [lo, hi]
        for _ in 0..<(n - 2) { values.append(lo + (hi - lo) * Rational(rng.int(in: 1...(grid - 1)), grid)) }
        // Shuffle deterministically so the endpoints are not always paired with each other.
        for i in stride(from: values.count - 1, to: 0, by: -1) { values.swapAt(i, rng.int(in: 0...i)) }
        return values
    }

    /// A random decoupled game of n ≥ 2 blocks: eigenvalues of A in [μ_x, L_x] and of C in
    /// [μ_y, L_y], singular values of B in [μ_xy, L_xy], each list containing both endpoints.
    public static func randomDecoupled(n: Int, muX: Rational, lX: Rational, muY: Rational, lY: Rational,
                                       muXY: Rational, lXY: Rational, rotate: Bool,
                                       using rng: inout SeededGenerator) -> RationalGame {
        let a = spread(n, muX, lX, using: &rng), c = spread(n, muY, lY, using: &rng)
        let s = spread(n, muXY, lXY, using: &rng)
        let blocks = (0..<n).map { GameBlock(a: a[$0], sigma: s[$0], c: c[$0]) }
        return decoupled(blocks, label: "decoupled", rotate: rotate, using: &rng)
    }

    /// A non-commuting game: A = U D_A Uᵀ, C = V D_C Vᵀ, B = U′ Σ Vᵀ with an independent
    /// rational orthogonal U′, spectra as in ``randomDecoupled``. ‖B‖₂ = max σ exactly.
    public static func randomNonCommuting(n: Int, muX: Rational, lX: Rational, muY: Rational, lY: Rational,
                                          muXY: Rational, lXY: Rational,
                                          using rng: inout SeededGenerator) -> RationalGame {
        let a = spread(n, muX, lX, using: &rng), c = spread(n, muY, lY, using: &rng)
        let s = spread(n, muXY, lXY, using: &rng)
        let u = RationalOrthogonal.random(dimension: n, using: &rng)
        let v = RationalOrthogonal.random(dimension: n, using: &rng)
        let u2 = RationalOrthogonal.random(dimension: n, reflections: 3, using: &rng)
        let game = QuadraticGame(a: u * Matrix.diagonal(a) * u.transposed,
                                 b: u2 * Matrix.diagonal(s) * v.transposed,
                                 c: v * Matrix.diagonal(c) * v.transposed)
        return RationalGame(game: game, blocks: nil, muX: muX, lX: lX, muY: muY, lY: lY, lXY: lXY, label: "non-commuting")
    }
}
