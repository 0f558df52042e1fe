import Foundation
import Testing

/// `provable margin`: exact max margins of labelled CSV files, and exit status 2 with one
/// clear line for every kind of bad input.
@Suite("CLI: provable margin")
struct MarginCLITests {
    static func file(_ name: String, _ contents: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("provable-margin-\(name)-\(ProcessInfo.processInfo.processIdentifier).csv")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// z = (1, 0), (0, 1), (1, 1/2): γ∞ = 1, γ₁ = 1/2, ŵ₂ = (1, 1) with γ₂² = 1/2.
    static let data = "label,x1,x2\n1,1,0\n1,0,1\n-1,-1,-0.5\n"

    @Test("ℓ∞: exact margin, direction, support vectors and dual in JSON")
    func linf() throws {
        let r = try CLIRunner.run(["margin", "--norm", "inf", "--format", "json", try Self.file("inf", Self.data)])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["norm"] as? String == "inf")
        #expect(json["margin"] as? String == "1")
        #expect(json["direction"] as? [String] == ["1", "1"])
        #expect(json["supportVectors"] as? [Int] == [0, 1])
        #expect((json["dual"] as? [String])?.count == 3)
    }

    @Test("ℓ1 and ℓ2: γ₁ = 1/2; γ₂² = 1/2 exactly with ŵ = (1, 1)")
    func l1AndL2() throws {
        let path = try Self.file("l12", Self.data)
        let one = try CLIRunner.run(["margin", "--norm", "1", "--format", "json", path])
        let j1 = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        #expect(j1["margin"] as? String == "1/2")
        let two = try CLIRunner.run(["margin", "--norm", "2", "--format", "json", path])
        let j2 = try #require(try JSONSerialization.jsonObject(with: Data(two.stdout.utf8)) as? [String: Any])
        #expect(j2["marginSquared"] as? String == "1/2")
        #expect(j2["direction"] as? [String] == ["1", "1"])
        #expect(abs((j2["marginDecimal"] as? Double ?? 0) - 0.5.squareRoot()) < 1e-15)
        let text = try CLIRunner.run(["margin", "--norm", "2", path])
        #expect(text.status == 0 && text.stdout.contains("γ² = 1/2"))
    }

    @Test("general p: Float64 margin with a tiny duality gap (p = 4: γ = 2^{-1/4} on this data)")
    func generalP() throws {
        let r = try CLIRunner.run(["margin", "--norm", "4", "--format", "json", try Self.file("p", Self.data)])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let gamma = try #require(json["marginDecimal"] as? Double)
        #expect(abs(gamma - pow(2, -0.25)) < 1e-9)
        #expect(abs(try #require(json["dualityGap"] as? Double)) < 1e-9)
    }

    @Test("bad input exits 2 with one line", arguments: [
        ("missing", nil as String?, "cannot read"),
        ("ragged", "1,1,0\n1,0\n", "ragged"),
        ("nonnumeric", "1,a,0\n", "not a number"),
        ("label", "2,1,0\n", "not +1 or -1"),
        ("empty", "label,x\n", "no data rows"),
        ("nonseparable", "1,1,0\n-1,1,0\n", "Gordan certificate"),
    ])
    func badInput(name: String, contents: String?, message: String) throws {
        let path = try contents.map { try Self.file(name, $0) } ?? "/nonexistent/provable-margin.csv"
        let r = try CLIRunner.run(["margin", "--norm", "inf", path])
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test("--norm must be 1, 2, inf or P > 1")
    func badNorm() throws {
        let r = try CLIRunner.run(["margin", "--norm", "0.5", try Self.file("norm", Self.data)])
        #expect(r.status == 2 && r.stderr.contains("--norm"))
    }
}
