import ArgumentParser
import Foundation
import Theorems

extension Provable {
    /// `provable check`: runs the checks and prints the verdict table.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the checks and print a verdict table.",
            discussion: "Exit status 0 when every claim holds and every false variant is refuted, 1 otherwise, 2 for usage errors.")

        @OptionGroup var selection: TheoremSelection

        @Option(help: ArgumentHelp("The seed every instance is generated from (an unsigned 64-bit integer).", valueName: "n"))
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("How much work: instance counts, sizes and budgets.", valueName: "scale"))
        var scale: Scale = .standard

        @OptionGroup var jobs: JobsOption

        @OptionGroup var progress: ProgressOption

        @OptionGroup var shard: ShardOption

        @Option(help: ArgumentHelp("Compare the run with this earlier JSON report (as 'provable diff' does, tolerance 0); the changes go to standard error and a regression makes the exit status 1.",
                                   valueName: "file"), completion: .file(extensions: ["json"]))
        var baseline: String?

        @Option(help: ArgumentHelp("The report format.", valueName: "format"))
        var format: ReportFormat = .text

        @OptionGroup var output: OutputOption

        func run() async throws {
            let all = try selection.theorems(from: CommandContext.catalog)
            let jobs = try jobs.resolved()
            let part = try shard.resolved()
            if part != nil && format != .json { throw InputError("--shard needs --format json (the parts are merged with 'provable merge')") }
            let selected = part.map { CheckRun.theorems(all, in: $0, scale: scale) } ?? all
            try output.validateWritable()
            let baselineText = try baseline.map(InputFile.text)
            let printer = progress.printer()
            var run = await CheckRun.run(theorems: selected, seed: seed, scale: scale, jobs: jobs,
                                         progress: printer?.forCheck)
            run.provenance = RunProvenance(arguments: Array(CommandLine.arguments.dropFirst()))
            run.shard = part.map { ShardSelection(shard: $0, selection: all.map(\.id)) }
            let text = format.render(run)
            try output.emit(text)
            var regression = false
            if let baselineText, let baseline {
                do {
                    let diff = try ReportDiff(base: baselineText, new: ReportFormat.json.render(run), baseName: baseline, newName: "this run")
                    FileHandle.standardError.write(Data("provable: compared with \(baseline):\n\(diff.text)".utf8))
                    regression = diff.hasRegression
                } catch {
                    throw InputError("--baseline: \(error.description)")
                }
            }
            if !run.succeeded || regression { throw ExitCode(1) }
        }
    }
}

extension Scale: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
