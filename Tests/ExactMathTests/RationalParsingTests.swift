import PropertyBased
import ProvableTesting
import Testing
import ExactMath

@Suite("Rational: parsing user text")
struct RationalParsingTests {
    @Test("printing then parsing is the identity")
    func roundTrip() {
        seededPropertyCheck(count: 300, seed: 0x9A25, input: mixedRational) { x in
            #expect((try? Rational(parsing: x.description)) == x)
            #expect(Rational(x.description) == x)
        }
    }

    @Test("decimal and exponent forms are exact", arguments: [
        ("0.125", Rational(1, 8)),
        ("-3.5e-2", Rational(-7, 200)),
        ("6/-8", Rational(-3, 4)),
        ("1E3", Rational(1000)),
        (".5", Rational(1, 2)),
        ("5.", Rational(5)),
        ("+2.50", Rational(5, 2)),
        ("  -12  ", Rational(-12)),
        ("0.1", Rational(1, 10)),
        ("-0", Rational.zero),
        ("3 / 4", Rational(3, 4)),
        ("1e-3", Rational(1, 1000)),
        ("2.5E+2", Rational(250)),
    ])
    func decimals(text: String, expected: Rational) throws {
        #expect(try Rational(parsing: text) == expected)
    }

    @Test("bad text gives a typed error, never a trap", arguments: [
        "", "   ", "abc", "1/0", "1//2", "--1", "1e", "0x10", "1.2.3", "1/2/3", "/", "1/", "/2",
        "e5", ".", "-", "1e1.5", "1.5/2", "½", "١٢", "1_000", "inf", "nan",
    ])
    func malformed(text: String) {
        #expect(throws: RationalParseError.self) { try Rational(parsing: text) }
        #expect(Rational(text) == nil)
    }

    @Test("the errors say what went wrong")
    func errorCases() throws {
        #expect(throws: RationalParseError.empty) { try Rational(parsing: "") }
        #expect(throws: RationalParseError.zeroDenominator("1/0")) { try Rational(parsing: "1/0") }
        #expect(throws: RationalParseError.malformed("1//2")) { try Rational(parsing: "1//2") }
        #expect(throws: RationalParseError.exponentTooLarge("1e999999999")) { try Rational(parsing: "1e999999999") }
        // Exponents at the edge of Int (Int.min has no absolute value) are typed errors, not traps.
        #expect(throws: RationalParseError.exponentTooLarge("1e-9223372036854775808")) { try Rational(parsing: "1e-9223372036854775808") }
        #expect(throws: RationalParseError.exponentTooLarge("1e9223372036854775807")) { try Rational(parsing: "1e9223372036854775807") }
        #expect(throws: RationalParseError.exponentTooLarge("1e10001")) { try Rational(parsing: "1e10001") }
        #expect(try Rational(parsing: "1e-10000") == Rational(1, 10).power(10_000))
    }

    @Test("decimal strings of random dyadic and decimal values parse exactly")
    func decimalProperty() {
        let digits = zip(Gen.int(in: -999_999...999_999), Gen.int(in: 0...8), Gen.int(in: -20...20))
        seededPropertyCheck(count: 200, seed: 0xDEC, input: digits) { mantissa, fraction, exponent in
            // text = mantissa · 10^(−fraction) written positionally, then "e<exponent>".
            let sign = mantissa < 0 ? "-" : ""
            var body = String(mantissa.magnitude)
            while body.count <= fraction { body = "0" + body }
            let split = body.index(body.endIndex, offsetBy: -fraction)
            let text = sign + body[..<split] + "." + body[split...] + "e\(exponent)"
            let expected = Rational(mantissa) * Rational(10).power(exponent - fraction)
            #expect((try? Rational(parsing: text)) == expected, "\(text)")
        }
    }
}
