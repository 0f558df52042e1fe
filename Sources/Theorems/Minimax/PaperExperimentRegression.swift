import ExactMath
import FloatMath
import Optimizers

/// End-to-end Float64 regression against the authors' quadratic experiment (μ = 0.1,
/// L = L_xy = 1, d = 100, ε = 10⁻⁸): with the step-size factors tuned as in their code, the
/// iterations to ‖z‖² < ε are Sim ≫ Alt > Alex, Sim/Alt ≥ 10, and — at the authors'
/// dimension d = 100 — each within ×2 of the authors' reported medians (Sim ≈ 2000, Alt ≈ 105,
/// Alex ≈ 60). The quick scale runs the same protocol at d = 20, a setting the authors did not
/// run, where only the orderings are asserted.
///
/// Lee, Cho, Yun, "Fundamental Benefit of Alternating Updates in Minimax Optimization",
/// ICML 2024 (arXiv 2402.10475), §7 (quadratic experiments); the setting, grids and
/// reference counts are from the authors' official code and logs (HanseulJo/Alex-GDA, commit
/// 752f36ca). See Proofs/lee-cho-yun-2024/paper-experiment-regression.md, which also gives
/// the error analysis behind the tolerance.
public struct PaperExperimentRegression: Theorem {
    public struct Instance: Sendable {
        public let d: Int
        public let seed: UInt64
    }

    public struct Measurement: Sendable {
        public let sim: Int?, alt: Int?, alex: Int?
        public let alexParameters: (gamma: Double, delta: Double, factor: Double)?
        /// Whether the Alex grid had to be refined to the authors' 0.1 step near the coarse best.
        public let refined: Bool
    }

    public let id = "lee-cho-yun-2024/paper-experiment-regression"
    public let family = Family.minimax
    public let citation = Citation.leeChoYun2024.at("Section 7, quadratic SCSC experiment (μ = 0.1, L = L_xy = 1, ε = 1e-8)")
    public let provenance = Provenance.paperShape(
        "the authors' official code and logs (github.com/HanseulJo/Alex-GDA, quadratic-extensive/, commit 752f36ca): setting, tuning grids and reference counts; the ×2 bands are the project's tolerance (Proofs document)")
    public let statement = "On the authors' quadratic experiment (μ = 0.1, L = L_xy = 1, ε = 1e-8), tuned iteration counts satisfy Sim ≫ Alt > Alex with Sim/Alt ≥ 10 and, at the authors' d = 100, each within ×2 of the reported medians (Sim ≈ 2000, Alt ≈ 105, Alex ≈ 60)."
    public let methods: MinimaxMethods

