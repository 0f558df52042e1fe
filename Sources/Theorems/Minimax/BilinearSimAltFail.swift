import ExactMath
import FloatMath
import Optimizers

/// On bilinear games f = xᵀBy (B ≠ 0), Sim-GDA diverges (ρ > 1) and Alt-GDA never
/// converges (ρ ≥ 1) for **every** step size; when αβσ_max(B)² < 4, Alt-GDA cycles:
/// ρ(M_alt) = 1 exactly, with bounded iterates.
///
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475), §6 (abstract: "both Sim-GDA and Alt-GDA fail to converge
/// at all" on bilinear problems). The exact spectral facts (|λ|² = 1 + αβσ² for Sim; det = 1
/// and trace 2 − αβσ² per block for Alt) are derived in
/// Proofs/lee-cho-yun-2024/bilinear-sim-alt-fail.md. Decided exactly on the full iteration
/// matrices of non-commuting rational B of every rank ≥ 1 (a third of them rank one by
/// construction) at seeded random rational steps.
public struct BilinearSimAltFail: Theorem {
    public struct Instance: Sendable {
        public let b: Matrix<Rational>
        public let alpha: Rational, beta: Rational
        /// Whether αβ‖B‖₂² < 4, decided exactly (4/(αβ)·I − BᵀB ≻ 0 by LDLᵀ).
        public let smallSteps: Bool
        /// rank(B), exact.
        public let rank: Int
    }

    public struct Measurement: Sendable {
        public let sim: SpectralRadiusEvidence
        public let alt: SpectralRadiusEvidence
    }

    public let id = "lee-cho-yun-2024/bilinear-sim-alt-fail"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("Section 6 (bilinear games)")
    public let provenance = Provenance.paperShape(
        "abstract (PMLR page): on bilinear problems 'both Sim-GDA and Alt-GDA fail to converge at all'; the exact spectra (Sim ρ > 1, Alt ρ = 1 for αβ‖B‖² < 4) are the project's derivation (Proofs document)")
    public let statement = "On bilinear games f = xᵀBy with B ≠ 0, Sim-GDA has ρ > 1 and Alt-GDA has ρ ≥ 1 for all step sizes; Alt-GDA has ρ = 1 exactly (cycling) when αβ‖B‖₂² < 4."
    public let methods: MinimaxMethods
    public let tests: RootRadiusTests

    public init(methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    /// Whether αβ‖B‖₂² < 4, decided exactly.
    static func smallSteps(_ b: Matrix<Rational>, alpha: Rational, beta: Rational) -> Bool {
        (Rational(4) / (alpha * beta) * Matrix<Rational>.identity(b.columns) - b.transposed * b).isPositiveDefinite
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("B ≠ 0 (rank ≥ 1, exact)") { i in
                i.b.rank >= 1 && i.rank == i.b.rank ? nil : "rank(B) = \(i.b.rank)"
            },
            Hypothesis("step sizes α, β > 0") { $0.alpha > 0 && $0.beta > 0 ? nil : "α = \($0.alpha), β = \($0.beta)" },
            Hypothesis("the small-step flag is αβ‖B‖₂² < 4, decided exactly") { i in
                Self.smallSteps(i.b, alpha: i.alpha, beta: i.beta) == i.smallSteps ? nil : "the flag is wrong"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 6, standard: 20, thorough: 60)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 16, hypotheses: hypotheses) { k, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let n = rng.int(in: 1...3), m = rng.int(in: 1...3)
            func entry() -> Rational { Rational(rng.int(in: -4...4), rng.int(in: 1...3)) }
            let b: Matrix<Rational>
            if k % 3 == 2 && min(n, m) >= 2 {
                // rank one by construction, so rank-deficient: B = u vᵀ with u, v drawn (a zero draw is re-drawn).
                let u = (0..<n).map { _ in entry() }, v = (0..<m).map { _ in entry() }
                b = Matrix(rows: n, columns: m) { i, j in u[i] * v[j] }
            } else {
                b = Matrix(rows: n, columns: m) { _, _ in entry() }
            }
            guard !b.elements.allSatisfy(\.isZero) else { return .reject("B = 0") }
            // every fourth instance: large steps (αβ‖B‖² typically > 4), else log-uniform small ones.
            let large = k % 4 == 3
            let alpha = Rational(rng.int(in: 1...9), 4) * (large ? 100 : Rational(1) / Rational(10).power(rng.int(in: 1...4)))
            let beta = Rational(rng.int(in: 1...9), 4) * (large ? 10 : Rational(1) / Rational(10).power(rng.int(in: 0...3)))
            return .accept(Instance(b: b, alpha: alpha, beta: beta, smallSteps: Self.smallSteps(b, alpha: alpha, beta: beta), rank: b.rank))
        }
    }

    public func summary(of i: Instance) -> String {
        "bilinear B \(i.b.rows)×\(i.b.columns) of rank \(i.rank) = \(i.b.rowArrays.map { $0.map(\.description) }), α=\(i.alpha), β=\(i.beta)\(i.smallSteps ? ", αβ‖B‖² < 4" : "")"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d_x", i.b.rows), .int("d_y", i.b.columns), .int("rank", i.rank), .exact("alpha", i.alpha), .exact("beta", i.beta),
         .text("steps", i.smallSteps ? "alpha*beta*|B|^2 < 4" : "alpha*beta*|B|^2 >= 4")]
    }

    public func measure(_ i: Instance) -> Measurement {
        let game = QuadraticGame(a: .zero(rows: i.b.rows, columns: i.b.rows), b: i.b, c: .zero(rows: i.b.columns, columns: i.b.columns))
        // The decisions at radius 1 are the whole claim; brackets are skipped (they cost
        // seconds on these exact polynomials with roots on the unit circle).
        func evidence(_ v: GDAVariant) -> SpectralRadiusEvidence {
            SpectralRadiusEvidence(matrix: v.iterationMatrix(alpha: i.alpha, beta: i.beta, on: game, using: methods),
                                   reportsBracket: false, tests: tests)
        }
        return Measurement(sim: evidence(.sim), alt: evidence(.alt))
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("ρ(M_sim) > 1; ρ(M_alt) ≥ 1, and ρ(M_alt) = 1 when αβ‖B‖² < 4", kind: .lowerBound, exact: true) { i, m in
            let sim = m.sim.judgeAbove(1)
            guard sim.outcome == .holds else { return sim }
            let alt = m.alt.judgeAtLeast(1)
            guard alt.outcome == .holds, i.smallSteps else { return alt }
            var bounded = m.alt.judgeAtMost(1)
            if bounded.outcome == .holds {
                bounded.certificate = "Sim: \(sim.certificate ?? ""); Alt: \(alt.certificate ?? ""); \(bounded.certificate ?? "") — so ρ(M_alt) = 1"
            }
            return bounded
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("Alt-GDA converges on bilinear games with small enough steps: ρ(M_alt) < 1", kind: .upperBound, exact: true) { i, m in
                guard i.smallSteps else { return .inapplicable("stated for small steps") }
                return m.alt.judgeBelow(1)
            },
            Claim("Alt-GDA stays bounded for all step sizes: ρ(M_alt) ≤ 1", kind: .upperBound, exact: true) { _, m in
                m.alt.judgeAtMost(1)
            },
            Claim("Sim-GDA with small steps is at worst neutrally stable: ρ(M_sim) ≤ 1", kind: .upperBound, exact: true) { i, m in
                guard i.smallSteps else { return .inapplicable("stated for small steps") }
                return m.sim.judgeAtMost(1)
            },
        ]
    }
}
