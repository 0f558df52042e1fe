import FloatMath
import PropertyBased
import ProvableTesting
import Testing

@Suite("Sample summary, Student t and normal quantiles")
struct StatisticsTests {
    @Test("known small data set")
    func knownData() throws {
        let s = SampleSummary([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(s.count == 8 && s.mean == 5)
        #expect(abs(s.variance - 32.0 / 7) < 1e-15)
        #expect(abs(s.standardDeviation - (32.0 / 7).squareRoot()) < 1e-15)
        #expect(abs(s.standardError - (32.0 / 7 / 8).squareRoot()) < 1e-15)
        #expect(s.minimum == 2 && s.maximum == 9)
        // t_{0.975, 7} = 2.364624251592784 (SciPy).
        let ci = try s.confidenceInterval(level: 0.95)
        let h = 2.364624251592784 * (32.0 / 7 / 8).squareRoot()
        #expect(abs(ci.lowerBound - (5 - h)) < 1e-13 && abs(ci.upperBound - (5 + h)) < 1e-13)
    }

    @Test("Welford is stable under a large offset; merge equals the sequential summary")
    func stability() {
        let s = SampleSummary([4, 7, 13, 16].map { 1e9 + $0 })
        #expect(s.variance == 30)
        var a = SampleSummary([1, 2, 3]), b = SampleSummary([10, 20])
        a.merge(b)
        let all = SampleSummary([1, 2, 3, 10, 20])
        #expect(a.count == 5 && abs(a.mean - all.mean) < 1e-14 && abs(a.variance - all.variance) < 1e-12)
        b.merge(SampleSummary())
        #expect(b == SampleSummary([10, 20]))
    }

    @Test("typed errors for too little data, bad levels and NaN")
    func errors() {
        #expect(SampleSummary([1]).variance.isNaN)
        #expect(throws: StatisticsError.insufficientData(count: 1, needed: 2)) {
            try SampleSummary([1]).confidenceInterval(level: 0.95)
        }
        #expect(throws: StatisticsError.invalidProbability(1.5)) {
            try SampleSummary([1, 2]).confidenceInterval(level: 1.5)
        }
        #expect(throws: StatisticsError.nonFinite(index: 1)) { try SampleSummary(validating: [1, .nan]) }
        #expect(throws: StatisticsError.invalidDegreesOfFreedom(0)) { try studentTQuantile(0.9, degreesOfFreedom: 0) }
        #expect(throws: StatisticsError.invalidProbability(0)) { try normalQuantile(0) }
    }

    @Test("Student t quantiles match SciPy to 1e-12 relative", arguments: [
        (1, 0.95, 6.313751514675037), (1, 0.975, 12.706204736174694), (1, 0.9995, 636.6192487687897),
        (2, 0.975, 4.302652729749462), (2, 0.995, 9.924843200918287), (3, 0.9999, 22.203742273205),
        (4, 0.6, 0.2707222947075976), (5, 0.95, 2.0150483733330233), (10, 0.975, 2.228138851986274),
        (30, 0.995, 2.7499956535672254), (31, 0.9, 1.3094635494946454), (100, 0.975, 1.9839715185235518),
        (1000, 0.995, 2.580754698065951), (1001, 0.975, 1.9623367052808798), (5000, 0.95, 1.6451584375969708),
    ])
    func tQuantiles(df: Int, p: Double, expected: Double) throws {
        let t = try studentTQuantile(p, degreesOfFreedom: df)
        #expect(abs(t - expected) <= 1e-12 * expected, "df \(df), p \(p): \(t)")
        let lower = try studentTQuantile(1 - p, degreesOfFreedom: df)
        #expect(abs(lower + expected) <= 1e-12 * expected)
    }

    @Test("Student t CDF matches SciPy, and inverts the quantile")
    func tCDF() throws {
        #expect(abs(try studentTCDF(1.5, degreesOfFreedom: 7) - 0.911350756505015) < 1e-15)
        #expect(abs(try studentTCDF(-0.3, degreesOfFreedom: 4) - 0.3895607141387299) < 1e-15)
        #expect(abs(try studentTCDF(2.0, degreesOfFreedom: 1) - 0.8524163823495667) < 1e-15)
        for df in [1, 2, 3, 8, 9, 57] {
            for p in [0.55, 0.8, 0.9, 0.99] {
                let t = try studentTQuantile(p, degreesOfFreedom: df)
                #expect(abs(try studentTCDF(t, degreesOfFreedom: df) - p) < 1e-14)
            }
        }
    }

    @Test("normal quantiles (AS 241) match SciPy")
    func normalQuantiles() throws {
        for (p, z) in [(0.975, 1.959963984540054), (0.995, 2.5758293035489004), (0.95, 1.6448536269514722),
                       (1e-10, -6.361340902404056), (0.5, 0.0)] {
            #expect(abs(try normalQuantile(p) - z) <= 1e-15 * max(1, abs(z)))
        }
    }

    @Test("CI coverage on Gaussian means is nominal (2000 seeded trials each; |coverage − level| < 4 SE)",
          arguments: [(5, 0.95), (10, 0.95), (30, 0.99), (4, 0.9)])
    func coverage(n: Int, level: Double) throws {
        var covered = 0, zCovered = 0
        let trials = 2000
        let z = try normalQuantile(0.5 + 0.5 * level)
        for trial in 0..<trials {
            var g = SeededGenerator.stream(seed: 0xC1 &+ UInt64(n), index: UInt64(trial))
            let s = SampleSummary((0..<n).map { _ in g.gaussian(mean: 3, standardDeviation: 2) })
            let ci = try s.confidenceInterval(level: level)
            if ci.contains(3) { covered += 1 }
            if abs(s.mean - 3) <= z * s.standardError { zCovered += 1 }
        }
        let coverage = Double(covered) / Double(trials)
        let se = (level * (1 - level) / Double(trials)).squareRoot()
        #expect(abs(coverage - level) < 4 * se, "coverage \(coverage)")
        // Negative control: the normal-quantile interval undercovers visibly for small n.
        if n <= 5 { #expect(Double(zCovered) / Double(trials) < level - 4 * se) }
    }

    @Test("property: the CI contains the mean, widens with the level, and is symmetric")
    func ciProperties() throws {
        try seededPropertyCheck(count: 100, seed: 0x5A, input: zip(Gen<Int>.int(in: 2...40), Gen<UInt64>.uint64())) { n, seed in
            var g = SeededGenerator(seed: seed)
            let s = SampleSummary(g.gaussianVector(n))
            let c90 = try s.confidenceInterval(level: 0.9), c99 = try s.confidenceInterval(level: 0.99)
            #expect(c90.contains(s.mean))
            #expect(c99.lowerBound < c90.lowerBound && c90.upperBound < c99.upperBound)
            #expect(abs((c90.upperBound - s.mean) - (s.mean - c90.lowerBound)) < 1e-12)
        }
    }
}
