import Foundation
import Testing

@Suite("provable report: the directory, atomic replacement, same bytes, bad input", .serialized)
struct ReportCLITests {
    static let args = ["report", "--family", "classical", "--scale", "quick", "--seed", "2"]
    static let files = ["index.html", "tables.tex", "tables.md", "references.bib", "report.json"]

    /// A fresh, empty scratch directory for one test.
    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("provable-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func read(_ url: URL, _ name: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(name)) }

    @Test func writesEveryFileAndTheClosingNote() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("report")
        let r = try CLIRunner.run(Self.args + ["--output", out.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        for name in Self.files { #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing") }
        #expect(r.stdout.contains("Wrote \(out.path)"))
        #expect(r.stdout.contains("bash docs/screenshots.sh"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["report"], "no temporary directory is left behind")
        let html = String(decoding: try read(out, "index.html"), as: UTF8.self)
        #expect(html.contains("polyak-1987/gd-quadratic-rate"))
        #expect(html.contains("provable report --seed 2 --scale quick --family classical --output DIR"))
        // report.json is the check JSON with plots added to every theorem.
        let check = try CLIRunner.run(["check", "--family", "classical", "--scale", "quick", "--seed", "2", "--format", "json"])
        let checkObject = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let reportObject = try #require(try JSONSerialization.jsonObject(with: try read(out, "report.json")) as? [String: Any])
        let a = try #require(checkObject["theorems"] as? [[String: Any]]), b = try #require(reportObject["theorems"] as? [[String: Any]])
        #expect(a.map { $0["id"] as? String } == b.map { $0["id"] as? String })
        #expect(zip(a, b).allSatisfy { Set($0.keys).union(["plots"]) == Set($1.keys) })
        let markdown = try CLIRunner.run(["check", "--family", "classical", "--scale", "quick", "--seed", "2", "--format", "markdown"])
        #expect(String(decoding: try read(out, "tables.md"), as: UTF8.self) == markdown.stdout)
    }

    @Test func theSameSeedGivesTheSameBytesWhateverTheJobsAndTheDirectory() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let one = root.appendingPathComponent("one"), two = root.appendingPathComponent("two")
        #expect(try CLIRunner.run(Self.args + ["--output", one.path, "--jobs", "1"]).status == 0)
        #expect(try CLIRunner.run(Self.args + ["--output", two.path, "--jobs", "2"]).status == 0)
        for name in Self.files { #expect(try read(one, name) == read(two, name), "\(name) differs") }
    }

    @Test func replacesAPreviousReportButNoOtherDirectory() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("report")
        #expect(try CLIRunner.run(Self.args + ["--output", out.path]).status == 0)
        try Data("stale".utf8).write(to: out.appendingPathComponent("stale.txt"))
        #expect(try CLIRunner.run(Self.args + ["--output", out.path, "--seed", "3"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("stale.txt").path), "the old report is replaced whole")
        #expect(String(decoding: try read(out, "report.json"), as: UTF8.self).contains("\"seed\": \"3\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["report"])

        let other = root.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: false)
        try Data("keep me".utf8).write(to: other.appendingPathComponent("thesis.tex"))
        let refused = try CLIRunner.run(Self.args + ["--output", other.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("neither empty nor a Provable report"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path) == ["thesis.tex"])
    }

    @Test(arguments: [
        (["report", "--scale", "quick"], "--output"),
        (["report", "--output", "/nonexistent-provable-dir/report"], "does not exist"),
        (["report", "--output", "/tmp/x", "--family", "nope"], "unknown family"),
    ])
    func badInputExitsTwoBeforeAnyCheckRuns(arguments: [String], message: String) throws {
        let r = try CLIRunner.run(arguments)
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
    }
}
