import ExactMath

/// How a claim fared on one instance.
public enum Outcome: String, Sendable, Hashable, Codable {
    /// The claim is true on the instance (decided exactly, or within the stated tolerance).
    case holds
    /// The claim is false on the instance: the measurement contradicts it.
    case refuted
    /// Nothing was decided: the budget ran out, a hypothesis was not met, or the
    /// numerics failed. The reason says which.
    case inconclusive
    /// The claim does not speak about this instance (e.g. a false variant stated only for
    /// the tuned step size, evaluated on an instance with another step).
    case inapplicable
}

/// The relation a claim asserts between the measured and the predicted value.
public enum Relation: String, Sendable, Hashable, Codable {
    /// measured = predicted (for Float64: within the tolerance).
    case equal = "="
    /// measured ≤ predicted (an upper bound).
    case atMost = "≤"
    /// measured ≥ predicted (a lower bound).
    case atLeast = "≥"
    /// measured < predicted.
    case below = "<"
    /// measured > predicted.
    case above = ">"
}

/// The decision of one claim on one instance, with everything needed to audit it.
public struct Judgement: Sendable, Hashable {
    public var outcome: Outcome
    /// What the theorem predicts.
    public var predicted: Quantity?
    /// What was measured (computed exactly, or in Float64).
    public var measured: Quantity?
    /// The relation asserted between measured and predicted.
    public var relation: Relation
    /// The tolerance (zero for exact decisions).
    public var tolerance: Quantity?
    /// For exact decisions: what was verified (e.g. "Schur–Cohn: all 4 roots in |z| ≤ 1/3").
    public var certificate: String?
    /// Why the outcome is what it is, when that needs saying (always for inconclusive).
    public var reason: String?

    public init(_ outcome: Outcome, predicted: Quantity? = nil, measured: Quantity? = nil,
                relation: Relation = .equal, tolerance: Quantity? = nil,
                certificate: String? = nil, reason: String? = nil) {
        self.outcome = outcome
        self.predicted = predicted
        self.measured = measured
        self.relation = relation
        self.tolerance = tolerance
        self.certificate = certificate
        self.reason = reason
    }

    /// An inconclusive judgement with its reason.
    public static func inconclusive(_ reason: String) -> Judgement {
        Judgement(.inconclusive, reason: reason)
    }

    /// The claim does not apply to this instance.
    public static func inapplicable(_ reason: String) -> Judgement {
        Judgement(.inapplicable, reason: reason)
    }

    /// An exact comparison of two rationals under `relation`, decided in rational arithmetic.
    public static func exact(measured: Rational, _ relation: Relation, predicted: Rational,
                             certificate: String? = nil) -> Judgement {
        let holds: Bool
        switch relation {
        case .equal: holds = measured == predicted
        case .atMost: holds = measured <= predicted
        case .atLeast: holds = measured >= predicted
        case .below: holds = measured < predicted
        case .above: holds = measured > predicted
        }
        return Judgement(holds ? .holds : .refuted, predicted: .exact(predicted), measured: .exact(measured),
                         relation: relation, tolerance: .exact(0), certificate: certificate)
    }

    /// A Float64 comparison under `relation` with an absolute tolerance: `equal` holds when
    /// |measured − predicted| ≤ tolerance, `atMost` when measured ≤ predicted + tolerance,
    /// `atLeast` when measured ≥ predicted − tolerance. NaN or infinite measurements are
    /// inconclusive (numerical trouble), never a silent verdict.
    public static func approximate(measured: Double, _ relation: Relation, predicted: Double,
                                   tolerance: Double, reason: String? = nil) -> Judgement {
        guard measured.isFinite, predicted.isFinite else {
            return Judgement(.inconclusive, predicted: .float(predicted), measured: .float(measured),
                             relation: relation, tolerance: .float(tolerance),
                             reason: "numerical trouble: non-finite value")
        }
        let holds: Bool
        switch relation {
        case .equal: holds = abs(measured - predicted) <= tolerance
        case .atMost: holds = measured <= predicted + tolerance
        case .atLeast: holds = measured >= predicted - tolerance
        case .below: holds = measured < predicted + tolerance
        case .above: holds = measured > predicted - tolerance
        }
        return Judgement(holds ? .holds : .refuted, predicted: .float(predicted), measured: .float(measured),
                         relation: relation, tolerance: .float(tolerance), reason: reason)
    }
}

extension Judgement {
    /// The conjunction of several decisions about one instance: the first that does not hold
    /// (refuted, inconclusive, …) decides; when all hold, the last one is returned with every
    /// part's certificate joined, so the report shows what was verified.
    public static func allOf(_ parts: [Judgement]) -> Judgement {
        if let failing = parts.first(where: { $0.outcome != .holds }) { return failing }
        guard var last = parts.last else { return .inconclusive("no decision was made") }
        let certificates = parts.compactMap(\.certificate)
        if !certificates.isEmpty { last.certificate = certificates.joined(separator: "; ") }
        return last
    }
}
