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

/// Why a rational game could not be built.
public enum RationalGameError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A decoupled game needs at least one block.
    case noBlocks
    /// A random game whose spectra must contain both endpoints needs n ≥ 2 blocks.
    case tooFewBlocks(Int)

    public var description: String {
        switch self {
        case .noBlocks: "a decoupled game needs at least one block"
        case .tooFewBlocks(let n): "a random game with both spectral endpoints attained needs n ≥ 2 blocks, got \(n)"
        }
    }
}

/// A quadratic game f = ½xᵀAx + xᵀBy − ½yᵀCy with rational entries and exactly known
/// constants μ_x, L_x (extreme eigenvalues of A, both attained), μ_y, L_y (of C) and
/// L_xy = ‖B‖₂ (attained), as in Lee–Cho–Yun (ICML 2024), §2.
///
/// A *decoupled* game is A = U diag(a) Uᵀ, B = U diag(σ) Vᵀ, C = V diag(c) Vᵀ with U, V
/// rational orthogonal (Householder products): it is orthogonally similar, for every method
/// of the family, to the direct sum of its scalar ``blocks`` (the authors' own experiment
/// generator builds games this way). U and V are kept (``rotations``) so the decomposition can
/// be re-verified exactly on every instance. A non-commuting game has `blocks == nil`.
public struct RationalGame: Sendable {
    /// The rational orthogonal U (x side) and V (y side) of a decoupled game.
    public struct Rotations: Sendable {
        public let u: Matrix<Rational>, v: Matrix<Rational>
    }

    public let game: QuadraticGame<Rational>
    /// The decoupled scalar blocks (a_i, σ_i, c_i), when the game is decoupled.
    public let blocks: [GameBlock]?
    /// U and V of a decoupled game.
    public let rotations: Rotations?
    public let muX: Rational, lX: Rational, muY: Rational, lY: Rational, lXY: Rational
    /// A short name of the family ("H", "decoupled", "non-commuting", "bilinear").
    public let label: String

    public init(game: QuadraticGame<Rational>, blocks: [GameBlock]?, rotations: Rotations? = nil,
                muX: Rational, lX: Rational, muY: Rational, lY: Rational, lXY: Rational, label: String) {
        self.game = game; self.blocks = blocks; self.rotations = rotations
        self.muX = muX; self.lX = lX; self.muY = muY; self.lY = lY; self.lXY = lXY; self.label = label
    }

    /// κ_x = L_x/μ_x.
    public var kappaX: Rational { lX / muX }
    /// κ_y = L_y/μ_y.
    public var kappaY: Rational { lY / muY }
    /// κ_xy² = L_xy²/(μ_x μ_y) (the paper's κ_xy = L_xy/√(μ_x μ_y), squared so it stays rational).
    public var kappaXYSquared: Rational { lXY * lXY / (muX * muY) }

    public var summary: String {
        "\(label), d_x=\(game.dx), d_y=\(game.dy), μ_x=\(muX), L_x=\(lX), μ_y=\(muY), L_y=\(lY), L_xy=\(lXY)"
    }

    /// The structured parameters of the game (d_x, d_y and the five constants).
    public var parameters: [InstanceParameter] {
        [.int("d_x", game.dx), .int("d_y", game.dy), .exact("mu_x", muX), .exact("L_x", lX),
         .exact("mu_y", muY), .exact("L_y", lY), .exact("L_xy", lXY)]
    }

    /// A decoupled game from its blocks, rotated by rational orthogonal U, V. Constants are
    /// read off the blocks (μ = the smallest, L = the largest curvature; L_xy = max |σ|).
    public static func decoupled(_ blocks: [GameBlock], label: String, u: Matrix<Rational>, v: Matrix<Rational>)
        throws(RationalGameError) -> RationalGame {
        guard let first = blocks.first else { throw .noBlocks }
        let a = u * Matrix.diagonal(blocks.map(\.a)) * u.transposed
        let c = v * Matrix.diagonal(blocks.map(\.c)) * v.transposed
        let b = u * Matrix.diagonal(blocks.map(\.sigma)) * v.transposed
        func range(_ values: [Rational], start: Rational) -> (Rational, Rational) {
            values.reduce((start, start)) { (min($0.0, $1), max($0.1, $1)) }
        }
        let (muX, lX) = range(blocks.map(\.a), start: first.a), (muY, lY) = range(blocks.map(\.c), start: first.c)
        let lXY = range(blocks.map { $0.sigma.absoluteValue }, start: first.sigma.absoluteValue).1
        return RationalGame(game: QuadraticGame(a: a, b: b, c: c), blocks: blocks, rotations: Rotations(u: u, v: v),
                            muX: muX, lX: lX, muY: muY, lY: lY, lXY: lXY, label: label)
    }

