import Foundation
import Testing
@testable import Theorems

@Suite("Catalog, Proofs/ index and reports")
struct CatalogTests {
    /// Proofs/ at the package root, found from this file's path.
    static let proofs = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Proofs")

    static func proofDocuments() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: proofs.path)
        var ids: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".md") && path != "README.md" { ids.append(String(path.dropLast(3))) }
        }
        return ids.sorted()
    }

    @Test func idsAreUniqueAndWellFormed() {
        let ids = Catalog.builtIn.theorems.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let parts = id.split(separator: "/")
            #expect(parts.count == 2, "id \(id) is not paper-key/short-name")
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "/" }, "id \(id)")
        }
    }

    @Test func everyTheoremHasAFalseVariantAndACitation() {
        func variants<T: Theorem>(_ t: T) -> Int { t.falseVariants.count }
        for t in Catalog.builtIn.theorems {
            #expect(variants(t) >= 1, "\(t.id) has no false variant")
            #expect(!t.citation.theorem.isEmpty, "\(t.id) cites no numbered result")
        }
    }

    /// Provenance lives in the label, never as a marker inside text a user reads.
    @Test func everyTheoremIsLabelledAndItsTextCarriesNoInternalMarkers() {
        let markers = ["[VERIFY", "[RECALL", "[DERIVED", "[MEASURED", "[SRC"]
        for t in Catalog.builtIn.theorems {
            #expect(!t.provenance.source.isEmpty, "\(t.id) has an empty provenance source")
            for text in [t.statement, t.citation.theorem, t.citation.bibtex] {
                for marker in markers {
                    #expect(!text.contains(marker), "\(t.id): \(marker) in user-facing text")
                }
            }
        }
    }

    @Test func everyTheoremHasItsProofDocumentAndViceVersa() throws {
        let documents = Set(Self.proofDocuments())
        let ids = Set(Catalog.builtIn.theorems.map(\.id))
        #expect(ids.subtracting(documents).isEmpty, "theorems without a Proofs/ document: \(ids.subtracting(documents).sorted())")
        #expect(documents.subtracting(ids).isEmpty, "Proofs/ documents naming no catalog theorem: \(documents.subtracting(ids).sorted())")
        let index = try String(contentsOf: Self.proofs.appendingPathComponent("README.md"), encoding: .utf8)
        for id in ids { #expect(index.contains("(\(id).md)"), "Proofs/README.md does not link \(id)") }
        for id in ids {
            let text = try String(contentsOf: Self.proofs.appendingPathComponent("\(id).md"), encoding: .utf8)
            #expect(text.contains("`\(id)`"), "Proofs/\(id).md does not name its theorem id")
        }
    }

    @Test func sameSeedGivesByteIdenticalJSON() {
        let theorems = Catalog.builtIn.theorems(in: .classical)
        let a = ReportFormat.json.render(CheckRun(theorems: theorems, seed: 42, scale: .quick))
        let b = ReportFormat.json.render(CheckRun(theorems: theorems, seed: 42, scale: .quick))
        #expect(a == b)
        let c = ReportFormat.json.render(CheckRun(theorems: theorems, seed: 43, scale: .quick))
        #expect(a != c, "a different seed should give different instances")
    }

    @Test func decimalFormattingIsDeterministic() {
        #expect(Quantity.format(0.5) == "0.5")
        #expect(Quantity.format(1.0 / 3.0) == "0.333333")
        #expect(Quantity.format(123456.7) == "123457")
        #expect(Quantity.format(1e-9) == "1e-9")
        #expect(Quantity.format(-2.5e12) == "-2.5e12")
        #expect(Quantity.format(.infinity) == "inf")
    }

    @Test func bibtexHasKeyAndFields() {
        let bib = Citation.lessardRechtPackard2016.at("Section 2.2").bibtex
        #expect(bib.hasPrefix("@article{lessard2016analysis,"))
        #expect(bib.contains("eprint = {1408.3595}"))
        #expect(Citation.polyak1987.bibtex.hasPrefix("@book{"))
    }
}
