import ArgumentParser
import Theorems

/// The options that choose theorems, shared by `check`, `sweep` and `mutants`.
struct TheoremSelection: ParsableArguments {
    @Option(name: .customLong("theorem"), help: ArgumentHelp("A theorem id (repeatable). Default: all.", valueName: "id"),
            completion: .list(CommandContext.catalog.theorems.map(\.id)))
    var theorems: [String] = []

    @Option(help: ArgumentHelp("Only this family: \(CommandContext.catalog.families.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "family"),
            completion: .list(CommandContext.catalog.families.map(\.rawValue)))
    var family: String?

    /// The selected theorems of `catalog`, in catalog order, or a usage error naming what is unknown.
    func theorems(from catalog: Catalog) throws -> [any Theorem] {
        var selected = catalog.theorems
        if let family {
            let f = Family(family)
            guard catalog.families.contains(f) else {
                throw InputError("unknown family '\(family)'; the families are \(catalog.families.map(\.rawValue).joined(separator: ", "))")
            }
            selected = selected.filter { $0.family == f }
        }
        if !theorems.isEmpty {
            for id in theorems where catalog.theorem(id: id) == nil {
                throw InputError("unknown theorem id '\(id)'; run 'provable list' to see the ids")
            }
            selected = selected.filter { theorems.contains($0.id) }
        }
        if selected.isEmpty { throw InputError("no theorem matches the given --theorem and --family") }
        return selected
    }
}

/// `--jobs N`: how many theorems (and, for sweeps, seeds) run at once.
struct JobsOption: ParsableArguments {
    @Option(help: ArgumentHelp("How many checks run in parallel (default: the number of processors). The report does not depend on it.",
                               valueName: "n"))
    var jobs: Int?

    func resolved() throws -> Int {
        guard let jobs else { return CheckRun.defaultJobs }
        guard jobs >= 1, jobs <= 1024 else { throw InputError("--jobs must be between 1 and 1024, got \(jobs)") }
        return jobs
    }
}

/// `--shard i/n`: run only the i-th of n parts (cut by measured cost), for CI matrices and
/// cluster array jobs; `provable merge` puts the parts' JSON reports back together.
struct ShardOption: ParsableArguments {
    @Option(help: ArgumentHelp("Run only part i of n (1 ≤ i ≤ n); merge the parts' JSON reports with 'provable merge'.",
                               valueName: "i/n"))
    var shard: String?

    func resolved() throws -> Shard? {
        guard let shard else { return nil }
        do { return try Shard(parsing: shard) } catch { throw InputError("--shard: \(error.description)") }
    }
}
