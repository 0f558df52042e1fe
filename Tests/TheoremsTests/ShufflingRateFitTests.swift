import Optimizers
import Testing
@testable import Theorems

/// At the quick scale: log-corrected exponents of RR, SS, SGD and IGD on the 1-D
/// equal-curvature closed forms match Safran–Shamir 2020's rates, and N2 (SS as 1/(nK³)),
/// the one-power-too-fast variants and the raw-slope variant are refuted by the same fit.
@Suite("Shuffling / Safran–Shamir 2020: log-corrected rate fits")
struct ShufflingRateFitTests {
    @Test("log-corrected exponents hold; N2 and every false variant refuted")
    func rateFits() {
        let report = TheoremRunner.run(LogCorrectedRateFits(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" })")
        #expect(report.falseVariants.count == 8)
        #expect(report.falseVariants.allSatisfy { $0.refuted && $0.refutingInstances == $0.applicableInstances }, "\(report.falseVariants)")
    }

    @Test("raw log–log slopes drift from the exponent; the corrected ones do not (RR over K)")
    func rawSlopesDrift() throws {
        let fits = LogCorrectedRateFits()
        let rr = try #require(try fits.instances(seed: 1, scale: .quick).first { $0.scheme == .randomReshuffling && $0.axis == .epochs })
        let m = try fits.measure(rr)
        let corrected = try #require(m.corrected?.slope), raw = try #require(m.raw?.slope)
        #expect(abs(corrected + 3) <= 0.05)
        #expect(raw > -2.9 && raw < -2.5, "raw slope \(raw)")
    }
}
