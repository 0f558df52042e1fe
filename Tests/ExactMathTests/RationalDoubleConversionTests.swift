import PropertyBased
import ProvableTesting
import Testing
import ExactMath

/// Checks that `x` is the correctly rounded (ties-to-even) `Double` of `r`, against an
/// independent criterion: no neighbour of x is closer to r, measured exactly in
/// rationals, and on a tie x has an even significand. For |r| beyond the overflow
/// threshold, x must be ±infinity.
func expectCorrectlyRounded(_ r: Rational, _ x: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    // Halfway between the largest finite double and 2^1024: the overflow threshold.
    let greatest = Rational(exactly: Double.greatestFiniteMagnitude)!
    let threshold = greatest + Rational(exactly: Double.greatestFiniteMagnitude.ulp)! / 2
    if r.magnitude >= threshold {
        #expect(x.isInfinite && (x < 0) == (r.signum < 0), "\(r) → \(x)", sourceLocation: sourceLocation)
        return
    }
    guard let exact = Rational(exactly: x) else {
        Issue.record("\(r) → \(x), expected a finite value", sourceLocation: sourceLocation)
        return
    }
    let distance = (r - exact).magnitude
    for neighbour in [x.nextUp, x.nextDown] {
        guard let n = Rational(exactly: neighbour) else { continue }
        let other = (r - n).magnitude
        #expect(distance <= other, "\(r) → \(x), but \(neighbour) is closer", sourceLocation: sourceLocation)
        if distance == other {
            #expect(x.significandBitPattern & 1 == 0, "tie at \(r) not rounded to even", sourceLocation: sourceLocation)
        }
    }
}

/// Finite doubles of every magnitude (random bit patterns, NaN/inf redrawn).
let finiteDouble: Generator<Double, Shrink.None<Double>> = Generator { rng in
    while true {
        let x = Double(bitPattern: UInt64.random(in: .min ... .max, using: &rng))
        if x.isFinite { return x }
    }
}

/// A decimal integer of 1…`maxDigits` random digits, as text.
func randomDigits(_ maxDigits: Int, _ rng: inout any SeededRandomNumberGenerator) -> String {
    let count = Int.random(in: 1...maxDigits, using: &rng)
    return String((0..<count).map { i in
        Character(String(Int.random(in: (i == 0 ? 1 : 0)...9, using: &rng)))
    })
}

@Suite("Rational → Double: correctly rounded")
struct RationalDoubleConversionTests {
    @Test("Rational(exactly: x).doubleValue == x for every finite double")
    func exactRoundTrip() {
        seededPropertyCheck(count: 1000, seed: 0xD0B1, input: finiteDouble) { x in
            let r = Rational(exactly: x)!
            #expect(r.doubleValue.bitPattern == x.bitPattern || (x == 0 && r.doubleValue == 0), "\(x)")
        }
        #expect(Rational(exactly: Double.nan) == nil)
        #expect(Rational(exactly: -Double.infinity) == nil)
    }

    @Test("huge operands: (10^300 + 1)/(3·10^299) is finite and correctly rounded")
    func hugeOperands() throws {
        let r = try Rational(parsing: "1" + String(repeating: "0", count: 299) + "1/3" + String(repeating: "0", count: 299))
        let x = r.doubleValue
        #expect(x.isFinite)
        #expect(x == 10.0 / 3.0)
        expectCorrectlyRounded(r, x)
    }

    @Test("random fractions with up to 400 digits round correctly")
    func randomLongFractions() {
        let gen: Generator<Rational, Shrink.None<Rational>> = Generator { rng in
            let p = randomDigits(400, &rng), q = randomDigits(400, &rng)
            let sign = Bool.random(using: &rng) ? "-" : ""
            return try! Rational(parsing: sign + p + "/" + q)
        }
        seededPropertyCheck(count: 300, seed: 0x10A6, input: gen) { r in
            expectCorrectlyRounded(r, r.doubleValue)
        }
    }

    @Test("midpoints between neighbouring doubles round to even; nudged ones do not")
    func tiesToEven() {
        seededPropertyCheck(count: 300, seed: 0x71E5, input: finiteDouble) { x in
            guard x.nextUp.isFinite, x != 0, x.nextUp != 0 else { return }
            let a = Rational(exactly: x)!, b = Rational(exactly: x.nextUp)!
            let mid = (a + b) / 2
            let even = x.significandBitPattern & 1 == 0 ? x : x.nextUp
            #expect(mid.doubleValue == even, "midpoint of \(x) and \(x.nextUp)")
            let tiny = (b - a) / Rational(1 << 40)
            #expect((mid - tiny).doubleValue == x)
            #expect((mid + tiny).doubleValue == x.nextUp)
        }
        #expect((1 + Rational(1, 1 << 53)).doubleValue == 1)
        #expect((1 + Rational(3, 1 << 53)).doubleValue == 1 + 0x1p-51)
    }

    @Test("subnormal results, underflow to zero, and overflow to infinity")
    func extremes() {
        let least = Rational(exactly: Double.leastNonzeroMagnitude)!
        #expect(least.doubleValue == .leastNonzeroMagnitude)
        #expect((least / 2).doubleValue == 0)                       // tie with 0: even is 0
        #expect((least / 2 + least / 1024).doubleValue == .leastNonzeroMagnitude)
        #expect((least * Rational(3, 2)).doubleValue == 2 * .leastNonzeroMagnitude) // tie: 2 is even
        #expect((least * Rational(5, 2)).doubleValue == 2 * .leastNonzeroMagnitude) // tie: 2 is even
        #expect((-least * Rational(7, 2)).doubleValue == -4 * .leastNonzeroMagnitude)
        #expect((least / 3).doubleValue == 0)
        #expect((-least / 3).doubleValue.sign == .minus)
        let minNormal = Rational(exactly: Double.leastNormalMagnitude)!
        #expect((minNormal - least).doubleValue == Double.leastNormalMagnitude.nextDown)
        #expect((minNormal * Rational(1, 3)).doubleValue == Double.leastNormalMagnitude / 3)

        let greatest = Rational(exactly: Double.greatestFiniteMagnitude)!
        let halfUlp = Rational(exactly: Double.greatestFiniteMagnitude.ulp)! / 2
        #expect(greatest.doubleValue == .greatestFiniteMagnitude)
        #expect((greatest + halfUlp - 1).doubleValue == .greatestFiniteMagnitude)
        #expect((greatest + halfUlp).doubleValue == .infinity)       // tie: 2^1024 is "even"
        #expect((-greatest - halfUlp).doubleValue == -.infinity)
        #expect((greatest * greatest).doubleValue == .infinity)
        for r in [least / 3, least * Rational(5, 2), greatest + halfUlp - 1, greatest * 2, minNormal / 7] {
            expectCorrectlyRounded(r, r.doubleValue)
        }
        let subnormal: Generator<Rational, Shrink.None<Rational>> = Generator { rng in
            Rational(Int.random(in: 1...(1 << 50), using: &rng)) * least / Rational(Int.random(in: 1...(1 << 20), using: &rng))
        }
        seededPropertyCheck(count: 200, seed: 0x50B, input: subnormal) { r in
            expectCorrectlyRounded(r, r.doubleValue)
        }
    }
}
