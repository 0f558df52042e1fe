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
/// and trace 2 − αβσ² per block for Alt) are [DERIVED] in
/// Proofs/lee-cho-yun-2024/bilinear-sim-alt-fail.md. Decided exactly on the full iteration
/// matrices of non-commuting rational B (some rank-deficient) at seeded random rational steps.
public struct BilinearSimAltFail: Theorem {
    public struct Instance: Sendable {
        public let b: Matrix<Rational>
        public let alpha: Rational, beta: Rational
        /// Whether αβ‖B‖₂² < 4, decided exactly (4/(αβ)·I − BᵀB ≻ 0 by LDLᵀ).
        public let smallSteps: Bool
    }

    public struct Measurement: Sendable {
        public let sim: SpectralRadiusEvidence
        public let alt: SpectralRadiusEvidence
    }

    public let id = "lee-cho-yun-2024/bilinear-sim-alt-fail"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("Section 6 (bilinear games)")
    public let statement = "On bilinear games f = xᵀBy with B ≠ 0, Sim-GDA has ρ > 1 and Alt-GDA has ρ ≥ 1 for all step sizes; Alt-GDA has ρ = 1 exactly (cycling) when αβ‖B‖₂² < 4."

    public init() {}

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let count = scale.pick(quick: 6, standard: 20, thorough: 60)
        return (0..<count).map { k in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(k))
            let n = rng.int(in: 1...3), m = rng.int(in: 1...3)
            var b: Matrix<Rational>
            repeat {
                b = Matrix(rows: n, columns: m) { _, _ in Rational(rng.int(in: -4...4), rng.int(in: 1...3)) }
            } while b.elements.allSatisfy(\.isZero)
            if k % 3 == 2 && n >= 2 {  // rank-deficient: repeat the first row
                let first = b.row(0)
                b = Matrix(rows: n, columns: m) { i, j in i == n - 1 ? first[j] : b[i, j] }
            }
            // every fourth instance: large steps (αβσ² typically > 4), else log-uniform small ones.
            // (αβ ≥ 62.5 and ‖B‖² ≥ 1/9 give αβ‖B‖² > 4 there.)
            let large = k % 4 == 3
            let alpha = Rational(rng.int(in: 1...9), 4) * (large ? 100 : Rational(1) / Rational(10).power(rng.int(in: 1...4)))
            let beta = Rational(rng.int(in: 1...9), 4) * (large ? 10 : Rational(1) / Rational(10).power(rng.int(in: 0...3)))
            let gram = b.transposed * b
            let small = (Rational(4) / (alpha * beta) * Matrix<Rational>.identity(m) - gram).isPositiveDefinite
            return Instance(b: b, alpha: alpha, beta: beta, smallSteps: small)
        }
    }

    public func summary(of i: Instance) -> String {
        "bilinear B \(i.b.rows)×\(i.b.columns) = \(i.b.rowArrays.map { $0.map(\.description) }), α=\(i.alpha), β=\(i.beta)\(i.smallSteps ? ", αβ‖B‖² < 4" : "")"
    }

    public func measure(_ i: Instance) -> Measurement {
        let game = QuadraticGame(a: .zero(rows: i.b.rows, columns: i.b.rows), b: i.b, c: .zero(rows: i.b.columns, columns: i.b.columns))
        // The decisions at radius 1 are the whole claim; brackets are skipped (they cost
        // seconds on these exact polynomials with roots on the unit circle).
        return Measurement(sim: SpectralRadiusEvidence(matrix: SimGDA(alpha: i.alpha, beta: i.beta).iterationMatrix(on: game), reportsBracket: false),
                           alt: SpectralRadiusEvidence(matrix: AltGDA(alpha: i.alpha, beta: i.beta).iterationMatrix(on: game), reportsBracket: false))
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
