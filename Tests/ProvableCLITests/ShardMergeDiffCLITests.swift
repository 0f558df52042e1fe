import Foundation
import Testing

/// `--shard`, `provable merge` and `provable diff`, run as separate processes as a CI matrix
/// or a cluster array would run them.
@Suite("provable: shards, merge and diff")
struct ShardMergeDiffCLITests {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("provable-shards-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func threeCheckShardsMergeToTheUnshardedReport() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let args = ["check", "--family", "classical", "--scale", "quick", "--seed", "3", "--format", "json"]  // 2 theorems, 3 shards: one is empty
        let whole = try CLIRunner.run(args)
        var files: [String] = []
        for i in [2, 3, 1] {
            let path = directory.appendingPathComponent("shard\(i).json").path
            let r = try CLIRunner.run(args + ["--shard", "\(i)/3", "--output", path])
            #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
            files.append(path)
        }
        let merged = try CLIRunner.run(["merge"] + files)
        #expect(merged.status == whole.status)
        #expect(merged.stdout == whole.stdout, "the merge differs from the unsharded report")
        // A missing shard is an error that names it.
        let partial = try CLIRunner.run(["merge"] + files.dropLast())
        #expect(partial.status == 2 && partial.stderr.contains("missing 1/3"), "\(partial.stderr)")
    }

    @Test func threeSweepShardsMergeToTheUnshardedSweep() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let args = ["sweep", "--family", "classical", "--scale", "quick", "--seeds", "1...5", "--format", "json"]
        let whole = try CLIRunner.run(args)
        let files = try (1...3).map { i -> String in
            let path = directory.appendingPathComponent("sweep\(i).json").path
            _ = try CLIRunner.run(args + ["--shard", "\(i)/3", "--output", path])
            return path
        }
        let merged = try CLIRunner.run(["merge"] + files)
        #expect(merged.status == whole.status)
        #expect(merged.stdout == whole.stdout)
    }

    @Test func diffFlagsInjectedRegressionsAndPassesAnUnchangedReport() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = directory.appendingPathComponent("base.json").path
        _ = try CLIRunner.run(["check", "--family", "classical", "--scale", "quick", "--format", "json", "--output", base])
        let same = try CLIRunner.run(["diff", base, base])
        #expect(same.status == 0 && same.stdout.contains("no changes"))

        var report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: base))) as? [String: Any])
        var theorems = try #require(report["theorems"] as? [[String: Any]])
        theorems[0]["verdict"] = "refuted"
        var variants = try #require(theorems[1]["falseVariants"] as? [[String: Any]])
        variants[0]["refuted"] = false
        theorems[1]["falseVariants"] = variants
        let exactIndex = try #require(theorems.firstIndex { $0["exact"] as? Bool == true })
        var instances = try #require(theorems[exactIndex]["instanceResults"] as? [[String: Any]])
        instances[0]["measured"] = "12345/7"
        theorems[exactIndex]["instanceResults"] = instances
        report["theorems"] = theorems
        let tampered = directory.appendingPathComponent("tampered.json").path
        try JSONSerialization.data(withJSONObject: report).write(to: URL(fileURLWithPath: tampered))

        let diff = try CLIRunner.run(["diff", base, tampered])
        #expect(diff.status == 1)
        #expect(diff.stdout.contains("verdict-changed"))
        #expect(diff.stdout.contains("false-variant-survived"))
        #expect(diff.stdout.contains("exact-value-changed") && diff.stdout.contains("12345/7"))

        let baseline = try CLIRunner.run(["check", "--family", "classical", "--scale", "quick", "--baseline", tampered])
        #expect(baseline.status == 1, "the comparison with the tampered baseline finds a changed exact value")
        #expect(baseline.stderr.contains("exact-value-changed"))
    }

    @Test("diff and merge refuse what cannot be compared", arguments: [
        (["diff", "/nonexistent/a.json", "/nonexistent/b.json"], "no such file"),
        (["merge"], "give the shards"),
        (["check", "--shard", "4/3", "--format", "json"], "between 1 and 3"),
        (["check", "--shard", "1/3"], "--format json"),
        (["sweep", "--shard", "x"], "i/n"),
    ])
    func refusals(arguments: [String], expected: String) throws {
        let r = try CLIRunner.run(arguments)
        #expect(r.status == 2, "\(arguments): \(r.status) \(r.stderr)")
        #expect(r.stderr.contains(expected), "\(arguments): \(r.stderr)")
    }
}
