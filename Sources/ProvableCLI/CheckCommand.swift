import ArgumentParser
import Foundation
import Theorems

extension Provable {
    /// `provable check`: runs the checks and prints the verdict table.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the checks and print a verdict table.",
            discussion: "Exit status 0 when every claim holds and every false variant is refuted, 1 otherwise, 2 for usage errors.")

        @Option(name: .customLong("theorem"), help: "A theorem id (repeatable). Default: all.")
        var theorems: [String] = []

        @Option(help: "Only this family: \(Catalog.builtIn.families.map(\.rawValue).joined(separator: ", ")).")
        var family: String?

        @Option(help: "The seed every instance is generated from (an unsigned 64-bit integer).")
        var seed: UInt64 = 1

        @Option(help: "quick, standard or thorough.")
        var scale: Scale = .standard

        @Option(help: "text, json, markdown or csv.")
        var format: ReportFormat = .text

        @Option(help: "Write the report to this file (atomically) instead of standard output.")
        var output: String?

        func run() throws {
            let selected = try selection()
            if let output { try OutputFile.checkWritable(output) }
            let run = CheckRun(theorems: selected, seed: seed, scale: scale)
            let text = format.render(run)
            if let output {
                try OutputFile.writeAtomically(text, to: output)
            } else {
                print(text, terminator: "")
            }
            if !run.succeeded { throw ExitCode(1) }
        }

        /// The theorems the options select, or a usage error naming what is unknown.
        func selection() throws -> [any Theorem] {
            var selected = Catalog.builtIn.theorems
            if let family {
                let f = Family(family)
                guard Catalog.builtIn.families.contains(f) else {
                    throw InputError("unknown family '\(family)'; the families are \(Catalog.builtIn.families.map(\.rawValue).joined(separator: ", "))")
                }
                selected = selected.filter { $0.family == f }
            }
            if !theorems.isEmpty {
                for id in theorems where Catalog.builtIn.theorem(id: id) == nil {
                    throw InputError("unknown theorem id '\(id)'; run 'provable list' to see the ids")
                }
                selected = selected.filter { theorems.contains($0.id) }
            }
            if selected.isEmpty { throw InputError("no theorem matches the given --theorem and --family") }
            return selected
        }
    }
}

extension Scale: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
