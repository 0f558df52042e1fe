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

        @Option(help: "The seed every instance is generated from (an unsigned 64-bit integer).")
        var seed: UInt64 = 1

        @Option(help: "quick, standard or thorough.")
        var scale: Scale = .standard

        @OptionGroup var jobs: JobsOption

        @OptionGroup var progress: ProgressOption

        @Option(help: "text, json, markdown or csv.")
        var format: ReportFormat = .text

        @Option(help: "Write the report to this file (atomically) instead of standard output.")
        var output: String?

        func run() async throws {
            let selected = try selection.theorems(from: CommandContext.catalog)
            let jobs = try jobs.resolved()
            if let output { try OutputFile.checkWritable(output) }
            let printer = progress.printer()
            var run = await CheckRun.run(theorems: selected, seed: seed, scale: scale, jobs: jobs,
                                         progress: printer?.forCheck)
            run.provenance = RunProvenance(arguments: Array(CommandLine.arguments.dropFirst()))
            let text = format.render(run)
            if let output {
                try OutputFile.writeAtomically(text, to: output)
            } else {
                print(text, terminator: "")
            }
            if !run.succeeded { throw ExitCode(1) }
        }
    }
}

extension Scale: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
