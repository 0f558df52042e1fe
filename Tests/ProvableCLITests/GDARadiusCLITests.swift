import Foundation
import Testing

/// `provable gda-radius`: certified brackets, JSON keys, exit status 2 on bad input.
@Suite("provable gda-radius", .serialized)
struct GDARadiusCLITests {
    static func write(_ text: String, _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("provable-gda-\(ProcessInfo.processInfo.processIdentifier)-\(name).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A scalar bilinear game: Alt-GDA has ρ = 1 exactly for αβσ² < 4.
    static let bilinear = #"{"A": [[0]], "B": [[1]], "C": [[0]]}"#
    static let scsc = #"{"A": [[1, 0], [0, 4]], "B": [["1/2", 0], [0, 1]], "C": [[2, 0.5], [0.5, 3]]}"#

    @Test func jsonHasTheDocumentedKeysAndCertifiesConvergence() throws {
        let game = try Self.write(Self.scsc, "scsc")
        let r = try CLIRunner.run(["gda-radius", "--game", game, "--method", "alt", "--alpha", "1/5", "--beta", "1/5", "--format", "json"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        for key in ["method", "lower", "upper", "lowerDecimal", "upperDecimal", "converges", "iterationsToEpsilon"] {
            #expect(o.keys.contains(key), "missing \(key)")
        }
        #expect(o["converges"] as? Bool == true)
        let lower = try #require(o["lowerDecimal"] as? Double), upper = try #require(o["upperDecimal"] as? Double)
        #expect(lower < upper && upper < 1 && upper - lower <= 1e-9 + 1e-15)
        #expect((o["iterationsToEpsilon"] as? Int ?? 0) > 0)
        #expect((o["upper"] as? String)?.contains("/") == true)
    }

    @Test func bilinearAltHasRadiusOneAndDoesNotConverge() throws {
        let game = try Self.write(Self.bilinear, "bilinear")
        let r = try CLIRunner.run(["gda-radius", "--game", game, "--method", "alt", "--alpha", "1/2", "--beta", "1/2", "--format", "json"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(o["converges"] as? Bool == false)
        let lower = try #require(o["lowerDecimal"] as? Double), upper = try #require(o["upperDecimal"] as? Double)
        #expect(lower < 1 && 1 <= upper && upper - lower <= 1e-9 + 1e-15, "bracket must contain ρ = 1")
        #expect(o["iterationsToEpsilon"] is NSNull)
        // Alex with γ + δ > 2 converges on the same game (Thm 6.1).
        let alex = try CLIRunner.run(["gda-radius", "--game", game, "--method", "alex", "--alpha", "1/10", "--beta", "1/10",
                                      "--gamma", "3/2", "--delta", "3/2", "--format", "json"])
        let a = try #require(try JSONSerialization.jsonObject(with: Data(alex.stdout.utf8)) as? [String: Any])
        #expect(a["converges"] as? Bool == true)
    }

    @Test func textOutputShowsBracketAndIterations() throws {
        let game = try Self.write(Self.scsc, "scsc-text")
        let r = try CLIRunner.run(["gda-radius", "--game", game, "--method", "eg", "--alpha", "1/5", "--beta", "1/5", "--width", "1e-6"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("< ρ ≤"))
        #expect(r.stdout.contains("iterations to ε = 1e-8"))
    }

    @Test func badInputExitsTwoWithOneLine() throws {
        let good = try Self.write(Self.scsc, "good")
        let asym = try Self.write(#"{"A": [[1, 2], [0, 4]], "B": [[1], [1]], "C": [[1]]}"#, "asym")
        let shapes = try Self.write(#"{"A": [[1, 0], [0, 4]], "B": [[1, 1]], "C": [[1]]}"#, "shapes")
        let malformed = try Self.write(#"{"A": [["1/0"]], "B": [[1]], "C": [[1]]}"#, "malformed")
        let cases: [([String], String)] = [
            (["--game", asym, "--method", "sim", "--alpha", "1", "--beta", "1"], "not symmetric"),
            (["--game", shapes, "--method", "sim", "--alpha", "1", "--beta", "1"], "shapes"),
            (["--game", malformed, "--method", "sim", "--alpha", "1", "--beta", "1"], "zero denominator"),
            (["--game", good, "--method", "sim", "--alpha", "x", "--beta", "1"], "--alpha"),
            (["--game", good, "--method", "sim", "--alpha", "1", "--beta", "1", "--width", "0"], "width"),
            (["--game", good, "--method", "alex", "--alpha", "1", "--beta", "1"], "--gamma"),
            (["--game", good, "--method", "newton", "--alpha", "1", "--beta", "1"], "unknown --method"),
        ]
        for (args, fragment) in cases {
            let r = try CLIRunner.run(["gda-radius"] + args)
            #expect(r.status == 2, "\(args): status \(r.status), stderr \(r.stderr)")
            #expect(r.stderr.contains(fragment), "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test func nilpotentIterationMatrixIsDecidedAsRadiusZero() throws {
        // α·A = 1, β·C = 1, B = 0: the Sim-GDA iteration matrix is 0, so ρ = 0 exactly.
        let game = try Self.write(#"{"A": [[1]], "B": [[0]], "C": [[1]]}"#, "nilpotent")
        let r = try CLIRunner.run(["gda-radius", "--game", game, "--method", "sim", "--alpha", "1", "--beta", "1", "--format", "json"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(o["radiusIsZero"] as? Bool == true)
        #expect(o["lower"] as? String == "0" && o["upper"] as? String == "0")
        #expect(o["converges"] as? Bool == true)
        let text = try CLIRunner.run(["gda-radius", "--game", game, "--method", "sim", "--alpha", "1", "--beta", "1"])
        #expect(text.stdout.contains("ρ = 0 exactly") && !text.stdout.contains("< ρ ≤"), "\(text.stdout)")
    }

    @Test(arguments: [
        (["--alpha", "1e1000"], "--max-digits"),
        (["--alpha", "1/5", "--max-order", "3"], "--max-order"),
    ] as [([String], String)])
    func limitsExitTwoNamingTheOption(options: [String], option: String) throws {
        let game = try Self.write(Self.scsc, "limits-\(option)")
        let arguments = ["gda-radius", "--game", game, "--method", "alt", "--beta", "1/5"] + options
        let r = try CLIRunner.run(arguments)
        #expect(r.status == 2)
        #expect(r.stderr.contains("raise it with \(option)"), "stderr: \(r.stderr)")
    }
}
