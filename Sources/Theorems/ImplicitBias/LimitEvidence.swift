/// Finite-budget evidence about which of two separated limits a run is heading to.
///
/// The family's dynamics theorems are asymptotic — "the direction of w_t converges to the
/// max-margin vector of geometry c" — and their papers give rates without usable constants.
/// No finite budget can refute such a claim by a shortfall, so the checks never compare a
/// gap with a hand-picked threshold. They compare two *normalized distances* of the final
/// iterate: to the claimed limit and to a competing limit that is exactly separated from it
/// (the other geometry's max-margin vector, a single task's max-margin vector, …). Each
/// distance is normalized by the distance between the two limits, so it tends to 0 at its own
/// limit and stays bounded away from 0 at the other one. If the claim is true, the claimed
/// distance tends to 0 while the competing one tends to a positive constant, so their ratio
/// tends to 0; if the run converges to the competitor instead, the ratio tends to ∞.
///
/// The decision uses a factor ``margin`` = 2 either way: the run *leans to the claim* when
/// `claimed · 2 ≤ competitor`, *leans to the competitor* when `competitor · 2 ≤ claimed`, and
/// is undecided in between. The factor is a decision margin, not a rate: any fixed factor is
/// eventually met under either limit, so it changes only the budget needed, never which way
/// the evidence points. An undecided run is extended by doubling its budget a fixed number of
/// times per scale (``doublings``); still undecided, the verdict is `inconclusive` with the
/// numbers, never `refuted`. `refuted` is reserved for a run that leans to the competing
/// limit — a trajectory measurably converging elsewhere, which is what a wrong optimizer or a
/// wrong claim produces. The false variants ("the other geometry's limit") are decided by the
/// same evidence, mirrored.
///
/// For the logarithmically slow methods (plain GD on the logistic loss, continual GD) the
/// iterate's direction error decays only like 1/log t, but the asymptotic expansion
/// w_t = ŵ·log t + r(t) with a convergent residual r (Soudry et al. 2018) makes the
/// *increment* w_T − w_{T/10} = ŵ·log 10 + (r(T) − r(T/10)) point to ŵ much sooner. Those
/// checks race the increment as a second witness: the evidence leans to the claim when one
/// witness does and the other does not lean to the competitor, and to the competitor only
/// when both do.
public struct LimitEvidence: Sendable, Hashable {
    /// Which way the evidence points.
    public enum Lean: String, Sendable, Hashable {
        case claimed, competitor, undecided
    }

    /// Normalized distance of the final iterate to the claimed limit (→ 0 if the claim is true).
    public let claimed: Double
    /// Normalized distance to the competing limit (→ 0 if the run converges there instead).
    public let competitor: Double
    /// The budgets run, in order; each doubles the previous and the last one is measured.
    public let budgets: [Int]
    /// The same two distances for the increment w_T − w_{T/10}, where the check uses it.
    public let incrementClaimed: Double?
    public let incrementCompetitor: Double?

    /// The decision margin (see the type's documentation).
    public static let margin = 2.0

    /// How many times an undecided run's budget is doubled.
    public static func doublings(_ scale: Scale) -> Int {
        scale.pick(quick: 2, standard: 2, thorough: 3)
    }

    public init(claimed: Double, competitor: Double, budgets: [Int],
                incrementClaimed: Double? = nil, incrementCompetitor: Double? = nil) {
        self.claimed = claimed
        self.competitor = competitor
        self.budgets = budgets
        self.incrementClaimed = incrementClaimed
        self.incrementCompetitor = incrementCompetitor
    }

    /// Which way one witness points; a NaN or infinite distance is undecided.
    static func lean(_ claimed: Double, _ competitor: Double) -> Lean {
        guard claimed.isFinite, competitor.isFinite, claimed >= 0, competitor >= 0 else { return .undecided }
        if claimed * margin <= competitor && competitor > 0 { return .claimed }
        if competitor * margin <= claimed && claimed > 0 { return .competitor }
        return .undecided
    }

    /// Which way the evidence points (both witnesses, where there are two).
    public var lean: Lean {
        let iterate = Self.lean(claimed, competitor)
        guard let ic = incrementClaimed, let ia = incrementCompetitor else { return iterate }
        let increment = Self.lean(ic, ia)
        if iterate == .competitor && increment == .competitor { return .competitor }
        if (iterate == .claimed || increment == .claimed) && iterate != .competitor && increment != .competitor { return .claimed }
        return .undecided
    }

