import ExactMath
import FloatMath
import Optimizers
import PropertyBased
import ProvableTesting
import Testing
@testable import Theorems

/// Properties of the GDA family's exact machinery on seeded random games (Lee–Cho–Yun,
/// ICML 2024, Algorithms 1–2): brackets vs Float64, Alex ⊇ Sim/Alt, iterates = matrix
/// powers, and the block decomposition of decoupled games.
@Suite("Minimax GDA machinery: properties")
struct MinimaxPropertyTests {
    /// A random rational game with symmetric A, C (not necessarily definite) and steps.
    static func randomGame(_ g: inout SeededGenerator, dx: Int, dy: Int) -> QuadraticGame<Rational> {
        func r() -> Rational { Rational(g.int(in: -6...6), g.int(in: 1...4)) }
        func sym(_ n: Int) -> Matrix<Rational> {
            let m = Matrix<Rational>(rows: n, columns: n) { _, _ in r() }
            return Rational(1, 2) * (m + m.transposed)
        }
        return QuadraticGame(a: sym(dx), b: Matrix(rows: dx, columns: dy) { _, _ in r() }, c: sym(dy))
    }

    static let methods: [GDAVariant] = [.sim, .alt, .alex(gamma: Rational(3, 2), delta: Rational(5, 4)), .extragradient]

