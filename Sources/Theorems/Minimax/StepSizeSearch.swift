import ExactMath
import FloatMath

/// Float64 search for step sizes (α, β) that make a GDA-type method contract fast on a
/// decoupled game — the heuristic half of an "there exist step sizes" claim. The search only
/// proposes: its result is rationalised and then certified exactly
/// (``SpectralRadiusEvidence``); a poor search costs a weaker certificate, never a wrong one.
///
/// The Float64 objective is the largest root modulus over the blocks' characteristic
/// polynomials in closed form (the project's derivation, itself checked exactly against
/// the methods' iteration matrices in the test suite):
/// - Sim: z² + (αa + βc − 2)z + (1 − αa)(1 − βc) + αβσ²
/// - Alt: z² + (αa + βc + αβσ² − 2)z + (1 − αa)(1 − βc)
/// - Alex: z³ + (αa + βc + γδs − 2)z² + ((1 − αa)(1 − βc) + (γ + δ − 2γδ)s)z + (1 − γ)(1 − δ)s, s = αβσ².
public enum StepSizeSearch {
    /// The Float64 root radius of z² + pz + q.
    static func quadraticRadius(_ p: Double, _ q: Double) -> Double {
        let disc = p * p - 4 * q
        if disc >= 0 {
            let r = disc.squareRoot()
            return max(abs(-p + r), abs(-p - r)) / 2
        }
        return q.squareRoot()
    }

    /// The Float64 root radius of a block of `method` at (α, β), or nil if unsupported.
    static func blockRadius(_ method: GDAVariant, _ block: (a: Double, s2: Double, c: Double), _ alpha: Double, _ beta: Double) -> Double {
        let x = 1 - alpha * block.a, y = 1 - beta * block.c, s = alpha * beta * block.s2
        switch method {
        case .sim: return quadraticRadius(alpha * block.a + beta * block.c - 2, x * y + s)
        case .alt: return quadraticRadius(alpha * block.a + beta * block.c + s - 2, x * y)
        case .alex(let gr, let dr):
            let g = gr.doubleValue, d = dr.doubleValue
            let a2 = alpha * block.a + beta * block.c + g * d * s - 2
            let a1 = x * y + (g + d - 2 * g * d) * s
            let a0 = (1 - g) * (1 - d) * s
            let companion = Matrix<Double>([[-a2, -a1, -a0], [1, 0, 0], [0, 1, 0]])
            return (try? spectralRadius(companion)) ?? .infinity
        case .extragradient:
            // EG on a scalar block: M = I − K + K², K = [[αa, ασ], [−βσ, βc]].
            let k11 = alpha * block.a, k12 = alpha * block.s2.squareRoot(), k21 = -beta * block.s2.squareRoot(), k22 = beta * block.c
            let m11 = 1 - k11 + k11 * k11 + k12 * k21, m12 = -k12 + k11 * k12 + k12 * k22
            let m21 = -k21 + k21 * k11 + k22 * k21, m22 = 1 - k22 + k21 * k12 + k22 * k22
            return quadraticRadius(-(m11 + m22), m11 * m22 - m12 * m21)
        }
    }

    /// max over blocks.
    static func radius(_ method: GDAVariant, _ blocks: [(a: Double, s2: Double, c: Double)], _ alpha: Double, _ beta: Double) -> Double {
        var r = 0.0
        for b in blocks { r = max(r, blockRadius(method, b, alpha, beta)); if !r.isFinite { return r } }
        return r
    }

    /// The Float64-best (α, β) found by a log-grid scan and a shrinking pattern search,
    /// rounded to Float32 precision and returned as exact rationals (dyadic).
    public static func tuned(_ method: GDAVariant, on game: RationalGame, grid: Int = 41) -> (alpha: Rational, beta: Rational, floatRadius: Double) {
        // The cubic (Alex) objective needs an eigenvalue solve per block: a coarser grid.
        let grid: Int = { if case .alex = method { return min(grid, 25) } else { return grid } }()
        let blocks = (game.blocks ?? []).map { (a: $0.a.doubleValue, s2: ($0.sigma * $0.sigma).doubleValue, c: $0.c.doubleValue) }
        let lX = game.lX.doubleValue, lY = game.lY.doubleValue, lXY = game.lXY.doubleValue
        let muX = game.muX.doubleValue, muY = game.muY.doubleValue
        let lmax = max(lX, lY, lXY)
        // α ranges from well below the Sim-type step μ/L² up to 4/max(L_x, L_xy); likewise β.
        let aLo = deterministicLog(1e-2 * min(muX / (lmax * lmax), 1 / lmax)), aHi = deterministicLog(4 / max(lX, lXY))
        let bLo = deterministicLog(1e-2 * min(muY / (lmax * lmax), 1 / lmax)), bHi = deterministicLog(4 / max(lY, lXY))
        var best = (la: aLo, lb: bLo, r: Double.infinity)
        for i in 0..<grid {
            let la = aLo + (aHi - aLo) * Double(i) / Double(grid - 1)
            for j in 0..<grid {
                let lb = bLo + (bHi - bLo) * Double(j) / Double(grid - 1)
                let r = radius(method, blocks, deterministicExp(la), deterministicExp(lb))
                if r < best.r { best = (la, lb, r) }
            }
        }
        var h = max(aHi - aLo, bHi - bLo) / Double(grid - 1)
        var budget = 4000
        while h > 1e-7 && budget > 0 {
            budget -= 1
            var improved = false
            for (da, db) in [(h, 0.0), (-h, 0), (0, h), (0, -h), (h, h), (-h, -h), (h, -h), (-h, h)] {
                let r = radius(method, blocks, deterministicExp(best.la + da), deterministicExp(best.lb + db))
                if r < best.r { best = (best.la + da, best.lb + db, r); improved = true }
            }
            if !improved { h /= 2 }
        }
        // The search only proposes: the exact certificate decides at whatever step it returns.
        // A non-finite proposal (overflow) falls back to a step of 1, which the certificate
        // then judges like any other.
        let alpha = Rational(exactly: Double(Float(deterministicExp(best.la)))) ?? .one
        let beta = Rational(exactly: Double(Float(deterministicExp(best.lb)))) ?? .one
        return (alpha, beta, best.r)
    }
}
