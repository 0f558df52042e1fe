import Foundation
import FloatMath
import Testing

/// Distance in units in the last place between two finite doubles of the same sign.
func ulpDistance(_ a: Double, _ b: Double) -> UInt64 {
    if a == b { return 0 }
    guard a.sign == b.sign else { return .max }
    let x = a.bitPattern, y = b.bitPattern
    return x > y ? x - y : y - x
}

@Suite("Deterministic natural log")
struct DeterministicLogTests {
    @Test("within 2 ulp of the platform log over many inputs across the whole range")
    func againstPlatformLog() {
        var g = SeededGenerator(seed: 2024)
        var worst: UInt64 = 0
        for i in 0..<60_000 {
            let x: Double
            switch i % 3 {
            case 0: x = g.uniform()  // (0, 1): the Gaussian sampler's range
            case 1: x = 0.5 + g.uniform()  // near 1, where cancellation is hardest
            default:  // any positive finite double, including subnormals
                x = Double(bitPattern: g.next() >> 1)
            }
            guard x > 0, x.isFinite else { continue }
            worst = max(worst, ulpDistance(deterministicLog(x), Foundation.log(x)))
        }
        #expect(worst <= 2)
    }

    @Test("exact and special values")
    func specialValues() {
        #expect(deterministicLog(1) == 0)
        #expect(deterministicLog(0) == -.infinity)
        #expect(deterministicLog(-0.0) == -.infinity)
        #expect(deterministicLog(-1).isNaN)
        #expect(deterministicLog(.nan).isNaN)
        #expect(deterministicLog(.infinity) == .infinity)
        #expect(deterministicLog(2) == 0.6931471805599453)
        #expect(deterministicLog(0.5) == -0.6931471805599453)
        #expect(deterministicLog(.leastNonzeroMagnitude) == -744.4400719213812)
        #expect(deterministicLog(1e-300) == -690.7755278982137)
        for k in -1074...1023 {
            let x = Double(sign: .plus, exponent: k, significand: 1)
            #expect(ulpDistance(deterministicLog(x), Double(k) * 0.6931471805599453) <= 1
                    || abs(deterministicLog(x) - Double(k) * 0.6931471805599453) <= 1e-13 * Double(abs(k)))
        }
    }

    @Test("golden bits near 1 and for large arguments (fixes the algorithm, not just the accuracy)")
    func golden() {
        #expect(deterministicLog(1.0000001) == 9.999999505838704e-08)
        #expect(deterministicLog(0.9999999) == -1.0000000494736474e-07)
        #expect(deterministicLog(123456.789) == 11.723646487185881)
        #expect(deterministicLog(10) == 2.302585092994046)
    }
}
