import ArgumentParser
import Theorems

extension Provable {
    /// `provable cite ID`: the BibTeX entry of a theorem's paper; `--self`: Provable's own.
    struct Cite: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the BibTeX entry of a theorem's paper (or, with --self, of Provable itself).")

        @Argument(help: ArgumentHelp("The theorem id (see 'provable list').", valueName: "id"))
        var id: String?

        @Flag(name: .customLong("self"), help: "Cite Provable itself (the same data as CITATION.cff).")
        var citeSelf = false

        func run() throws {
            if citeSelf {
                guard id == nil else { throw InputError("give either a theorem id or --self, not both") }
                print(Citation.provable.bibtex)
                return
            }
            guard let id else { throw InputError("missing theorem id; run 'provable list' to see the ids, or use --self") }
            guard let theorem = CommandContext.catalog.theorem(id: id) else {
                throw InputError("unknown theorem id '\(id)'; run 'provable list' to see the ids")
            }
            print(theorem.citation.bibtex)
        }
    }
}
