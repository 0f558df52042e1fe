import ExactMath
import Optimizers

/// The hypotheses of Lee–Cho–Yun (ICML 2024), §2 and §6, decided exactly on a rational game.
extension RationalGame {
    /// `nil` when the game is strongly-convex–strongly-concave with exactly the stated
    /// constants: μ_x, μ_y > 0, spec(A) ⊂ [μ_x, L_x] and spec(C) ⊂ [μ_y, L_y] with all four
    /// ends attained, and ‖B‖₂ = L_xy (§2, quadratic case).
    public var scscViolation: String? {
        guard muX > 0, muY > 0 else { return "μ_x = \(muX), μ_y = \(muY): strong convexity needs both > 0" }
        if let why = ExactSpectrum.intervalViolation(game.a, name: "A", lo: muX, hi: lX) { return why }
        if let why = ExactSpectrum.intervalViolation(game.c, name: "C", lo: muY, hi: lY) { return why }
        return ExactSpectrum.spectralNormViolation(game.b, name: "B", equals: lXY)
    }

    /// `nil` when the blocks describe the game exactly: U, V orthogonal and UᵀAU = diag(a),
    /// UᵀBV = diag(σ), VᵀCV = diag(c). This is what makes block-wise spectral evidence the
    /// evidence of the whole game (``evidence(_:alpha:beta:using:tests:)``).
    public var blockViolation: String? {
        guard let blocks else { return "not decoupled" }
        guard let r = rotations else { return "the rotations of the decoupled game are unknown" }
        let n = blocks.count
        guard r.u.rows == n, r.u.isSquare, r.v.rows == n, r.v.isSquare, game.dx == n, game.dy == n else {
            return "the blocks, rotations and game have different sizes"
        }
        let identity = Matrix<Rational>.identity(n)
        guard r.u.transposed * r.u == identity, r.v.transposed * r.v == identity else { return "U or V is not orthogonal" }
        guard r.u.transposed * game.a * r.u == .diagonal(blocks.map(\.a)) else { return "UᵀAU is not diag(a)" }
        guard r.u.transposed * game.b * r.v == .diagonal(blocks.map(\.sigma)) else { return "UᵀBV is not diag(σ)" }
        guard r.v.transposed * game.c * r.v == .diagonal(blocks.map(\.c)) else { return "VᵀCV is not diag(c)" }
        return nil
    }

    /// `nil` when the game is bilinear (A = C = 0) with B square and invertible, ‖B‖₂ = L_xy
    /// and smallest singular value exactly `muXY` > 0 (so the equilibrium is unique and the
    /// spectral radius is the rate; §6 states its rates with L_xy and μ_xy, the extreme
    /// nonzero singular values).
    public func bilinearViolation(muXY: Rational) -> String? {
        guard game.a.elements.allSatisfy(\.isZero), game.c.elements.allSatisfy(\.isZero) else { return "A or C is not zero" }
        guard game.dx == game.dy else { return "B is \(game.dx)×\(game.dy), not square" }
        guard muXY > 0 else { return "μ_xy = \(muXY) is not positive" }
        if let why = ExactSpectrum.spectralNormViolation(game.b, name: "B", equals: lXY) { return why }
        let gram = game.b.transposed * game.b
        guard (gram - muXY * muXY * Matrix<Rational>.identity(gram.rows)).isPositiveSemidefinite,
              ExactSpectrum.isEigenvalue(muXY * muXY, of: gram) else { return "the smallest singular value of B is not \(muXY)" }
        return nil
    }
}
