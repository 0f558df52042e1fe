import ExactMath
import FloatMath
import Optimizers

/// Plain gradient descent with a fixed step on the logistic loss over separable data
/// converges in direction to the ℓ2 max-margin (hard-margin SVM) vector, but only at the
/// logarithmic rate: the margin gap is O(1/log t) (Soudry–Hoffer–Nacson–Gunasekar–Srebro,
/// JMLR 2018, Theorem 3; implicit-bias note check C2).
///
/// The theorem is asymptotic and its rate is slow, so no finite budget refutes it by a
/// shortfall (a hand-picked ρ₂ ≤ 0.1 at T = 10⁵ did not reproduce on every instance, and a
/// "the gap shrinks over T/100 → T/10 → T" proxy raised false alarms): the check races the
/// ℓ2 limit against the exactly separated ℓ∞ one (``LimitEvidence``), on the iterate and on
/// the increment w_T − w_{T/10} (the theorem's expansion w_t = ŵ₂ log t + ρ(t) makes the
/// increment's direction converge much faster), doubling the budget while undecided. The false variant "GD → ℓ∞" is the same evidence read the other way.
/// See Proofs/soudry-et-al-2018/gd-logistic-l2-margin.md.
public struct GradientDescentL2Margin: Theorem {
    /// A gated G1 instance with its step η = n/σ_max(Z)² and budget T.
    public struct Instance: Sendable {
        public let margins: MarginInstance
        public let steps: Int
        /// How many times an undecided run's budget is doubled.
        public let doublings: Int
        /// σ_max(Z) in Float64 and η = n/σ_max(Z)².
        public let sigmaMax: Double
        public let step: Double
    }

    /// The iterate's gaps at T/100, T/10 and T.
    public struct Measurement: Sendable {
        /// ρ₂ at T/100, T/10, T.
        public let l2: [Double]
        /// ρ∞ at T/100, T/10, T.
        public let linf: [Double]
        /// ‖w/‖w‖ − ŵ₂/‖ŵ₂‖‖ at T/100, T/10, T.
        public let directionError: [Double]
        /// ρ₂(w_t)·log t at t = T/100, T/10, T (diagnostic for the 1/log t shape; not asserted).
        public let l2TimesLog: [Double]
        /// The increment Δ = w_T − w_{T/10}: by the expansion w_t = ŵ₂ log t + ρ(t) it is
        /// ŵ₂ log 10 + (ρ(T) − ρ(T/10)). Its ρ₂, ρ∞ and ℓ2 direction error.
        public let incrementL2: Double
        public let incrementLinf: Double
        public let incrementDirectionError: Double
        /// s₂ = ρ₂(ŵ∞) and s∞ = ρ∞(ŵ₂) (exact, shown in Float64).
        public let l2Separation: Double
        public let linfSeparation: Double
        /// The budgets run; the checkpoints are those of the last one.
        public internal(set) var budgets: [Int] = []

        /// ρ₂(w_T)/s₂ against ρ∞(w_T)/s∞ (``LimitEvidence``).
        public var evidence: LimitEvidence {
            LimitEvidence(claimed: l2[2] / l2Separation, competitor: linf[2] / linfSeparation, budgets: budgets,
                          incrementClaimed: incrementL2 / l2Separation, incrementCompetitor: incrementLinf / linfSeparation)
        }
    }

    /// The separation gate s ≥ 1/10 (the project's rule for checks whose tolerance exceeds 1e-2).
    public static let separation = Rational(1, 10)

