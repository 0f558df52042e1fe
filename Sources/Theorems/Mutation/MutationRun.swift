/// How one mutant fared against its theorems.
public struct MutantReport: Sendable {
    /// What a mutant's theorems did to it.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// Some theorem was refuted or not discriminating.
        case killed
        /// No theorem was refuted, but some was inconclusive (does not count as killed).
        case onlyInconclusive = "only-inconclusive"
        /// Every theorem held.
        case survived
    }

    public let id: String
    public let family: Family
    public let summary: String
    public let isEquivalent: Bool
    /// Each theorem's verdict with the mutant in place, in the mutant's order.
    public let verdicts: [(theorem: String, verdict: Verdict)]

    public init(mutant: Mutant, verdicts: [(theorem: String, verdict: Verdict)]) {
        id = mutant.id
        family = mutant.family
        summary = mutant.summary
        isEquivalent = mutant.isEquivalent
        self.verdicts = verdicts
    }

    public var outcome: Outcome {
        if verdicts.contains(where: { $0.verdict == .refuted || $0.verdict == .notDiscriminating }) { return .killed }
        if verdicts.contains(where: { $0.verdict == .inconclusive }) { return .onlyInconclusive }
        return .survived
    }

    /// The theorems that killed the mutant.
    public var killers: [String] {
        verdicts.filter { $0.verdict == .refuted || $0.verdict == .notDiscriminating }.map(\.theorem)
    }

    /// What the project expects: a non-equivalent mutant killed, an equivalent one surviving
    /// every theorem (holding, not merely escaping refutation).
    public var meetsExpectation: Bool {
        isEquivalent ? verdicts.allSatisfy { $0.verdict == .holds } : outcome == .killed
    }
}

/// The kill matrix of `provable mutants`: every mutant against its theorems at one seed and scale.
public struct MutationRun: Sendable {
    public let seed: UInt64
    public let scale: Scale
    public let reports: [MutantReport]

    public init(seed: UInt64, scale: Scale, reports: [MutantReport]) {
        self.seed = seed
        self.scale = scale
        self.reports = reports
    }

    /// Runs every mutant's theorems one after the other (the same result as ``run(mutants:seed:scale:jobs:progress:)``).
    public init(mutants: [Mutant], seed: UInt64, scale: Scale) {
        self.init(seed: seed, scale: scale, reports: mutants.map { m in
            MutantReport(mutant: m, verdicts: m.theorems().map { t in (t.id, Catalog.run(t, seed: seed, scale: scale).verdict) })
        })
    }

    /// Runs every (mutant, theorem) pair on up to `jobs` tasks at once; the result does not
    /// depend on `jobs`.
    public static func run(mutants: [Mutant], seed: UInt64, scale: Scale, jobs: Int = CheckRun.defaultJobs,
                           progress: (@Sendable (_ what: String, _ completed: Int, _ total: Int, _ seconds: Double) -> Void)? = nil)
        async -> MutationRun {
        let theorems = mutants.map { $0.theorems().map(TheoremBox.init) }
        let pairs = theorems.enumerated().flatMap { m, list in list.indices.map { MutantPair(mutant: m, theorem: $0) } }
        let total = pairs.count
        let verdicts = await ParallelMap.map(pairs, jobs: jobs, progress: progress.map { p in
            { index, _, completed, seconds in
                p("\(mutants[pairs[index].mutant].id) × \(theorems[pairs[index].mutant][pairs[index].theorem].theorem.id)",
                  completed, total, seconds)
            }
        }) { pair in
            Catalog.run(theorems[pair.mutant][pair.theorem].theorem, seed: seed, scale: scale).verdict
        }
        var cursor = 0
        let reports = mutants.enumerated().map { m, mutant in
            let list = theorems[m]
            defer { cursor += list.count }
            return MutantReport(mutant: mutant, verdicts: list.indices.map { (list[$0].theorem.id, verdicts[cursor + $0]) })
        }
        return MutationRun(seed: seed, scale: scale, reports: reports)
    }

    /// Killed non-equivalent mutants over all non-equivalent mutants (1 when there are none).
    public var score: Double {
        let real = reports.filter { !$0.isEquivalent }
        return real.isEmpty ? 1 : Double(real.filter { $0.outcome == .killed }.count) / Double(real.count)
    }

    /// Every non-equivalent mutant killed and every equivalent one surviving.
    public var succeeded: Bool { reports.allSatisfy(\.meetsExpectation) }
}

/// One (mutant index, theorem index) work item.
struct MutantPair: Sendable {
    let mutant: Int
    let theorem: Int
}
