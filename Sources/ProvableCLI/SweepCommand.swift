import ArgumentParser
import Foundation
import Theorems

extension Provable {
    /// `provable sweep`: the catalog over a range of seeds, outcomes counted per theorem.
    struct Sweep: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the checks over many seeds and count, per theorem, how each verdict and instance outcome fared.",
            discussion: """
                Prints, per theorem, how many seeds held, were refuted, inconclusive or not discriminating, how many \
                instance results held, were refuted, inconclusive or inapplicable, which false variants survived on \
                which seeds, and the 'provable check' command that reproduces each non-holding case. Exit status 0 \
                when no run is refuted or not discriminating and inconclusive instance results are at most \
                --max-inconclusive of all; 1 otherwise; 2 for usage errors.
                """)

        @Option(help: ArgumentHelp("Seeds: A...B (inclusive), a single seed, or a comma-separated list.", valueName: "seeds"))
        var seeds: String = "1...10"

        @Option(help: ArgumentHelp("How much work: instance counts, sizes and budgets.", valueName: "scale"))
        var scale: Scale = .quick

        @OptionGroup var selection: TheoremSelection

        @OptionGroup var jobs: JobsOption

        @OptionGroup var progress: ProgressOption

        @OptionGroup var shard: ShardOption

        @Option(help: ArgumentHelp("The largest accepted fraction of inconclusive instance results.", valueName: "fraction"))
        var maxInconclusive: Double = 0.01

        @Option(help: ArgumentHelp("The report format.", valueName: "format"))
        var format: SweepFormat = .text

        @OptionGroup var output: OutputOption

        enum SweepFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() async throws {
            let seedList = try SeedList.parse(seeds)
            let selected = try selection.theorems(from: CommandContext.catalog)
            let jobs = try jobs.resolved()
            let part = try shard.resolved()
            if part != nil && format != .json { throw InputError("--shard needs --format json (the parts are merged with 'provable merge')") }
            guard maxInconclusive >= 0, maxInconclusive <= 1 else {
                throw InputError("--max-inconclusive must be a fraction between 0 and 1, got \(maxInconclusive)")
            }
            try output.validateWritable()
            let printer = progress.printer()
            var run = await SweepRun.run(theorems: selected, seeds: seedList, scale: scale, jobs: jobs,
                                         maxInconclusiveFraction: maxInconclusive, shard: part,
                                         progress: printer?.forSweep)
            run.provenance = RunProvenance(arguments: Array(CommandLine.arguments.dropFirst()))
            let text: String
            switch format {
            case .text: text = SweepReport.text(run)
            case .json: text = SweepReport.json(run).serialized() + "\n"
            }
            try output.emit(text)
            if !run.succeeded { throw ExitCode(1) }
        }
    }
}

/// Parses `--seeds`: "A...B", "A", or "A,B,C".
enum SeedList {
    /// At most this many seeds in one sweep (a typo such as 1...10000000 fails at once).
    static let limit = 1_000_000

    static func parse(_ text: String) throws -> [UInt64] {
        func seed(_ s: Substring) throws -> UInt64 {
            guard let v = UInt64(s.trimmingCharacters(in: .whitespaces)) else {
                throw InputError("--seeds: '\(s)' is not an unsigned 64-bit integer (write A...B, A, or A,B,C)")
            }
            return v
        }
        if let range = text.range(of: "...") {
            let a = try seed(text[..<range.lowerBound]), b = try seed(text[range.upperBound...])
            guard a <= b else { throw InputError("--seeds: the range \(text) is empty (the first seed exceeds the last)") }
            guard b - a < UInt64(limit) else { throw InputError("--seeds: \(text) has more than \(limit) seeds; split it with --seeds ranges") }
            return Array(a...b)
        }
        let list = try text.split(separator: ",", omittingEmptySubsequences: false).map(seed)
        guard list.count <= limit else { throw InputError("--seeds: more than \(limit) seeds") }
        return list
    }
}
