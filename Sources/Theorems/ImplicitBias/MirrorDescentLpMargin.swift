import ExactMath
import FloatMath
import Optimizers

extension Citation {
    /// H. Sun, K. Ahn, C. Thrampoulidis, N. Azizan, "Mirror Descent Maximizes Generalized
    /// Margin and Can Be Implemented Efficiently", NeurIPS 2022.
    public static let sunAhnThrampoulidisAzizan2022 = Citation(
        authors: ["Haoyuan Sun", "Kwangjun Ahn", "Christos Thrampoulidis", "Navid Azizan"],
        title: "Mirror Descent Maximizes Generalized Margin and Can Be Implemented Efficiently",
        venue: "Advances in Neural Information Processing Systems (NeurIPS)", year: 2022, arxiv: "2205.12808", bibtexKey: "sun2022mirror", entryType: "inproceedings")
}

/// p-GD — mirror descent with potential (1/p)‖w‖_p^p — on separable data converges in
/// direction to the ℓp max-margin classifier (Sun–Ahn–Thrampoulidis–Azizan, NeurIPS 2022,
/// main result; implicit-bias note check C8). Checked on the loss-normalized step for the
/// exponential loss, against a Float64 ℓp reference certified by its duality gap, on
/// instances where the ℓp and ℓ2 predictions are provably apart (the separation gate).
///
/// Directional convergence is asymptotic and slow, so no finite budget refutes it by a
/// shortfall (the earlier criterion "ρ_p shrinks from T/10 to T and ends below s/4" raised
/// false alarms): the check races the ℓp limit against the separated ℓ2 one
/// (``LimitEvidence``: ρ_p/s_p against ρ₂/s₂), doubling the budget while undecided.
public struct MirrorDescentLpMargin: Theorem {
    /// A gated instance: exact ℓ2/ℓ∞ references, the certified ℓp reference and the budget.
    public struct Instance: Sendable {
        public let margins: MarginInstance
        public let p: Double
        /// The ℓp reference (Float64, barrier method) and its certified upper bound.
        public let reference: LpMaxMargin
        public let steps: Int
        /// How many times an undecided run's budget is doubled.
        public let doublings: Int
        /// s = (γ̄_p − γ_p(ŵ₂))/γ̄_p: how far the ℓ2 solution is from ℓp-optimal.
        public var lpGapOfL2: Double {
            let w2 = margins.l2.direction.map(\.doubleValue)
            return (reference.dualMargin - margins.data.normalizedMargin(w2, p: p)) / reference.dualMargin
        }
        /// s₂ = (γ₂ − γ₂(ŵ_p))/γ₂: how far the ℓp solution is from ℓ2-optimal.
        public var l2GapOfLp: Double { margins.l2Gap(reference.direction) }
    }

    /// The relative margin gaps of the p-GD iterate.
    public struct Measurement: Sendable {
        /// ρ_p(w) = (γ̄_p − γ_p(w))/γ̄_p against the certified upper bound γ̄_p, at T and T/10.
        public let lp: Double
        public let lpEarly: Double
        /// ρ₂(w_T) = (γ₂ − γ₂(w_T))/γ₂ against the exact γ₂.
        public let l2: Double
        /// The separations s_p = ρ_p(ŵ₂) and s₂ = ρ₂(ŵ_p) of the instance.
        public let lpSeparation: Double
        public let l2Separation: Double
        /// The budgets run; the gaps are those of the last one.
        public internal(set) var budgets: [Int] = []

        /// ρ_p(w_T)/s_p against ρ₂(w_T)/s₂ (``LimitEvidence``).
        public var evidence: LimitEvidence {
            LimitEvidence(claimed: lp / lpSeparation, competitor: l2 / l2Separation, budgets: budgets)
        }
    }

    /// Separation gate s ≥ 1/20 in both directions (ℓp gap of ŵ₂ and ℓ2 gap of ŵ_p).
    public static let separation = 0.05
    /// The exponent p of the potential.
    public static let exponent = 4.0

