import ArgumentParser
import Theorems

extension Provable {
    /// `provable cite ID`: the BibTeX entry of a theorem's paper.
    struct Cite: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the BibTeX entry of a theorem's paper.")

        @Argument(help: "The theorem id (see 'provable list').")
        var id: String

        func run() throws {
            guard let theorem = Catalog.builtIn.theorem(id: id) else {
                throw InputError("unknown theorem id '\(id)'; run 'provable list' to see the ids")
            }
            print(theorem.citation.bibtex)
        }
    }
}
