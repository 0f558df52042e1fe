import Foundation
import Testing
import Theorems

@Suite("provable CLI: exit codes, JSON shape, bad input", .serialized)
struct CLITests {
    static let classicalID = "polyak-1987/gd-quadratic-rate"

    @Test func listJSONHasTheDocumentedKeys() throws {
        let r = try CLIRunner.run(["list", "--format", "json"])
        #expect(r.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(!array.isEmpty)
        for entry in array {
            for key in ["id", "family", "statement", "citation"] { #expect(entry[key] != nil, "list entry lacks \(key)") }
            let citation = try #require(entry["citation"] as? [String: Any])
            for key in ["authors", "title", "venue", "year", "arxiv", "theorem"] {
                #expect(citation.keys.contains(key), "citation lacks \(key)")
            }
        }
    }

    @Test func checkJSONHasTheDocumentedKeysAndExitsZero() throws {
        let r = try CLIRunner.run(["check", "--theorem", Self.classicalID, "--scale", "quick", "--format", "json", "--seed", "5"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["seed"] as? String == "5")
        #expect(object["scale"] as? String == "quick")
        let theorems = try #require(object["theorems"] as? [[String: Any]])
        #expect(theorems.count == 1)
        let t = theorems[0]
        for key in ["id", "family", "verdict", "exact", "instances", "predicted", "measured", "tolerance",
                    "predictedDecimal", "measuredDecimal", "toleranceDecimal", "falseVariants"] {
            #expect(t.keys.contains(key), "check entry lacks \(key)")
        }
        #expect(t["verdict"] as? String == "holds")
        #expect(t["exact"] as? Bool == true)
        #expect((t["instances"] as? Int ?? 0) > 0)
        // An exact value is "p/q" (or "p"), and its Decimal twin is that fraction in Float64.
        let predicted = try #require(t["predicted"] as? String)
        let parts = predicted.split(separator: "/").map { Double(String($0)) }
        #expect(parts.count <= 2 && parts.allSatisfy { $0 != nil }, "predicted \(predicted) is not p/q")
        let value = parts.count == 2 ? parts[0]! / parts[1]! : parts[0]!
        let twin = try #require(t["predictedDecimal"] as? Double)
        #expect(abs(twin - value) <= 1e-12 * max(1, abs(value)), "\(predicted) vs \(twin)")
        let variants = try #require(t["falseVariants"] as? [[String: Any]])
        #expect(variants.allSatisfy { $0["statement"] is String && $0["refuted"] as? Bool == true })
    }

    @Test func sameSeedSameBytes() throws {
        let args = ["check", "--family", "classical", "--scale", "quick", "--format", "json", "--seed", "11"]
        let a = try CLIRunner.run(args), b = try CLIRunner.run(args)
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
    }

    @Test func checkOutputDoesNotDependOnJobs() throws {
        let args = ["check", "--family", "classical", "--scale", "quick", "--format", "json", "--seed", "5"]
        let one = try CLIRunner.run(args + ["--jobs", "1"]), two = try CLIRunner.run(args + ["--jobs", "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
    }

    @Test func sweepPrintsCountsAndExitsZeroWhenEverythingHolds() throws {
        let r = try CLIRunner.run(["sweep", "--family", "classical", "--seeds", "1...3", "--scale", "quick", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["succeeded"] as? Bool == true)
        #expect((object["seeds"] as? [String]) == ["1", "2", "3"])
        let theorems = try #require(object["theorems"] as? [[String: Any]])
        #expect(theorems.count == Catalog.builtIn.theorems(in: .classical).count)
        for t in theorems {
            let verdicts = try #require(t["verdicts"] as? [String: Int])
            #expect(verdicts["holds"] == 3, "\(t["id"] ?? "?")")
            #expect(t["nonHolding"] as? [Any] != nil && t["survivingFalseVariants"] as? [Any] != nil)
        }
    }

    @Test func textMarkdownAndCSVFormats() throws {
        for format in ["text", "markdown", "csv"] {
            let r = try CLIRunner.run(["check", "--theorem", Self.classicalID, "--scale", "quick", "--format", format])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(r.stdout.contains(Self.classicalID), "\(format) output does not name the theorem")
        }
    }

    @Test func outputFileIsWritten() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("provable-cli-test-\(ProcessInfo.processInfo.processIdentifier).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CLIRunner.run(["check", "--theorem", Self.classicalID, "--scale", "quick", "--format", "json", "--output", path])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("\"theorems\""))
    }

    @Test("bad input exits 2 with one clear line", arguments: [
        (["check", "--theorem", "no-such/theorem"], "unknown theorem id"),
        (["check", "--seed", "12x"], "seed"),
        (["check", "--seed", "-3"], "seed"),
        (["check", "--scale", "huge"], "scale"),
        (["check", "--family", "astrology"], "unknown family"),
        (["check", "--format", "xml"], "format"),
        (["check", "--theorem", "polyak-1987/gd-quadratic-rate", "--output", "/nonexistent-dir/out.json"], "cannot write"),
        (["cite", "no-such/theorem"], "unknown theorem id"),
        (["frobnicate"], "unexpected argument"),
        (["check", "--jobs", "0"], "--jobs"),
        (["sweep", "--seeds", "5...2"], "empty"),
        (["sweep", "--seeds", "1...x"], "not an unsigned"),
        (["sweep", "--seeds", "1...99999999"], "more than"),
        (["sweep", "--max-inconclusive", "2"], "fraction"),
        (["sweep", "--family", "astrology"], "unknown family"),
        (["mutants", "--family", "astrology"], "unknown family"),
    ])
    func badInput(arguments: [String], expected: String) throws {
        let r = try CLIRunner.run(arguments)
        #expect(r.status == 2, "\(arguments): status \(r.status), stderr \(r.stderr)")
        #expect(r.stderr.hasPrefix("provable: error:"), "\(arguments): \(r.stderr)")
        #expect(r.stderr.lowercased().contains(expected.lowercased()), "\(arguments): \(r.stderr)")
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test func citePrintsBibTeX() throws {
        let r = try CLIRunner.run(["cite", Self.classicalID])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("@book{polyak1987introduction,"))
    }

    @Test func helpOnEveryCommand() throws {
        for command in [[], ["list"], ["check"], ["sweep"], ["mutants"], ["cite"]] {
            let r = try CLIRunner.run(command + ["--help"])
            #expect(r.status == 0, "\(command) --help")
            #expect(r.stdout.contains("USAGE"), "\(command) --help")
        }
    }
}