    public let id = "sun-et-al-2022/p-gd-lp-margin"
    public let family = Family.implicitBias
    public let citation = Citation.sunAhnThrampoulidisAzizan2022.at("main theorem (p-GD → ℓp max margin)")
    public let provenance = Provenance.paperShape("limit as recalled from Sun–Ahn–Thrampoulidis–Azizan 2022, not re-read; the finite-budget criterion (LimitEvidence) is the project's")
    public let statement = "p-GD (mirror descent with ψ = (1/p)‖·‖_p^p) on separable data converges in direction to the ℓp max-margin classifier: γ_p(w_t) → γ_p."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("ℓp reference certified: duality gap ≤ 1e-9") { $0.reference.dualityGap <= 1e-9 ? nil : "ℓp duality gap \($0.reference.dualityGap)" },
            Hypothesis("ℓp and ℓ2 solutions separated: (γ_p − γ_p(ŵ₂))/γ_p ≥ 0.05 and (γ₂ − γ₂(ŵ_p))/γ₂ ≥ 0.05") { i in
                i.lpGapOfL2 >= Self.separation && i.l2GapOfLp >= Self.separation
                    ? nil : "separation \(Quantity.format(i.lpGapOfL2)) / \(Quantity.format(i.l2GapOfLp)) below 0.05"
            },
        ]
    }

    /// G1 Gaussian-planted draws with fewer points than dimensions (n < d, so ŵ₂ is pinned by
    /// all n support vectors and ŵ_p generically differs), tried index by index (at most 48)
    /// until `count` pass the certified ℓp/ℓ2 separation gate.
    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let count = scale.pick(quick: 2, standard: 3, thorough: 8)
        let (n, d) = scale.pick(quick: (4, 6), standard: (6, 10), thorough: (6, 10))
        let steps = scale.pick(quick: 20_000, standard: 100_000, thorough: 100_000)
        var found: [Instance] = []
        var index = 0
        while found.count < count && index < 48 {
            defer { index += 1 }
            guard let margins = MarginInstances.gaussianPlanted(n: n, d: d, separation: 0, seed: seed ^ 0x9D,
                                                                index: index, attempts: 1) else { continue }
            let rows = margins.z.rowArrays.map { $0.map(\.doubleValue) }
            let start = margins.l2.direction.map { $0.doubleValue * 1.1 }
            guard let reference = try? LpMaxMargin(rows: rows, p: Self.exponent, start: start) else { continue }
            let instance = Instance(margins: margins, p: Self.exponent, reference: reference, steps: steps,
                                    doublings: LimitEvidence.doublings(scale))
            if hypotheses.allSatisfy({ $0.check(instance) == nil }) { found.append(instance) }
        }
        return found
    }

    public func summary(of i: Instance) -> String {
        i.margins.summary + ", p=\(i.p), γ_p≈\(Quantity.format(i.reference.dualMargin)) (gap \(Quantity.format(i.reference.dualityGap))), s_p=\(Quantity.format(i.lpGapOfL2)), s₂=\(Quantity.format(i.l2GapOfLp)), T=\(i.steps)"
    }

    /// The gaps at the budget T, or at 2T, 4T, … while the evidence is undecided.
    public func measure(_ i: Instance) -> Measurement {
        LimitEvidence.extending(from: i.steps, doublings: i.doublings, budgets: \.budgets, { Self.measure(i, steps: $0) },
                                evidence: \.evidence)
    }

    static func measure(_ i: Instance, steps: Int) -> Measurement {
        let run = MirrorDescentP(p: i.p, step: 1, normalized: true)
            .run(i.margins.data, steps: steps, checkpoints: [steps / 10])
        let gamma = i.reference.dualMargin
        func rho(_ w: [Double]) -> Double { (gamma - i.margins.data.normalizedMargin(w, p: i.p)) / gamma }
        return Measurement(lp: rho(run.final), lpEarly: rho(run.snapshots[steps / 10] ?? run.final),
                           l2: i.margins.l2Gap(run.final), lpSeparation: i.lpGapOfL2, l2Separation: i.l2GapOfLp)
    }

    public var claim: Claim<Instance, Measurement> {
        LimitClaims.converges("normalized p-GD (p = 4, η = 1) → ℓp max margin: ρ_p(w_T)/s_p ≤ ½·ρ₂(w_T)/s₂, s_p = ρ_p(ŵ₂), s₂ = ρ₂(ŵ_p) (budget doubled while undecided)",
                              evidence: \.evidence) { m in
            "ρ_p = \(Quantity.format(m.lp)), ρ_p(T/10) = \(Quantity.format(m.lpEarly)), ρ₂ = \(Quantity.format(m.l2)); s_p = \(Quantity.format(m.lpSeparation)), s₂ = \(Quantity.format(m.l2Separation))"
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [LimitClaims.convergesToCompetitor("p-GD → ℓ2 (the GD geometry), decided by the same evidence", evidence: \.evidence)]
    }
}
