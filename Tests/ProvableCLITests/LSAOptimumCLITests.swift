import Foundation
import Testing

/// `provable lsa-optimum`: exact output for a worked example, JSON shape, and one
/// clear line with exit status 2 for every kind of bad input.
@Suite("provable lsa-optimum", .serialized)
struct LSAOptimumCLITests {
    static func file(_ name: String, _ contents: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lsa-optimum-\(ProcessInfo.processInfo.processIdentifier)-\(name).json")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func jsonHasTheDocumentedKeysAndExactValues() throws {
        // Σ = [[2, ½], [½, 1]] written with an integer, a "p/q" string and a decimal.
        let sigma = try Self.file("sigma", #"[[2, "1/2"], [0.5, 1]]"#)
        let r = try CLIRunner.run(["lsa-optimum", "--covariance", sigma, "--n", "5", "--format", "json"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        for key in ["preconditioner", "preconditionerDecimal", "loss", "lossDecimal", "gdStep", "gdStepDecimal", "gdLoss", "gdLossDecimal"] {
            #expect(object[key] != nil, "missing key \(key)")
        }
        #expect(object["preconditioner"] as? [[String]] == [["5/14", "-5/42"], ["-5/42", "25/42"]])
        #expect(object["loss"] as? String == "23/21")
        #expect(object["gdStep"] as? String == "55/168")
        #expect(object["gdLoss"] as? String == "403/336")   // L* + 5/48
        let decimal = try #require(object["lossDecimal"] as? Double)
        #expect(abs(decimal - 23.0 / 21.0) < 1e-15)
    }

    @Test func noiseAndTaskCovarianceEnter() throws {
        let sigma = try Self.file("sigma2", "[[2, 0.5], [0.5, 1]]")
        let omega = try Self.file("omega", #"[["4/7", "-2/7"], ["-2/7", "8/7"]]"#)   // Σ⁻¹
        let r = try CLIRunner.run(["lsa-optimum", "--covariance", sigma, "--n", "7", "--noise", "1/4",
                                   "--task-covariance", omega, "--format", "json"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["preconditioner"] as? [[String]] == [["16/41", "-8/41"], ["-8/41", "32/41"]])
        #expect(object["loss"] as? String == "145/164")
    }

    @Test func textOutputShowsExactAndDecimal() throws {
        let sigma = try Self.file("sigma3", "[[1, 0], [0, 1]]")
        let r = try CLIRunner.run(["lsa-optimum", "--covariance", sigma, "--n", "10", "--noise", "1"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("[5/7, 0]"))          // n/(n+d+1+σ²) = 10/14
        #expect(r.stdout.contains("0.714286"))
    }

    @Test("bad input exits 2 with one clear line", arguments: [
        ("[[1, 2], [2, 1]]", ["--n", "3"], "leading principal minor of order 2"),
        ("[[1, 2], [3, 1]]", ["--n", "3"], "not symmetric"),
        ("[[1, 2, 3], [2, 1, 0]]", ["--n", "3"], "not square"),
        ("[[1, 2], [2", ["--n", "3"], "malformed JSON"),
        (#"[[1, "x"], [0, 1]]"#, ["--n", "3"], "malformed JSON"),
        ("[[1, 0], [0, 1]]", ["--n", "0"], "at least 1"),
        ("[[1, 0], [0, 1]]", ["--n", "3", "--noise=-1/2"], "non-negative"),
    ])
    func badInput(matrix: String, extra: [String], message: String) throws {
        let path = try Self.file("bad-\(message.filter(\.isLetter))-\(matrix.count)", matrix)
        let r = try CLIRunner.run(["lsa-optimum", "--covariance", path] + extra)
        #expect(r.status == 2, "stdout: \(r.stdout)")
        #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "stderr: \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func hugeEntriesAndOrdersAreRefusedUpFront() throws {
        let huge = try Self.file("huge", #"[["1e10000", 0], [0, 1]]"#)
        let r = try CLIRunner.run(["lsa-optimum", "--covariance", huge, "--n", "5"])
        #expect(r.status == 2 && r.stderr.contains("raise it with --max-digits"), "\(r.stderr)")
        let sigma = try Self.file("order", "[[2, 1], [1, 3]]")
        let small = try CLIRunner.run(["lsa-optimum", "--covariance", sigma, "--n", "5", "--max-order", "1"])
        #expect(small.status == 2 && small.stderr.contains("raise it with --max-order"), "\(small.stderr)")
    }
}
