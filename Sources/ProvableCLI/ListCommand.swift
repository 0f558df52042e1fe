import ArgumentParser
import Theorems

extension Provable {
    /// `provable list`: every theorem with its id, family, citation and statement.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every theorem: id, family, citation, statement.")

        @Option(help: "Output format: text or json.")
        var format: ListFormat = .text

        enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() throws {
            switch format {
            case .json:
                print(JSONReport.list(CommandContext.catalog.theorems).serialized())
            case .text:
                for t in CommandContext.catalog.theorems {
                    print("\(t.id)  [\(t.family.rawValue)]")
                    print("  \(t.citation.short) — provenance: \(t.provenance.level.rawValue) (\(t.provenance.source))")
                    print("  \(t.statement)")
                }
            }
        }
    }
}