    @Test("property: the certified bracket contains the Float64 spectral radius (away from ties)")
    func bracketContainsFloat64() throws {
        try seededPropertyCheck(count: 30, seed: 0x6DA1, input: zip(Gen<Int>.int(in: 1...2), Gen<UInt64>.uint64())) { n, seed in
            var g = SeededGenerator(seed: seed)
            let game = Self.randomGame(&g, dx: n, dy: g.int(in: 1...2))
            let method = Self.methods[g.int(in: 0...3)]
            let alpha = Rational(g.int(in: 1...20), 40), beta = Rational(g.int(in: 1...20), 40)
            let m = method.iterationMatrix(alpha: alpha, beta: beta, on: game)
            let evidence = SpectralRadiusEvidence(matrix: m)
            let b = try #require(evidence.bracket(width: Rational(1, 1_000_000_000)))
            let ev = try eigenvalues(m.doubleValue)
            let moduli = ev.map(\.length).sorted(by: >)
            // Away from ties: skip when the two largest moduli belong to nearly repeated eigenvalues.
            let top = ev.filter { abs($0.length - moduli[0]) < 1e-6 }
            let distinctTop = top.contains { t in top.contains { abs($0.real - t.real) > 1e-4 || abs($0.imaginary + t.imaginary) > 1e-4 && abs($0.imaginary - t.imaginary) > 1e-4 } }
            if top.count > 1 && !distinctTop { return }
            let rho = moduli[0]
            #expect(b.lower.doubleValue - 1e-9 <= rho && rho <= b.upper.doubleValue + 1e-9,
                    "\(method) seed \(seed): bracket (\(b.lower.doubleValue), \(b.upper.doubleValue)] vs Float64 \(rho)")
        }
    }

    @Test("property: char(M_alex(0,1)) = z^{d_y}·char(M_sim) and char(M_alex(1,1)) = z^{d_y}·char(M_alt)")
    func alexSubsumes() {
        seededPropertyCheck(count: 25, seed: 0xA1E7, input: zip(Gen<Int>.int(in: 1...3), Gen<UInt64>.uint64())) { n, seed in
            var g = SeededGenerator(seed: seed)
            let dy = g.int(in: 1...3)
            let game = Self.randomGame(&g, dx: n, dy: dy)
            let alpha = Rational(g.int(in: 1...9), 7), beta = Rational(g.int(in: 1...9), 5)
            func p(_ v: GDAVariant) -> Polynomial { v.iterationMatrix(alpha: alpha, beta: beta, on: game).characteristicPolynomial }
            let shift = Polynomial.monomial(degree: dy)
            #expect(p(.alex(gamma: 0, delta: 1)) == shift * p(.sim))
            #expect(p(.alex(gamma: 1, delta: 1)) == shift * p(.alt))
            if !game.b.elements.allSatisfy(\.isZero) {
                #expect(p(.alex(gamma: 0, delta: 1)) != shift * p(.alt), "the negative control must differ when B ≠ 0")
            }
        }
    }

    @Test("property: exact simulated states equal M^k · s₀ for every method")
    func iteratesArePowers() {
        seededPropertyCheck(count: 20, seed: 0x17E2, input: zip(Gen<Int>.int(in: 1...3), Gen<UInt64>.uint64())) { n, seed in
            var g = SeededGenerator(seed: seed)
            let game = Self.randomGame(&g, dx: n, dy: g.int(in: 1...2))
            let alpha = Rational(g.int(in: 1...9), 10), beta = Rational(g.int(in: 1...9), 10)
            let x0 = Vector((0..<game.dx).map { _ in Rational(g.int(in: -3...3)) })
            let y0 = Vector((0..<game.dy).map { _ in Rational(g.int(in: -3...3)) })
            let methods: [(GDAVariant, [Vector<Rational>])] = [
                (.sim, SimGDA(alpha: alpha, beta: beta).states(on: game, x0: x0, y0: y0, steps: 5)),
                (.alt, AltGDA(alpha: alpha, beta: beta).states(on: game, x0: x0, y0: y0, steps: 5)),
                (.alex(gamma: 2, delta: Rational(1, 2)), AlexGDA(alpha: alpha, beta: beta, gamma: 2, delta: Rational(1, 2)).states(on: game, x0: x0, y0: y0, steps: 5)),
                (.extragradient, Extragradient(alpha: alpha, beta: beta).states(on: game, x0: x0, y0: y0, steps: 5)),
            ]
            for (method, states) in methods {
                let m = method.iterationMatrix(alpha: alpha, beta: beta, on: game)
                for k in 0...5 { #expect(states[k] == m.power(k) * states[0], "\(method) step \(k)") }
            }
        }
    }

    @Test("property: a rotated decoupled game's char. polynomial is the product of its block polynomials")
    func blockDecompositionIsFaithful() {
        seededPropertyCheck(count: 8, seed: 0xB10C, input: Gen<UInt64>.uint64()) { seed in
            var g = SeededGenerator(seed: seed)
            guard let game = try? RationalGame.randomDecoupled(n: g.int(in: 2...3), muX: 1, lX: Rational(g.int(in: 2...9)),
                                                               muY: 1, lY: Rational(g.int(in: 2...9)), muXY: 0, lXY: Rational(g.int(in: 1...5)),
                                                               rotate: true, using: &g) else {
                Issue.record("n ≥ 2 blocks must build")
                return
            }
            #expect(game.blockViolation == nil && game.scscViolation == nil)
            let alpha = Rational(g.int(in: 1...9), 20), beta = Rational(g.int(in: 1...9), 20)
            for method in Self.methods {
                let full = method.iterationMatrix(alpha: alpha, beta: beta, on: game.game).characteristicPolynomial
                let product = (game.blocks ?? []).map { method.iterationMatrix(alpha: alpha, beta: beta, on: $0.game).characteristicPolynomial }
                    .reduce(Polynomial.one, *)
                #expect(full == product, "\(method), seed \(seed)")
            }
        }
    }

    @Test("the Float64 search's closed-form block polynomials match the methods' matrices")
    func closedFormsMatch() {
        let block = GameBlock(a: Rational(3, 2), sigma: Rational(7, 3), c: Rational(5, 4))
        let alpha = Rational(1, 7), beta = Rational(2, 9)
        for method in Self.methods {
            let p = method.iterationMatrix(alpha: alpha, beta: beta, on: block.game).characteristicPolynomial
            let rho = SpectralRadiusEvidence.floatRootRadius(p)!
            let closed = StepSizeSearch.blockRadius(method, (a: 1.5, s2: (Rational(7, 3) * Rational(7, 3)).doubleValue, c: 1.25),
                                                    alpha.doubleValue, beta.doubleValue)
            #expect(abs(rho - closed) < 1e-9, "\(method): \(rho) vs \(closed)")
        }
    }

    @Test("the certified bracket of a bilinear Alt-GDA block contains ρ = 1 and rejects a wrong value")
    func bracketCanFail() throws {
        let block = GameBlock(a: 0, sigma: 1, c: 0)
        let e = SpectralRadiusEvidence(matrix: GDAVariant.alt.iterationMatrix(alpha: Rational(1, 2), beta: Rational(1, 2), on: block.game))
        #expect(e.judgeAtMost(1).outcome == .holds)
        #expect(e.judgeBelow(1).outcome == .refuted)
        #expect(e.judgeAtMost(Rational(999_999, 1_000_000)).outcome == .refuted)
        let b = try #require(e.bracket())
        #expect(b.lower < 1 && 1 <= b.upper)
    }

    @Test("Float64: Alt-GDA on a bilinear game cycles — bounded, non-decaying orbit over 10⁵ steps")
    func altBilinearOrbitIsBounded() {
        let game = QuadraticGame<Double>(a: Matrix([[0, 0], [0, 0]]), b: Matrix([[1, 0.5], [0, 0.8]]), c: Matrix([[0, 0], [0, 0]]))
        let alt = AltGDA<Double>(alpha: 0.3, beta: 0.3)
        var state = alt.initialState(x0: Vector([1, -1]), y0: Vector([0.5, 2]))
        let start = state.elements.reduce(0) { $0 + $1 * $1 }
        var lo = start, hi = start
        for _ in 0..<100_000 {
            state = alt.step(state, on: game)
            let n = state.elements.reduce(0) { $0 + $1 * $1 }
            lo = min(lo, n); hi = max(hi, n)
        }
        // Bounded (no growth) and not converging (no decay): the orbit stays on an invariant ellipse.
        #expect(hi / start < 20 && lo / start > 0.05, "‖z‖² ranged over [\(lo), \(hi)] from \(start)")
        // Sim-GDA on the same game and steps grows geometrically (|λ|² = 1 + αβσ²).
        let sim = SimGDA<Double>(alpha: 0.3, beta: 0.3)
        var s = sim.initialState(x0: Vector([1, -1]), y0: Vector([0.5, 2]))
        for _ in 0..<200 { s = sim.step(s, on: game) }
        #expect(s.elements.reduce(0) { $0 + $1 * $1 } > 100 * start)
    }
}
