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

    /// Unique in both norms (derived by hand): on this data F∞ = {w : w₁ ≥ 1, w₂ ≥ 1, w₁ + w₂/2 ≥ 1,
    /// ‖w‖∞ ≤ 1} = {(1, 1)}, and F₁ = {w₁ ≥ 1/2, w₂ ≥ 1/2, w₁ + w₂/2 ≥ 1/2, |w₁| + |w₂| ≤ 1} = {(1/2, 1/2)}.
    @Test("unique maximizer: `unique` is true and there is no alternativeDirection (ℓ∞ and ℓ1)")
    func uniqueMaximizer() throws {
        let path = try Self.file("unique", Self.data)
        for norm in ["inf", "1"] {
            let r = try CLIRunner.run(["margin", "--norm", norm, "--format", "json", path])
            #expect(r.status == 0, "\(r.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            #expect(json["unique"] as? Bool == true)
            #expect(json["alternativeDirection"] == nil)
            #expect(json["direction"] as? [String] == (norm == "inf" ? ["1", "1"] : ["1/2", "1/2"]))
        }
        let text = try CLIRunner.run(["margin", "--norm", "inf", path])
        #expect(text.status == 0 && text.stdout.contains("maximizer: unique"), "\(text.stdout)")
    }

    /// Non-unique ℓ∞ maximizer (derived by hand): z = (1, 0), (1, 1/2) (the second row has label −1
    /// and x = (−1, −1/2)). λ = (1, 0) gives ‖Zᵀλ‖₁ = 1 ≥ γ∞ and w = (1, 0) attains 1, so γ∞ = 1;
    /// F∞ = {w₁ ≥ 1, w₁ + w₂/2 ≥ 1, ‖w‖∞ ≤ 1} = {(1, t) : 0 ≤ t ≤ 1}, a segment.
    static let face = "label,x1,x2\n1,1,0\n-1,-1,-1/2\n"

    @Test("non-unique ℓ∞ maximizer: `unique` is false and alternativeDirection is a second point of the face")
    func nonUniqueMaximizer() throws {
        let path = try Self.file("face", Self.face)
        let r = try CLIRunner.run(["margin", "--norm", "inf", "--format", "json", path])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["margin"] as? String == "1")
        #expect(json["unique"] as? Bool == false)
        let w = try #require(json["direction"] as? [String])
        let v = try #require(json["alternativeDirection"] as? [String])
        #expect(w != v)
        func value(_ s: String) -> Double {
            let parts = s.split(separator: "/").compactMap { Double($0) }
            return parts.count == 2 ? parts[0] / parts[1] : parts[0]
        }
        for point in [w, v] {
            #expect(point.count == 2 && point[0] == "1", "\(point)")
            #expect((0...1).contains(value(point[1])), "\(point)")
        }
        let text = try CLIRunner.run(["margin", "--norm", "inf", path])
        #expect(text.status == 0 && text.stdout.contains("NOT unique"), "\(text.stdout)")
        #expect(text.stdout.contains("coordinate 1"), "\(text.stdout)")
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

    /// The JSON output of `margin --norm inf` on `contents`, with its exit status and stderr.
    static func linfJSON(_ name: String, _ contents: String) throws -> CLIRunner.Result {
        try CLIRunner.run(["margin", "--norm", "inf", "--format", "json", try Self.file(name, contents)])
    }

    /// A UTF-8 byte-order mark (as Excel writes it) is not part of the first cell: without a
    /// header the first row is data, and every row number and support-vector index is the same
    /// as without the mark.
    @Test("a byte-order mark changes neither the result nor the row numbering", arguments: [
        "1,1,0\n1,0,1\n-1,-1,-0.5\n",
        data,
    ])
    func byteOrderMark(contents: String) throws {
        let plain = try Self.linfJSON("nobom-\(abs(contents.hashValue))", contents)
        let marked = try Self.linfJSON("bom-\(abs(contents.hashValue))", "\u{FEFF}" + contents)
        #expect(plain.status == 0 && marked.status == 0, "\(marked.stderr)")
        #expect(marked.stdout == plain.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(marked.stdout.utf8)) as? [String: Any])
        #expect(json["supportVectors"] as? [Int] == [0, 1])
        #expect((json["dual"] as? [String])?.count == 3)
        for (name, bad, row) in [("ragged", "1,1,0\n1,0\n", "row 2: 2 cells"), ("cell", "1,1,0\n1,0,1\n-1,q,0\n", "row 3, column 2: 'q'")] {
            let a = try CLIRunner.run(["margin", "--norm", "inf", try Self.file("bom-\(name)", "\u{FEFF}" + bad)])
            let b = try CLIRunner.run(["margin", "--norm", "inf", try Self.file("nobom-\(name)", bad)])
            #expect(a.status == 2 && b.status == 2)
            #expect(a.stderr.contains(row) && a.stderr == b.stderr, "\(a.stderr) vs \(b.stderr)")
        }
    }

    @Test("CRLF row ends and blank trailing rows read as LF rows")
    func crlfAndBlankTrailingRows() throws {
        let plain = try Self.linfJSON("lf", Self.data)
        let crlf = try Self.linfJSON("crlf", Self.data.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n  \r\n\n")
        #expect(crlf.status == 0, "\(crlf.stderr)")
        #expect(crlf.stdout == plain.stdout)
        let noFinalEnd = try Self.linfJSON("nofinal", "label,x1,x2\r\n1,1,0\r\n1,0,1\r\n-1,-1,-0.5")
        #expect(noFinalEnd.stdout == plain.stdout)
    }

    @Test("quoted fields: quotes are not part of the value, and a quoted comma stays in its cell")
    func quotedFields() throws {
        let plain = try Self.linfJSON("unquoted", Self.data)
        let quoted = try Self.linfJSON("quoted", "\"label\",\"x 1, first\",x2\n1,\"1\",0\n\"1\",0,\"1\"\n-1,\"-1\",\"-1/2\"\n")
        #expect(quoted.status == 0, "\(quoted.stderr)")
        #expect(quoted.stdout == plain.stdout)
        let comma = try CLIRunner.run(["margin", "--norm", "inf", try Self.file("qcomma", "1,1,0\n1,\"1,5\",0\n")])
        #expect(comma.status == 2)
        #expect(comma.stderr.contains("row 2, column 2: '1,5' is not a number"), "\(comma.stderr)")
    }

    @Test("a malformed row is reported at its row and column (header and blank rows counted), with a short one-line excerpt", arguments: [
        ("cell", "label,x1,x2\n1,1,0\n\n1,0,1\n-1,-1,abc\n", "row 5, column 3: 'abc' is not a number"),
        ("ragged", "label,x1,x2\r\n1,1,0\r\n1,0,1,2\r\n", "row 3: 4 cells, expected 3"),
        ("label", "1,1,0\n\n\n0,1,1\n", "row 4: label 0 is not +1 or -1"),
        ("quoting", "1,1,0\n1,\"0\"x,1\n", "row 2: malformed quoting"),
        ("control", "1,1,0\n1,\"0\t\u{7}\",1\n", "row 2, column 2: '0\\u{9}\\u{7}' is not a number"),
        ("long", "1,1,0\n1," + String(repeating: "z", count: 500) + ",1\n", "row 2, column 2: '" + String(repeating: "z", count: 40) + "…' is not a number"),
    ])
    func malformedRow(name: String, contents: String, message: String) throws {
        let r = try CLIRunner.run(["margin", "--norm", "inf", try Self.file("malformed-\(name)", contents)])
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test("--norm must be 1, 2, inf or P > 1")
    func badNorm() throws {
        let r = try CLIRunner.run(["margin", "--norm", "0.5", try Self.file("norm", Self.data)])
        #expect(r.status == 2 && r.stderr.contains("--norm"))
    }

    @Test("an uncertified ℓp answer is an error, or printed as UNCERTIFIED with exit 1 on request")
    func uncertifiedGeneralP() throws {
        let path = try Self.file("p300", "1,3,1\n1,1,3\n1,2,2\n-1,-1,-2\n1,4,0.5\n")
        let r = try CLIRunner.run(["margin", "--norm", "1e300", "--format", "json", path])
        #expect(r.status == 2, "\(r.stdout)")
        #expect(r.stderr.contains("not certified") && r.stderr.contains("--allow-uncertified"), "\(r.stderr)")
        let allowed = try CLIRunner.run(["margin", "--norm", "1e300", "--format", "json", "--allow-uncertified", path])
        #expect(allowed.status == 1, "\(allowed.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(allowed.stdout.utf8)) as? [String: Any])
        #expect(json["certified"] as? Bool == false)
        let four = try CLIRunner.run(["margin", "--norm", "4", "--format", "json", try Self.file("p4", Self.data)])
        let ok = try #require(try JSONSerialization.jsonObject(with: Data(four.stdout.utf8)) as? [String: Any])
        #expect(four.status == 0 && ok["certified"] as? Bool == true)
    }

    @Test("size limits are checked up front and name the option that raises them", arguments: [
        (["--max-digits", "5"], "1,123456,1\n-1,1,2\n", "--max-digits"),
        (["--max-digits", "5"], "1,1e6,1\n-1,1,2\n", "--max-digits"),
        (["--max-entries", "3"], "1,1,0\n1,0,1\n-1,-1,-0.5\n", "--max-entries"),
    ])
    func limits(options: [String], contents: String, option: String) throws {
        let path = try Self.file("limit-\(abs(contents.hashValue))", contents)
        let r = try CLIRunner.run(["margin", "--norm", "inf"] + options + [path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("above the limit") && r.stderr.contains("raise it with \(option)"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test("the time limit stops the command with exit 2 and names --time-limit")
    func timeLimit() throws {
        // 60 rows × 12 features of the ℓ2-then-ℓp path cannot finish in a millisecond.
        var rows = ""
        for i in 0..<60 { rows += "1," + (0..<12).map { j in "\((i * 7 + j * 3) % 11 + 1)/\(j + 2)" }.joined(separator: ",") + "\n" }
        let r = try CLIRunner.run(["margin", "--norm", "3", "--time-limit", "0.001", try Self.file("slow", rows)])
        #expect(r.status == 2)
        #expect(r.stderr.contains("time limit") && r.stderr.contains("--time-limit"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