    public init(methods: MinimaxMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("dimension d ≥ 2 (two eigenvalues of each matrix are pinned)") { $0.d >= 2 ? nil : "d = \($0.d)" }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let d = scale.pick(quick: 20, standard: Self.authorsDimension, thorough: Self.authorsDimension)
        let count = scale.pick(quick: 1, standard: 3, thorough: 10)
        return try InstanceSearch.draw(count: count, maxAttempts: count, hypotheses: hypotheses) { k in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(k))
            return .accept(Instance(d: d, seed: rng.next()))
        }
    }

    public func summary(of i: Instance) -> String { "μ=0.1, L=L_xy=1, μ_xy=0.1, d_x=d_y=\(i.d), game seed \(i.seed)" }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d_x", i.d), .int("d_y", i.d), .float("mu", 0.1), .float("L", 1), .float("mu_xy", 0.1), .float("L_xy", 1),
         .float("epsilon", Self.epsilon), .text("game seed", "\(i.seed)")]
    }

    /// The authors' dimension: the ×2 bands around their counts apply there.
    static let authorsDimension = 100
    static let factors = (1...15).map { Double($0) / 10 }
    static let epsilon = 1e-8
    /// The coarse Alex grid: (γ, δ) ∈ {0.5, 1.0, …, 3.0}² without (1, 1) (which is Alt-GDA).
    static let coarseGrid: [(Double, Double)] = {
        let g = stride(from: 0.5, through: 3.0, by: 0.5).map { $0 }
        return g.flatMap { a in g.compactMap { b in a == 1 && b == 1 ? nil : (a, b) } }
    }()

    /// The authors' 0.1-step grid within 0.4 of (γ, δ), clipped to [0.5, 3], without (1, 1)
    /// and without the coarse points (already run).
    static func refinement(around p: (Double, Double)) -> [(Double, Double)] {
        func near(_ c: Double) -> [Double] {
            (-4...4).map { (c * 10 + Double($0)) / 10 }.filter { $0 >= 0.5 && $0 <= 3.0 }
        }
        let coarse = Set(coarseGrid.map { "\($0.0),\($0.1)" })
        return near(p.0).flatMap { a in near(p.1).compactMap { b in
            (a == 1 && b == 1) || coarse.contains("\(a),\(b)") ? nil : (a, b)
        } }
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let g = try PaperExperimentGame.make(d: i.d, seed: i.seed)
        // Base steps of the authors' run.py: Sim μ/L² type, Alt/Alex 1/L type.
        let simBase = min(g.mu / (g.l * g.l), g.mu / (g.lXY * g.lXY)), altBase = min(1 / g.l, 1 / g.lXY)
        func best(_ maker: GameMethodMaker, base: Double, cap: Int) -> Int? {
            var found: Int? = nil
            for f in Self.factors.reversed() {
                let a = f * base
                if let k = g.iterations(maker.float(GameMethodParameters(alpha: a, beta: a)), epsilon: Self.epsilon,
                                        cap: min(found ?? cap, cap)) { found = k }
            }
            return found
        }
        let bestSim = best(methods.sim, base: simBase, cap: 100_000)
        let bestAlt = best(methods.alt, base: altBase, cap: 1000)
        var bestAlex: Int? = nil
        var parameters: (Double, Double, Double)? = nil
        func search(_ grid: [(Double, Double)], cap: Int) {
            for (gamma, delta) in grid {
                for f in Self.factors.reversed() {
                    let a = f * altBase
                    let method = methods.alex.float(GameMethodParameters(alpha: a, beta: a, gamma: gamma, delta: delta))
                    if let k = g.iterations(method, epsilon: Self.epsilon, cap: min(bestAlex ?? cap, cap)), k < (bestAlex ?? .max) {
                        bestAlex = k
                        parameters = (gamma, delta, f)
                    }
                }
            }
        }
        search(Self.coarseGrid, cap: 1000)
        // A coarse grid that misses Alex < Alt is a budget shortfall against the authors' 0.1
        // grid, not evidence: refine to their step near the coarse best before judging.
        var refined = false
        if let alt = bestAlt, let p = parameters, (bestAlex ?? .max) >= alt {
            refined = true
            search(Self.refinement(around: (p.0, p.1)), cap: 1000)
        }
        return Measurement(sim: bestSim, alt: bestAlt, alex: bestAlex, alexParameters: parameters, refined: refined)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("Alex < Alt; Sim/Alt ≥ 10; at d = 100 Sim ∈ [1000, 4000], Alt ∈ [52, 210], Alex ∈ [30, 120] iterations", kind: .tight, exact: false) { i, m in
            guard let sim = m.sim, let alt = m.alt, let alex = m.alex, let p = m.alexParameters else {
                return .inconclusive("a method did not reach ε within its cap (Sim \(m.sim.map(String.init) ?? "—"), Alt \(m.alt.map(String.init) ?? "—"), Alex \(m.alex.map(String.init) ?? "—"))")
            }
            let ratio = Double(sim) / Double(alt)
            let text = "Sim \(sim), Alt \(alt), Alex \(alex) (γ=\(p.gamma), δ=\(p.delta), factor \(p.factor)\(m.refined ? ", refined grid" : "")); Sim/Alt = \(Quantity.format(ratio))"
            let bands: [(Bool, String)] = i.d != Self.authorsDimension ? [] : [
                ((1000...4000).contains(sim), "Sim outside ×2 of 2000"),
                ((52...210).contains(alt), "Alt outside ×2 of 105"),
                ((30...120).contains(alex), "Alex outside ×2 of 60"),
            ]
            var j = Judgement.approximate(measured: ratio, .atLeast, predicted: 10, tolerance: 0,
                                          reason: i.d == Self.authorsDimension
                                            ? "Float64 iterate counts; the ×2 bands are the tolerance (tuning grids and seeds differ from the authors' runs)"
                                            : "Float64 iterate counts at d = \(i.d), not the authors' d = 100: orderings only")
            if let failed = bands.first(where: { !$0.0 }) {
                j.outcome = .refuted
                j.reason = failed.1
            } else if j.outcome == .holds, alex >= alt {
                j.outcome = .inconclusive
                j.reason = "Alex did not beat Alt on the searched part of the authors' (γ, δ) grid (coarse grid and its 0.1-step refinement): a tuning-budget shortfall, not evidence against the ordering"
            }
            j.certificate = text
            return j
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("Alt-GDA is about as fast as Sim-GDA (Sim/Alt < 2)", kind: .upperBound, exact: false) { _, m in
                guard let sim = m.sim, let alt = m.alt else { return .inconclusive("a method did not converge") }
                return Judgement.approximate(measured: Double(sim) / Double(alt), .below, predicted: 2, tolerance: 0)
            },
            Claim("Alex-GDA is no faster than Alt-GDA (Alex ≥ Alt iterations)", kind: .lowerBound, exact: false) { _, m in
                guard let alt = m.alt, let alex = m.alex else { return .inconclusive("a method did not converge") }
                return Judgement.approximate(measured: Double(alex), .atLeast, predicted: Double(alt), tolerance: 0)
            },
        ]
    }
}