    /// claimed / competitor (the quantity the decision compares with 1/2 and 2).
    public var ratio: Double { claimed / competitor }

    /// The judgement of "the run converges to the claimed limit" on this evidence.
    public func judgement(_ detail: String) -> Judgement {
        var numbers = "normalized distances: claimed \(Quantity.format(claimed)), competing \(Quantity.format(competitor)) (ratio \(Quantity.format(ratio)); decided at ≤ 1/2 or ≥ 2)"
        if let ic = incrementClaimed, let ia = incrementCompetitor {
            numbers += ", increment w_T − w_{T/10}: claimed \(Quantity.format(ic)), competing \(Quantity.format(ia)) (ratio \(Quantity.format(ic / ia)))"
        }
        numbers += ", budgets \(budgets)"
            + (detail.isEmpty ? "" : "; " + detail)
        switch lean {
        case .claimed:
            return Judgement(.holds, predicted: .float(competitor), measured: .float(claimed * Self.margin),
                             relation: .atMost, reason: numbers)
        case .competitor:
            return Judgement(.refuted, predicted: .float(competitor), measured: .float(claimed * Self.margin),
                             relation: .atMost, reason: "the run leans to the competing limit: " + numbers)
        case .undecided:
            return .inconclusive("undecided after doubling the budget: " + numbers)
        }
    }

    /// The judgement of the false variant "the run converges to the competing limit" on the
    /// same evidence: refuted exactly when the claim holds, holding when the run leans to the
    /// competitor, inconclusive when undecided.
    public func competitorJudgement(_ detail: String = "") -> Judgement {
        let claim = judgement(detail)
        switch lean {
        case .claimed:
            return Judgement(.refuted, predicted: .float(competitor), measured: .float(claimed * Self.margin),
                             relation: .atMost, reason: "the run leans to the claimed limit, not the competing one: " + (claim.reason ?? ""))
        case .competitor:
            return Judgement(.holds, predicted: .float(claimed), measured: .float(competitor * Self.margin),
                             relation: .atMost, reason: claim.reason)
        case .undecided:
            return claim
        }
    }

    /// Runs `measure` at `budget`, then at twice the budget while the evidence is undecided,
    /// at most `doublings` times; returns the last measurement, its `budgets` set to the
    /// budgets run.
    public static func extending<M>(from budget: Int, doublings: Int, budgets: WritableKeyPath<M, [Int]>,
                                    _ measure: (Int) -> M, evidence: (M) -> LimitEvidence) -> M {
        extending(from: budget, doublings: doublings, budgets: budgets, measure, undecided: { evidence($0).lean == .undecided })
    }

    /// The same budget extension for any criterion of "not decided yet" (for instance a run that
    /// has not reached its stopping rule within the budget): runs `measure` at `budget`, then at
    /// twice the budget while `undecided`, at most `doublings` times; returns the last
    /// measurement, its `budgets` set to the budgets run.
    public static func extending<M>(from budget: Int, doublings: Int, budgets: WritableKeyPath<M, [Int]>,
                                    _ measure: (Int) throws -> M, undecided: (M) -> Bool) rethrows -> M {
        var run = [budget]
        var m = try measure(budget)
        m[keyPath: budgets] = run
        while undecided(m) && run.count <= doublings {
            run.append(run[run.count - 1] * 2)
            m = try measure(run[run.count - 1])
            m[keyPath: budgets] = run
        }
        return m
    }
}

/// Claims decided by a ``LimitEvidence``.
enum LimitClaims {
    /// "The run converges to the claimed limit", decided by `evidence`.
    static func converges<I, M>(_ statement: String, evidence: @escaping @Sendable (M) -> LimitEvidence,
                                detail: @escaping @Sendable (M) -> String = { _ in "" }) -> Claim<I, M> {
        Claim(statement, kind: .upperBound, exact: false) { _, m in evidence(m).judgement(detail(m)) }
    }

    /// The false variant "the run converges to the competing limit": the mirrored evidence.
    static func convergesToCompetitor<I, M>(_ statement: String, evidence: @escaping @Sendable (M) -> LimitEvidence) -> Claim<I, M> {
        Claim(statement, kind: .upperBound, exact: false) { _, m in evidence(m).competitorJudgement() }
    }
}
