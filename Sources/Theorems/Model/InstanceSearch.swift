/// A generator that could not produce what the scale asks for: it ran out of attempts, or
/// discarded more of its draws than it said it would (the health check Hypothesis calls
/// `filter_too_much`). The runner turns it into an `inconclusive` verdict with this text —
/// never into silently fewer instances.
public struct GenerationShortfall: Error, Sendable, Hashable, CustomStringConvertible {
    /// How many instances the scale asks for, how many were produced, in how many attempts.
    public let requested: Int
    public let produced: Int
    public let attempts: Int
    /// The reasons draws were rejected, most frequent first, with counts.
    public let rejections: [Rejection]

    /// One reason draws were rejected and how often.
    public struct Rejection: Sendable, Hashable {
        public let reason: String
        public let count: Int
    }

    public var description: String {
        let why = rejections.prefix(3).map { "\($0.count)× \($0.reason)" }.joined(separator: "; ")
        return "the generator produced \(produced) of the \(requested) instances the scale asks for in \(attempts) draws"
            + (why.isEmpty ? "" : " (rejected: \(why))")
    }
}

/// Bounded rejection sampling of instances that meet a theorem's hypotheses.
///
/// Candidates are drawn index by index (each index its own seeded stream, so the accepted
/// instances do not depend on how many were rejected before an unrelated one); a candidate
/// is kept when it is non-nil and meets every hypothesis. After `maxAttempts` draws, fewer
/// than `count` kept instances, or an acceptance rate below `minimumAcceptance`, throw a
/// ``GenerationShortfall``.
public enum InstanceSearch {
    /// A candidate draw: an instance, or the reason the generator declined the draw.
    public enum Candidate<Instance> {
        case accept(Instance)
        case reject(String)
    }

    /// Draws until `count` candidates are accepted.
    /// - Parameters:
    ///   - count: how many instances the scale asks for.
    ///   - maxAttempts: the largest number of draws (≥ count), stated by the generator.
    ///   - minimumAcceptance: the smallest acceptable fraction of kept draws, checked at the
    ///     end; 0 disables the check (the attempt bound alone applies).
    ///   - hypotheses: checked on every candidate; a failing one rejects it with its text.
    ///   - draw: the candidate for an index.
    public static func draw<Instance>(
        count: Int, maxAttempts: Int, minimumAcceptance: Double = 0,
        hypotheses: [Hypothesis<Instance>] = [],
        _ draw: (Int) throws -> Candidate<Instance>
    ) throws -> [Instance] {
        var kept: [Instance] = []
        var rejections: [String: Int] = [:]
        var order: [String] = []
        var attempts = 0
        func reject(_ reason: String) {
            if rejections[reason] == nil { order.append(reason) }
            rejections[reason, default: 0] += 1
        }
        while kept.count < count && attempts < max(maxAttempts, count) {
            let index = attempts
            attempts += 1
            switch try draw(index) {
            case .reject(let reason):
                reject(reason)
            case .accept(let candidate):
                if let failed = hypotheses.lazy.compactMap({ h in h.check(candidate).map { "\(h.statement): \($0)" } }).first {
                    reject(failed)
                } else {
                    kept.append(candidate)
                }
            }
        }
        let rate = attempts == 0 ? 1 : Double(kept.count) / Double(attempts)
        if kept.count < count || rate < minimumAcceptance {
            // Most frequent first; ties keep first-seen order (an explicit key: `sorted` is not documented stable).
            let sorted = order.enumerated()
                .map { (position: $0.offset, rejection: GenerationShortfall.Rejection(reason: $0.element, count: rejections[$0.element]!)) }
                .sorted { ($0.rejection.count, -$0.position) > ($1.rejection.count, -$1.position) }
                .map(\.rejection)
            throw GenerationShortfall(requested: count, produced: kept.count, attempts: attempts, rejections: sorted)
        }
        return kept
    }

    /// The same, for a generator that returns nil (without a reason) for a declined draw.
    public static func draw<Instance>(
        count: Int, maxAttempts: Int, minimumAcceptance: Double = 0,
        hypotheses: [Hypothesis<Instance>] = [],
        optional draw: (Int) throws -> Instance?
    ) throws -> [Instance] {
        try self.draw(count: count, maxAttempts: maxAttempts, minimumAcceptance: minimumAcceptance,
                      hypotheses: hypotheses) { index in
            try draw(index).map(Candidate.accept) ?? .reject("the generator's own gate")
        }
    }
}