    /// A decoupled game from its blocks, rotated by random rational orthogonal U, V
    /// (identity when `rotate` is false).
    public static func decoupled(_ blocks: [GameBlock], label: String, rotate: Bool,
                                 using rng: inout SeededGenerator) throws(RationalGameError) -> RationalGame {
        let n = blocks.count
        let u = rotate ? RationalOrthogonal.random(dimension: n, using: &rng) : .identity(n)
        let v = rotate ? RationalOrthogonal.random(dimension: n, using: &rng) : .identity(n)
        return try decoupled(blocks, label: label, u: u, v: v)
    }

    /// The project's hard instance H, normalised to μ_x = μ_y = 1 for κ_x, κ_y ≥ 1:
    /// A = diag(κ_x, 1, 1, κ_x), C = diag(κ_y, 1, 1, κ_y), B = diag(0, 0, κ_xy, κ_xy).
    /// It combines x-ill-conditioning, y-ill-conditioning and coupling (derivation in
    /// Proofs/lee-cho-yun-2024/sim-lower-bound.md).
    public static func hard(kappaX: Rational, kappaY: Rational, kappaXY: Rational) -> RationalGame {
        let blocks = [
            GameBlock(a: kappaX, sigma: 0, c: kappaY),
            GameBlock(a: 1, sigma: 0, c: 1),
            GameBlock(a: 1, sigma: kappaXY, c: 1),
            GameBlock(a: kappaX, sigma: kappaXY, c: kappaY),
        ]
        let identity = Matrix<Rational>.identity(4)
        return RationalGame(
            game: QuadraticGame(a: .diagonal(blocks.map(\.a)), b: .diagonal(blocks.map(\.sigma)), c: .diagonal(blocks.map(\.c))),
            blocks: blocks, rotations: Rotations(u: identity, v: identity),
            muX: min(kappaX, 1), lX: max(kappaX, 1), muY: min(kappaY, 1), lY: max(kappaY, 1), lXY: kappaXY.absoluteValue,
            label: "H(κ_x=\(kappaX), κ_y=\(kappaY), κ_xy=\(kappaXY))")
    }

    /// Whether this is the hard instance H (its label and its blocks).
    public var isHard: Bool {
        guard label.hasPrefix("H("), let blocks, blocks.count == 4, muX == 1, muY == 1 else { return false }
        return blocks == RationalGame.hard(kappaX: lX, kappaY: lY, kappaXY: lXY).blocks
    }

    /// n rationals in [lo, hi] on a grid of `grid` steps, containing both endpoints.
    static func spread(_ n: Int, _ lo: Rational, _ hi: Rational, grid: Int = 24,
                       using rng: inout SeededGenerator) throws(RationalGameError) -> [Rational] {
        guard n >= 2 else { throw .tooFewBlocks(n) }
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
                                       using rng: inout SeededGenerator) throws(RationalGameError) -> RationalGame {
        let a = try spread(n, muX, lX, using: &rng), c = try spread(n, muY, lY, using: &rng)
        let s = try spread(n, muXY, lXY, using: &rng)
        let blocks = (0..<n).map { GameBlock(a: a[$0], sigma: s[$0], c: c[$0]) }
        return try decoupled(blocks, label: "decoupled", rotate: rotate, using: &rng)
    }

    /// A non-commuting game: A = U D_A Uᵀ, C = V D_C Vᵀ, B = U′ Σ Vᵀ with an independent
    /// rational orthogonal U′, spectra as in ``randomDecoupled``. ‖B‖₂ = max σ exactly.
    public static func randomNonCommuting(n: Int, muX: Rational, lX: Rational, muY: Rational, lY: Rational,
                                          muXY: Rational, lXY: Rational,
                                          using rng: inout SeededGenerator) throws(RationalGameError) -> RationalGame {
        let a = try spread(n, muX, lX, using: &rng), c = try spread(n, muY, lY, using: &rng)
        let s = try spread(n, muXY, lXY, using: &rng)
        let u = RationalOrthogonal.random(dimension: n, using: &rng)
        let v = RationalOrthogonal.random(dimension: n, using: &rng)
        let u2 = RationalOrthogonal.random(dimension: n, reflections: 3, using: &rng)
        let game = QuadraticGame(a: u * Matrix.diagonal(a) * u.transposed,
                                 b: u2 * Matrix.diagonal(s) * v.transposed,
                                 c: v * Matrix.diagonal(c) * v.transposed)
        return RationalGame(game: game, blocks: nil, muX: muX, lX: lX, muY: muY, lY: lY, lXY: lXY, label: "non-commuting")
    }
}
