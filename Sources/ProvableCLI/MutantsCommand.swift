import ArgumentParser
import Foundation
import Theorems

extension Provable {
    /// `provable mutants`: runs each mutant's theorems and prints the kill matrix.
    struct Mutants: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every mutant (a deliberately broken implementation) against the theorems that use it and print the kill matrix.",
            discussion: """
                A mutant is killed only by a 'refuted' or 'not-discriminating' verdict, not by 'inconclusive'. \
                Exit status 0 when every non-equivalent mutant is killed and every equivalent mutant (a correct \
                alternative implementation) holds on every theorem; 1 otherwise; 2 for usage errors.
                """)

        @Option(help: ArgumentHelp("Only this family's mutants.", valueName: "family"))
        var family: String?

        @Option(help: "The seed the theorems' instances are generated from.")
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("How much work: instance counts, sizes and budgets.", valueName: "scale"))
        var scale: Scale = .quick

        @OptionGroup var jobs: JobsOption

        @OptionGroup var progress: ProgressOption

        @Option(help: ArgumentHelp("The report format.", valueName: "format"))
        var format: MutantFormat = .text

        @OptionGroup var output: OutputOption

        enum MutantFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() async throws {
            var mutants = CommandContext.mutants.mutants
            if let family {
                let f = Family(family)
                let known = CommandContext.catalog.families
                guard known.contains(f) else {
                    throw InputError("unknown family '\(family)'; the families are \(known.map(\.rawValue).joined(separator: ", "))")
                }
                mutants = mutants.filter { $0.family == f }
            }
            let jobs = try jobs.resolved()
            try output.validateWritable()
            let printer = progress.printer()
            let run = await MutationRun.run(mutants: mutants, seed: seed, scale: scale, jobs: jobs,
                                            progress: printer?.forMutants)
            let text: String
            switch format {
            case .text: text = MutationReport.text(run)
            case .json: text = MutationReport.json(run).serialized() + "\n"
            }
            try output.emit(text)
            if !run.succeeded { throw ExitCode(1) }
        }
    }
}
