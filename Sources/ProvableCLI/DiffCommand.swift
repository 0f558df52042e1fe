import ArgumentParser
import Foundation
import Theorems

extension Provable {
    /// `provable diff BASE.json NEW.json`: regression gating between two check reports.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two 'check --format json' reports of the same seed and scale and list what changed.",
            discussion: """
                Lists verdict changes, theorems added or removed, false variants that stopped being refuted, \
                instances whose outcome changed, exact values that changed, and Float64 values that drifted past \
                --tolerance (relative: |new − base| > tolerance · max(1, |base|)). Exit status 1 when any change is a \
                regression (a verdict that stopped holding, a removed theorem, a surviving false variant, a changed \
                exact value, a drift), 0 otherwise, 2 when the files cannot be compared.
                """)

        @Argument(help: ArgumentHelp("The base report.", valueName: "base.json"), completion: .file(extensions: ["json"]))
        var base: String

        @Argument(help: ArgumentHelp("The new report.", valueName: "new.json"), completion: .file(extensions: ["json"]))
        var new: String

        @Option(help: ArgumentHelp("Relative tolerance for Float64 values (Provable's Float64 results are bit-reproducible, so 0 flags any change).",
                                   valueName: "x"))
        var tolerance: Double = 0

        @Option(help: ArgumentHelp("The report format.", valueName: "format"))
        var format: DiffFormat = .text

        enum DiffFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() throws {
            guard tolerance >= 0, tolerance.isFinite else { throw InputError("--tolerance must be a finite number ≥ 0, got \(tolerance)") }
            let diff: ReportDiff
            do {
                diff = try ReportDiff(base: try InputFile.text(base), new: try InputFile.text(new), tolerance: tolerance,
                                      baseName: base, newName: new)
            } catch let error as ReportDiff.DiffError {
                throw InputError(error.description)
            }
            switch format {
            case .text: print(diff.text, terminator: "")
            case .json: print(diff.json.serialized())
            }
            if diff.hasRegression { throw ExitCode(1) }
        }
    }
}
