import ExactMath
import FloatMath
import Optimizers

/// One optimizer run on one instance: the data, the budget and the hyper-parameters.
public struct BiasRun: Sendable {
    public let margins: MarginInstance
    /// Number of steps T.
    public let steps: Int
    /// Momentum parameters where the optimizer has them (β₁, β₂), else (0, 0).
    public let beta1: Double
    public let beta2: Double
    /// A variant of the optimizer (e.g. the SAM perturbation), empty when there is one.
    public let variant: String
    /// How many times an undecided run's budget is doubled (``LimitEvidence/doublings(_:)``).
    public let doublings: Int

    public init(margins: MarginInstance, steps: Int, beta1: Double = 0, beta2: Double = 0, variant: String = "",
                doublings: Int = 2) {
        self.margins = margins
        self.steps = steps
        self.beta1 = beta1
        self.beta2 = beta2
        self.variant = variant
        self.doublings = doublings
    }

    /// The same run with another budget.
    func with(steps: Int) -> BiasRun {
        BiasRun(margins: margins, steps: steps, beta1: beta1, beta2: beta2, variant: variant, doublings: doublings)
    }

    var summary: String {
        margins.summary + ", T=\(steps)" + (beta1 == 0 && beta2 == 0 ? "" : ", β=(\(beta1), \(beta2))")
            + (variant.isEmpty ? "" : ", \(variant)")
    }
}

/// Relative margin gaps of an iterate against the exact references, at T and at T/10.
///
/// ρ_q(w) = (γ_q − γ_q(w))/γ_q is well defined whether or not the max-margin direction is
/// unique (ℓ∞ solutions are not, in general), so the family asserts on it, never on the
/// cosine to an LP vertex .
public struct MarginGaps: Sendable {
    public let l2: Double
    public let linf: Double
    public let l2Early: Double
    public let linfEarly: Double
    /// ‖w/‖w‖ − ŵ₂/‖ŵ₂‖‖₂ at T.
    public let l2DirectionError: Double
    /// The ℓ∞ and ℓ2 separation of the instance (exact, shown in Float64).
    public let linfSeparation: Double
    public let l2Separation: Double
    /// The budgets run (``LimitEvidence``): the gaps are those of the last one.
    public internal(set) var budgets: [Int]

    public init(_ x: MarginInstance, _ run: MarginRun, steps: Int) {
        budgets = [steps]
        let w = run.final
        let early = run.snapshots[steps / 10] ?? w
        l2 = x.l2Gap(w)
        linf = x.linfGap(w)
        l2Early = x.l2Gap(early)
        linfEarly = x.linfGap(early)
        l2DirectionError = x.l2DirectionError(w)
        linfSeparation = x.linfGapOfL2.doubleValue
        l2Separation = x.l2GapOfLinf
    }
}

/// The two max-margin geometries the dynamics checks race against each other.
public enum MarginGeometry: String, Sendable {
    case l2 = "ℓ2", linf = "ℓ∞"

    /// The other geometry.
    var other: MarginGeometry { self == .l2 ? .linf : .l2 }
}

extension MarginGaps {
    /// The normalized distances ρ_c(w_T)/s_c to the `limit` geometry and ρ_a(w_T)/s_a to the
    /// other one, with s₂ = ρ₂(ŵ∞) and s∞ = ρ∞(ŵ₂) the exact separations of the two max-margin
    /// vectors: ρ_c/s_c is 0 at ŵ_c and 1 at ŵ_a, and ρ_a/s_a is 1 at ŵ_c.
    public func evidence(toward limit: MarginGeometry) -> LimitEvidence {
        let l2Distance = l2 / l2Separation, linfDistance = linf / linfSeparation
        return limit == .l2
            ? LimitEvidence(claimed: l2Distance, competitor: linfDistance, budgets: budgets)
            : LimitEvidence(claimed: linfDistance, competitor: l2Distance, budgets: budgets)
    }

    /// The gaps at T and T/10 and the separations, for a report's reason line.
    var detail: String {
        "ρ₂ = \(Quantity.format(l2)), ρ∞ = \(Quantity.format(linf)), at T/10 ρ₂ = \(Quantity.format(l2Early)), ρ∞ = \(Quantity.format(linfEarly)); s₂ = \(Quantity.format(l2Separation)), s∞ = \(Quantity.format(linfSeparation))"
    }
}

/// Claims shared by the dynamics checks.
enum MarginClaims {
    /// "The direction converges to the `limit` geometry's max-margin vector", decided by
    /// ``LimitEvidence`` against the other geometry.
    static func converges<I>(to limit: MarginGeometry, _ what: String) -> Claim<I, MarginGaps> {
        LimitClaims.converges("\(what) → \(limit.rawValue) max margin: ρ_\(limit.rawValue)(w_T)/s_\(limit.rawValue) ≤ ½·ρ_\(limit.other.rawValue)(w_T)/s_\(limit.other.rawValue) (budget doubled while undecided)",
                              evidence: { $0.evidence(toward: limit) }, detail: \.detail)
    }

    /// The false variant "converges to the `limit` geometry instead", decided by the same evidence.
    static func convergesInstead<I>(to limit: MarginGeometry, of claimed: MarginGeometry, _ what: String) -> Claim<I, MarginGaps> {
        LimitClaims.convergesToCompetitor("\(what) → \(limit.rawValue) max margin (the other geometry)",
                                          evidence: { $0.evidence(toward: claimed) })
    }
}

/// Hypotheses shared by the dynamics checks.
enum MarginHypotheses {
    /// The Scaled-Rademacher gate: ℓ∞ separation ≥ 1/10, ℓ2 separation ≥ 1/20 (exact).
    static func separatedRademacher<I>(_ instance: @escaping @Sendable (I) -> MarginInstance) -> Hypothesis<I> {
        Hypothesis("ℓ∞ separation of ŵ₂ ≥ 1/10 and ℓ2 separation of ŵ∞ ≥ 1/20 (exact)") { i in
            instance(i).isSeparated(linf: Rational(1, 10), l2: Rational(1, 20)) ? nil : "separation below the gate"
        }
    }

    /// A threshold computed from ŵ∞ (such as s₂ = ρ₂(ŵ∞)) is well defined only if ŵ∞ is the
    /// only ℓ∞ maximizer; otherwise it would depend on which vertex of the optimal face the
    /// solver returned. Decided exactly (`PolyhedralMaximizerSet`, verified certificate).
    static func uniqueLinfMaximizer<I>(_ instance: @escaping @Sendable (I) -> MarginInstance) -> Hypothesis<I> {
        Hypothesis("the ℓ∞ max-margin maximizer is unique (exact), so quantities read off ŵ∞ do not depend on the solver's vertex") { i in
            let m = instance(i)
            switch Result(catching: { () throws(MaxMarginError) in try PolyhedralMaximizerSet(m.z, solution: m.linf) }) {
            case let .success(set): return set.isUnique ? nil : "the ℓ∞ maximizer is not unique (the optimal set is a face)"
            case let .failure(error): return "uniqueness undecided: \(error.description)"
            }
        }
    }

    /// The negative control means something only if the two geometries are separated.
    static func separated<I>(_ s: Rational, _ instance: @escaping @Sendable (I) -> MarginInstance) -> Hypothesis<I> {
        Hypothesis("ℓ∞ and ℓ2 max-margin solutions separated by s ≥ \(s) (exact)") { i in
            instance(i).isSeparated(by: s) ? nil : "separation below \(s)"
        }
    }
}