    public let id = "soudry-et-al-2018/gd-logistic-l2-margin"
    public let family = Family.implicitBias
    public let citation = Citation.soudry2018.at("Theorem 3 (GD with fixed η → ℓ2 max margin, rate 1/log t)")
    public let provenance = Provenance.paperShape("limit and 1/log t rate as recalled from Soudry et al. 2018, Theorem 3 (number and constants not re-read); the finite-budget criterion (LimitEvidence) is the project's")
    public let statement = "Gradient descent with a fixed step η < 2/β on the logistic loss over separable data converges in direction to the ℓ2 max-margin vector; the margin gap decays only like 1/log t. Checked at a finite budget by racing the ℓ2 limit against the exactly separated ℓ∞ one, ŵ∞ the (certified unique) ℓ∞ maximizer."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [
            MarginHypotheses.separated(Self.separation) { $0.margins },
            MarginHypotheses.uniqueLinfMaximizer { $0.margins },
            Hypothesis("T ≥ 100, so T/100, T/10 and T are distinct checkpoints") { i in
                i.steps >= 100 ? nil : "T = \(i.steps) < 100"
            },
            Hypothesis("η < 2/β with β = σ_max(Z)²/(4n) the smoothness bound of the mean logistic loss") { i in
                let beta = i.sigmaMax * i.sigmaMax / (4 * Double(i.margins.z.rows))
                return i.step > 0 && i.step * beta < 2 ? nil : "η·β = \(i.step * beta) is not below 2"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        BiasRunInstances.gaussian(seed: seed, scale: scale, separation: Self.separation, quick: 100_000, standard: 100_000,
                                  required: [MarginHypotheses.uniqueLinfMaximizer { $0 }])
            .compactMap { run in
                guard let sigma = try? spectralNorm(run.margins.z.map(\.doubleValue)), sigma > 0 else { return nil }
                return Instance(margins: run.margins, steps: run.steps, doublings: run.doublings, sigmaMax: sigma,
                                step: Double(run.margins.z.rows) / (sigma * sigma))
            }
    }

    public func summary(of i: Instance) -> String {
        i.margins.summary + ", T=\(i.steps), η=n/σ²=\(Quantity.format(i.step))"
    }

    /// The gaps at T/100, T/10 and T for the budget T, or for 2T, 4T, … while undecided.
    public func measure(_ i: Instance) -> Measurement {
        LimitEvidence.extending(from: i.steps, doublings: i.doublings, budgets: \.budgets, { Self.measure(i, steps: $0) },
                                evidence: \.evidence)
    }

    static func measure(_ i: Instance, steps: Int) -> Measurement {
        let marks = [steps / 100, steps / 10, steps]
        let run = GradientDescentClassifier(step: i.step, loss: .logistic)
            .run(i.margins.data, steps: steps, checkpoints: marks)
        // A missing checkpoint (excluded by the T ≥ 100 hypothesis) gives NaN gaps, which the claim refutes.
        let missing = [Double](repeating: .nan, count: i.margins.z.columns)
        let iterates = marks.map { run.snapshots[$0] ?? missing }
        let l2 = iterates.map(i.margins.l2Gap)
        let increment = zip(iterates[2], iterates[1]).map { $0 - $1 }
        return Measurement(l2: l2, linf: iterates.map(i.margins.linfGap),
                           directionError: iterates.map(i.margins.l2DirectionError),
                           l2TimesLog: zip(l2, marks).map { $0 * deterministicLog(Double($1)) },
                           incrementL2: i.margins.l2Gap(increment), incrementLinf: i.margins.linfGap(increment),
                           incrementDirectionError: i.margins.l2DirectionError(increment),
                           l2Separation: i.margins.l2GapOfLinf, linfSeparation: i.margins.linfGapOfL2.doubleValue)
    }

    public var claim: Claim<Instance, Measurement> {
        LimitClaims.converges("GD (logistic, η = n/σ_max²) → ℓ2 max margin: ρ₂(w_T)/s₂ ≤ ½·ρ∞(w_T)/s∞, s₂ = ρ₂(ŵ∞), s∞ = ρ∞(ŵ₂) exact (budget doubled while undecided)",
                              evidence: \.evidence) { m in
            "ρ₂ at T/100, T/10, T: \(m.l2.map(Quantity.format)); direction error \(m.directionError.map(Quantity.format)); ρ₂·log t \(m.l2TimesLog.map(Quantity.format)); ρ∞ \(m.linf.map(Quantity.format)); s₂ = \(Quantity.format(m.l2Separation)), s∞ = \(Quantity.format(m.linfSeparation)); Δ = w_T − w_{T/10}: ρ₂ \(Quantity.format(m.incrementL2)), ρ∞ \(Quantity.format(m.incrementLinf)), direction error \(Quantity.format(m.incrementDirectionError))"
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [LimitClaims.convergesToCompetitor("GD → ℓ∞ (the sign-descent geometry), decided by the same evidence", evidence: \.evidence)]
    }
}
