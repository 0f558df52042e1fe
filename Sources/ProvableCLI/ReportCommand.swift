import ArgumentParser
import Foundation
import Theorems

extension Provable {
    /// `provable report`: the checks with their plots, written as a citable report directory.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the checks and write a report directory: an HTML page with plots, LaTeX and Markdown tables, BibTeX, CSV and JSON.",
            discussion: """
                Writes DIR/index.html (self-contained: inline SVG plots, no network, no script), tables.tex \
                (booktabs), tables.md, references.bib, report.json (the 'check' JSON plus every plotted series), \
                data/<theorem>-<plot>.csv (pgfplots-ready) and plots/<theorem>-<plot>.svg. The directory is written \
                atomically; an existing DIR is replaced only if it is empty or a previous report. The same seed \
                gives the same bytes. Exit status as for 'check': 0 when every claim holds and every false variant \
                is refuted, 1 otherwise (the report is written either way), 2 for usage errors.
                """)

        @Option(help: ArgumentHelp("The report directory to create or replace.", valueName: "dir"))
        var output: String

        @OptionGroup var selection: TheoremSelection

        @Option(help: ArgumentHelp("The seed every instance is generated from (an unsigned 64-bit integer).", valueName: "n"))
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("How much work: instance counts, sizes and budgets.", valueName: "scale"))
        var scale: Scale = .standard

        @OptionGroup var jobs: JobsOption

        func run() async throws {
            let selected = try selection.theorems(from: CommandContext.catalog)
            let jobs = try jobs.resolved()
            try ReportDirectory.checkWritable(output)
            var run = await CheckRun.run(theorems: selected, seed: seed, scale: scale, jobs: jobs, options: RunOptions(plots: true))
            run.provenance = RunProvenance(arguments: Array(CommandLine.arguments.dropFirst()))
            let bundle = ReportBundle(run, command: regenerateCommand)
            try ReportDirectory.write(bundle, to: output)
            let html = bundle.file("index.html")?.utf8.count ?? 0
            print("Wrote \(output): index.html (\(html / 1024) KiB), tables.tex, tables.md, references.bib, report.json, "
                + "\(bundle.files.filter { $0.path.hasPrefix("data/") }.count) data file(s), "
                + "\(bundle.files.filter { $0.path.hasPrefix("plots/") }.count) SVG file(s).")
            let counts = run.counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
            print("\(run.reports.count) theorem(s): \(counts).")
            print(bundle.note, terminator: "")
            if !run.succeeded { throw ExitCode(1) }
        }

        /// The invocation that regenerates the report, as the page shows it (DIR stands for the directory).
        var regenerateCommand: String {
            var words = ["provable", "report", "--seed", String(seed), "--scale", scale.rawValue]
            if let family = selection.family { words += ["--family", family] }
            for id in selection.theorems { words += ["--theorem", id] }
            return (words + ["--output", "DIR"]).joined(separator: " ")
        }
    }
}
