import Testing
import Theorems

/// Runs `theorem` at `seed` and `scale` and records a Swift Testing issue unless its verdict
/// is `holds` (the claim holds on every instance and every false variant is refuted). The
/// issue's text says what to act on: the claim, the failing instance with predicted, measured,
/// tolerance, certificate and reason, surviving false variants, and the `provable check`
/// command that reproduces it.
@discardableResult
public func expectHolds<T: Theorem>(_ theorem: T, seed: UInt64 = 1, scale: Scale = .quick,
                                    options: RunOptions = RunOptions(),
                                    sourceLocation: SourceLocation = #_sourceLocation) -> TheoremReport {
    let report = TheoremRunner.run(theorem, seed: seed, scale: scale, options: options)
    if report.verdict != .holds {
        Issue.record(Comment(rawValue: VerdictExplanation.text(report, seed: seed, scale: scale, expected: "holds")),
                     sourceLocation: sourceLocation)
    }
    return report
}

/// Runs `theorem` — a false statement, or a check rebuilt with a mutant — and records an issue
/// unless the check catches it: verdict `refuted` or `not-discriminating`.
@discardableResult
public func expectRefuted<T: Theorem>(_ theorem: T, seed: UInt64 = 1, scale: Scale = .quick,
                                      sourceLocation: SourceLocation = #_sourceLocation) -> TheoremReport {
    let report = TheoremRunner.run(theorem, seed: seed, scale: scale)
    if report.verdict != .refuted && report.verdict != .notDiscriminating {
        Issue.record(Comment(rawValue: VerdictExplanation.text(report, seed: seed, scale: scale,
                                                               expected: "refuted or not-discriminating")),
                     sourceLocation: sourceLocation)
    }
    return report
}

/// Runs a mutant's theorems and records an issue unless the mutant meets its expectation: a
/// non-equivalent mutant killed by some theorem, an equivalent one holding on every theorem.
@discardableResult
public func expectMeetsExpectation(_ mutant: Mutant, seed: UInt64 = 1, scale: Scale = .quick,
                                   sourceLocation: SourceLocation = #_sourceLocation) -> MutantReport {
    let reports = mutant.theorems().map { Catalog.run($0, seed: seed, scale: scale) }
    let result = MutantReport(mutant: mutant, verdicts: reports.map { ($0.id, $0.verdict) })
    if !result.meetsExpectation {
        let what = mutant.isEquivalent
            ? "equivalent mutant \(mutant.id) (a correct implementation) was flagged by \(result.killers.joined(separator: ", "))"
            : "mutant \(mutant.id) survived every theorem (\(result.outcome.rawValue)): \(mutant.summary)"
        let detail = reports.filter { mutant.isEquivalent ? $0.verdict != .holds : true }
            .map { "  \($0.id): \($0.verdict.rawValue)" }.joined(separator: "\n")
        Issue.record(Comment(rawValue: "\(what)\n\(detail)\nreproduce: provable mutants --family \(mutant.family.rawValue) --seed \(seed) --scale \(scale.rawValue)"),
                     sourceLocation: sourceLocation)
    }
    return result
}

/// One theorem at one seed and scale, as an argument of a parameterized Swift Testing test:
///
///     @Test(arguments: Catalog.builtIn.testCases(scale: .quick))
///     func holds(_ c: TheoremCase) { expectHolds(c) }
public struct TheoremCase: Sendable, CustomTestStringConvertible {
    public let theorem: any Theorem
    public let seed: UInt64
    public let scale: Scale

    public init(_ theorem: any Theorem, seed: UInt64 = 1, scale: Scale = .quick) {
        self.theorem = theorem
        self.seed = seed
        self.scale = scale
    }

    public var testDescription: String { "\(theorem.id) (seed \(seed), \(scale.rawValue))" }
}

extension Catalog {
    /// Every theorem at every seed, as arguments of a parameterized test.
    public func testCases(seeds: [UInt64] = [1], scale: Scale = .quick) -> [TheoremCase] {
        theorems.flatMap { t in seeds.map { TheoremCase(t, seed: $0, scale: scale) } }
    }
}

/// `expectHolds` for a parameterized case.
@discardableResult
public func expectHolds(_ c: TheoremCase, sourceLocation: SourceLocation = #_sourceLocation) -> TheoremReport {
    func open<T: Theorem>(_ t: T) -> TheoremReport { expectHolds(t, seed: c.seed, scale: c.scale, sourceLocation: sourceLocation) }
    return open(c.theorem)
}
