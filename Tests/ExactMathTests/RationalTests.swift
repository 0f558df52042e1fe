import BigInt
import Foundation
import PropertyBased
import ProvableTesting
import Testing
@testable import ExactMath

/// Whether x is in the canonical form every `Rational` must have: q > 0, gcd(|p|, q) = 1.
/// The gcd is computed here by Euclid's algorithm, independently of `Rational.reduce`.
func isNormalized(_ x: Rational) -> Bool {
    guard x.denominator.signum() > 0 else { return false }
    var a = x.numerator.magnitude, b = x.denominator.magnitude
    while !b.isZero { (a, b) = (b, a % b) }
    return x.numerator.isZero ? x.denominator == 1 : a == 1
}

/// Small fractions, 64-bit boundary values and multi-word values, mixed.
let mixedRational: Generator<Rational, Shrink.None<Rational>> = Generator { rng in
    switch Int.random(in: 0...3, using: &rng) {
    case 0:
        return Gen<Rational>.rational(numerators: -50...50, denominators: -9...30).run(using: &rng)
    case 1, 2:
        return Gen<Rational>.int64Boundary.run(using: &rng)
    default:
        // A product of two boundary values has up to 128-bit fields.
        return Gen<Rational>.int64Boundary.run(using: &rng) * Gen<Rational>.int64Boundary.run(using: &rng)
    }
}

@Suite("Rational: field laws and invariants")
struct RationalTests {
    static let triple = zip(mixedRational, mixedRational, mixedRational)

    @Test("addition and multiplication are associative and commutative")
    func associativityCommutativity() {
        seededPropertyCheck(count: 200, seed: 0xF1E1D, input: Self.triple) { a, b, c in
            #expect((a + b) + c == a + (b + c))
            #expect((a * b) * c == a * (b * c))
            #expect(a + b == b + a)
            #expect(a * b == b * a)
        }
    }

    @Test("multiplication distributes over addition")
    func distributivity() {
        seededPropertyCheck(count: 200, seed: 0xD157, input: Self.triple) { a, b, c in
            #expect(a * (b + c) == a * b + a * c)
            #expect((a - b) * c == a * c - b * c)
        }
    }

    @Test("additive and multiplicative inverses, identities")
    func inverses() {
        seededPropertyCheck(count: 200, seed: 0x1A7, input: mixedRational) { a in
            #expect(a + (-a) == .zero)
            #expect(a - a == .zero)
            #expect(a + .zero == a)
            #expect(a * .one == a)
            #expect(a * .zero == .zero)
            if !a.isZero {
                #expect(a * a.reciprocal! == .one)
                #expect(a / a == .one)
                #expect(a.reciprocal!.reciprocal! == a)
            } else {
                #expect(a.reciprocal == nil)
            }
        }
    }

    @Test("every result is normalized: q > 0, gcd(|p|, q) = 1")
    func normalization() {
        seededPropertyCheck(count: 300, seed: 0x0A11, input: zip(mixedRational, mixedRational)) { a, b in
            #expect(isNormalized(a) && isNormalized(b))
            var results = [a + b, a - b, a * b, -a, a.magnitude, a.power(3), Rational.sum([a, b, a]),
                           Rational.dot([a, b], [b, a])]
            if !b.isZero { results += [a / b, b.reciprocal!, b.power(-2)] }
            for r in results { #expect(isNormalized(r), "\(r) from \(a), \(b)") }
        }
    }

    @Test("Int64 boundary arithmetic is exact (no wrap-around)")
    func int64Boundaries() {
        let max = Rational(Int.max), min = Rational(Int.min)
        #expect(max + 1 == Rational(BigInt(Int.max) + 1))
        #expect(min - 1 == Rational(BigInt(Int.min) - 1))
        #expect(-min == Rational(-BigInt(Int.min)))
        #expect(min * min == Rational(BigInt(Int.min) * BigInt(Int.min)))
        #expect(Rational(Int.min, -1) == -min)
        #expect(Rational(Int.min, Int.min) == .one)
        #expect(Rational(1, Int.min).denominator == -BigInt(Int.min))
        #expect(Rational(Int.max, Int.min) + Rational(1, Int.min) == -1)
        #expect(max.reciprocal! * max == .one)
        for r in [max + 1, min - 1, -min, Rational(1, Int.min), Rational(Int.min, 6), Rational(6, Int.min)] {
            #expect(isNormalized(r), "\(r)")
        }
        #expect(Rational(6, Int.min) == Rational(-3, 1 << 62))
    }

    @Test("< agrees with the sign of the difference, and is a total order")
    func comparableConsistentWithSubtraction() {
        seededPropertyCheck(count: 300, seed: 0xC0DE, input: Self.triple) { a, b, c in
            #expect((a < b) == ((a - b).signum < 0))
            #expect((a == b) == ((a - b).signum == 0))
            #expect([a < b, a == b, b < a].filter { $0 }.count == 1)
            if a < b && b < c { #expect(a < c) }
        }
    }

    @Test("equal values hash alike, however they were built")
    func hashable() {
        seededPropertyCheck(count: 200, seed: 0xA5A5, input: zip(mixedRational, mixedRational)) { a, b in
            let viaOps = (a + b) - b
            #expect(viaOps == a)
            #expect(viaOps.hashValue == a.hashValue)
            let scaled = Rational(a.numerator * 7, a.denominator * 7)
            #expect(scaled == a && scaled.hashValue == a.hashValue)
            #expect(Set([a, viaOps, scaled]).count == 1)
        }
    }

    @Test("Codable: JSON round trip as the string \"p/q\"")
    func codable() throws {
        let values: [Rational] = [Rational(-3, 4), 7, .zero, Rational(Int.min, 3), Rational(1, Int.max)]
        let data = try JSONEncoder().encode(values)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text == #"["-3\/4","7","0","-9223372036854775808\/3","1\/9223372036854775807"]"#)
        #expect(try JSONDecoder().decode([Rational].self, from: data) == values)
        seededPropertyCheck(count: 100, seed: 0xC0DA, input: mixedRational) { a in
            let back = try? JSONDecoder().decode(Rational.self, from: JSONEncoder().encode(a))
            #expect(back == a)
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Rational.self, from: Data(#""1/0""#.utf8))
        }
    }

    @Test("sum and dot equal the folded results")
    func sumAndDot() {
        let gen = Gen<Rational>.rational(numerators: -1000...1000, denominators: 1...1000).array(of: 0...40)
        seededPropertyCheck(count: 100, seed: 0x5011, input: zip(gen, gen)) { xs, ys in
            #expect(Rational.sum(xs) == xs.reduce(.zero, +))
            let n = Swift.min(xs.count, ys.count)
            let a = Array(xs.prefix(n)), b = Array(ys.prefix(n))
            #expect(Rational.dot(a, b) == zip(a, b).reduce(.zero) { $0 + $1.0 * $1.1 })
        }
        let harmonic = Rational.sum((1...30).map { Rational(1, $0) })
        #expect(harmonic == (1...30).reduce(Rational.zero) { $0 + Rational(1, $1) })
    }
}
