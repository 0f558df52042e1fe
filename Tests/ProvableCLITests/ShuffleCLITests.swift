import Foundation
import Testing

/// `provable shuffle`: exact expectations, JSON keys, exit status 2 on bad input.
@Suite("provable shuffle", .serialized)
struct ShuffleCLITests {
    static func write(_ text: String, _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("provable-shuffle-\(ProcessInfo.processInfo.processIdentifier)-\(name).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A worked example: fᵢ = ½(x − cᵢ)², c = (3, −1, −2, 5, −5), γ = 1/7, x₀ = 2, K = 3.
    static let example = #"{"A": [[[1]], [[1]], [[1]], [[1]], [[1]]], "b": [[3], [-1], [-2], [5], [-5]]}"#

    static func json(_ args: [String]) throws -> [String: Any] {
        let r = try CLIRunner.run(args + ["--format", "json"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test func workedExampleMatchesTheNote() throws {
        let file = try Self.write(Self.example, "example")
        let expected: [(String, Double)] = [("rr", 0.09388), ("ss", 0.16119), ("sgd", 1.01419)]
        for (scheme, value) in expected {
            let o = try Self.json(["shuffle", "--problem", file, "--scheme", scheme, "--epochs", "3", "--step", "1/7", "--x0", "2"])
            for key in ["scheme", "epochs", "optimum", "expectedSquaredDistance", "expectedSuboptimality",
                        "expectedSquaredDistanceDecimal", "expectedSuboptimalityDecimal"] {
                #expect(o.keys.contains(key), "missing \(key)")
            }
            #expect(o["scheme"] as? String == scheme)
            #expect(o["optimum"] as? [String] == ["0"])
            let d = try #require(o["expectedSquaredDistanceDecimal"] as? Double)
            #expect(abs(d - value) < 5e-5, "\(scheme): \(d)")
            let f = try #require(o["expectedSuboptimalityDecimal"] as? Double)
            #expect(abs(f - d / 2) < 1e-12)
            #expect((o["expectedSquaredDistance"] as? String)?.contains("/") == true)
        }
    }

    @Test func incrementalIsTheDeterministicOrbitAndTextPrintsFractions() throws {
        // One component f = ½(x − 1)², γ = 1/2: x ← x/2 + 1/2 from 0 gives 1 − 2^{−K}.
        let file = try Self.write(#"{"A": [[["1"]]], "b": [["1"]]}"#, "one")
        let o = try Self.json(["shuffle", "--problem", file, "--scheme", "igd", "--epochs", "3", "--step", "0.5"])
        #expect(o["expectedSquaredDistance"] as? String == "1/64")
        #expect(o["expectedSuboptimality"] as? String == "1/128")
        let r = try CLIRunner.run(["shuffle", "--problem", file, "--scheme", "igd", "--epochs", "3", "--step", "1/2"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("E‖x_K − x*‖² = 1/64"))
    }

    @Test func twoDimensionalOptimumIsExact() throws {
        let file = try Self.write(#"{"A": [[[2, 1], [1, 3]], [[4, 0], [0, 1]]], "b": [[1, 0], ["1/2", 2]]}"#, "twod")
        let o = try Self.json(["shuffle", "--problem", file, "--scheme", "rr", "--epochs", "2", "--step", "1/5", "--x0", "1,-1"])
        // Ā = [[3, 1/2], [1/2, 2]], b̄ = (3/4, 1), det Ā = 23/4: x* = (4/23)·(2·3/4 − 1/2, −3/8 + 3) = (4/23, 21/46).
        #expect(o["optimum"] as? [String] == ["4/23", "21/46"])
    }

    @Test(arguments: [
        (#"{"A": [[[1, 2], [3]]], "b": [[1, 1]]}"#, "ragged"),
        (#"{"A": [[[1, 2], [3, 4]]], "b": [[1, 1]]}"#, "not symmetric"),
        (#"{"A": [[[1, 0], [0, 0]]], "b": [[1, 1]]}"#, "singular"),
        (#"{"A": [[[1]]], "b": [["1/0"]]}"#, "malformed number"),
        (#"{"A": [[[1]]], "b": [[1], [2]]}"#, "has 1 matrices"),
    ] as [(String, String)])
    func badFilesExitTwo(content: String, expected: String) throws {
        let file = try Self.write(content, "bad-\(abs(expected.hashValue))")
        let r = try CLIRunner.run(["shuffle", "--problem", file, "--scheme", "rr", "--epochs", "1", "--step", "1/2"])
        #expect(r.status == 2)
        #expect(r.stderr.contains(expected), "stderr: \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func tooManyComponentsAndBadEpochsExitTwo() throws {
        let nine = "{\"A\": [" + Array(repeating: "[[1]]", count: 9).joined(separator: ",") + "], \"b\": ["
            + (0..<9).map { "[\($0 - 4)]" }.joined(separator: ",") + "]}"
        let file = try Self.write(nine, "nine")
        let r = try CLIRunner.run(["shuffle", "--problem", file, "--scheme", "rr", "--epochs", "1", "--step", "1/2"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("limit n ≤ 8") && r.stderr.contains("Monte Carlo"), "stderr: \(r.stderr)")
        // IGD has no enumeration limit.
        #expect(try CLIRunner.run(["shuffle", "--problem", file, "--scheme", "igd", "--epochs", "1", "--step", "1/2"]).status == 0)
        let k0 = try CLIRunner.run(["shuffle", "--problem", file, "--scheme", "igd", "--epochs", "0", "--step", "1/2"])
        #expect(k0.status == 2 && k0.stderr.contains("at least 1"))
        let badStep = try CLIRunner.run(["shuffle", "--problem", file, "--scheme", "igd", "--epochs", "1", "--step", "x"])
        #expect(badStep.status == 2)
        let badScheme = try CLIRunner.run(["shuffle", "--problem", file, "--scheme", "cyclic", "--epochs", "1", "--step", "1/2"])
        #expect(badScheme.status == 2 && badScheme.stderr.contains("rr, ss, igd or sgd"))
    }

    @Test func epochAndDimensionLimitsNameTheirOptions() throws {
        let file = try Self.write(#"{"A": [[[1, 0], [0, 2]], [[2, 0], [0, 1]]], "b": [[1, 0], [0, 1]]}"#, "limits")
        let k = try CLIRunner.run(["shuffle", "--problem", file, "--scheme", "rr", "--epochs", "20001", "--step", "1/2"])
        #expect(k.status == 2 && k.stderr.contains("raise it with --max-epochs"), "\(k.stderr)")
        let d = try CLIRunner.run(["shuffle", "--problem", file, "--scheme", "rr", "--epochs", "1", "--step", "1/2", "--max-dimension", "1"])
        #expect(d.status == 2 && d.stderr.contains("raise it with --max-dimension"), "\(d.stderr)")
        let digits = try CLIRunner.run(["shuffle", "--problem", file, "--scheme", "rr", "--epochs", "1", "--step", "1e-2000"])
        #expect(digits.status == 2 && digits.stderr.contains("raise it with --max-digits"), "\(digits.stderr)")
    }
}
