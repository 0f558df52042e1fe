import FloatMath
import Testing

/// Golden values for the project's PRNG and every derived draw. The expected numbers were
/// produced by an independent reference implementation (a short Python script doing
/// SplitMix64 + xoshiro256** with explicit 64-bit masking, Lemire's bounded integers,
/// the Marsaglia–Bray polar method with a port of fdlibm's log, and Fisher–Yates), not by
/// this code. Any change to any derived draw breaks reproducibility of every published
/// verdict and must fail here. seed 0's first output 0x99EC5F36CB75F2B4 also matches the
/// authors' reference C code seeded through SplitMix64(0).
@Suite("SeededGenerator golden values")
struct SeededGeneratorGoldenTests {
    @Test("raw 64-bit outputs for seeds 0 and 42")
    func rawOutputs() {
        var g0 = SeededGenerator(seed: 0)
        #expect((0..<5).map { _ in g0.next() } == [
            0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0,
            0x6AA5_94F1_262D_2D2C, 0xBBA5_AD4A_1F84_2E59,
        ])
        var g42 = SeededGenerator(seed: 42)
        #expect((0..<5).map { _ in g42.next() } == [
            0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1,
            0xECB8_AD47_03B3_60A1, 0xFDE6_DC7F_E2EC_5E64,
        ])
    }

    @Test("stream(seed:index:) outputs", arguments: [
        (UInt64(42), UInt64(0), [UInt64(0x19E4_79E2_AAA7_7BFB), 0x5E3E_FE75_3BE2_7527, 0xC3ED_7125_B780_200A]),
        (42, 1, [0xE57B_B14F_3A75_FEED, 0x7FB8_90D3_D2D9_91E5, 0xA7B5_6E77_994F_7898]),
        (0, 0, [0xFB54_05F7_BD79_C540, 0x780C_98E2_6CEA_5883, 0x2A14_6E09_80FE_BC66]),
        (12345, 7, [0xBA02_64D8_A674_2775, 0x3948_D6C4_45B0_786C, 0xF773_62EF_AA0B_3060]),
    ])
    func streams(seed: UInt64, index: UInt64, expected: [UInt64]) {
        var g = SeededGenerator.stream(seed: seed, index: index)
        #expect((0..<3).map { _ in g.next() } == expected)
    }

    @Test("uniform() draws")
    func uniform() {
        var g = SeededGenerator(seed: 42)
        let u = (0..<4).map { _ in g.uniform() }
        #expect(u == [0.08386297105988216, 0.3789802506626686, 0.6800434110281394, 0.9246929453253876])
        #expect(u[0].bitPattern == 0x3FB5_780B_2E0C_2EC0)
    }

    @Test("int(below:) draws")
    func intBelow() {
        var g = SeededGenerator(seed: 42)
        #expect((0..<8).map { _ in g.int(below: 10) } == [0, 3, 6, 9, 9, 7, 7, 8])
        var h = SeededGenerator(seed: 42)
        #expect((0..<4).map { _ in h.int(below: 1_000_003) } == [83863, 378981, 680045, 924695])
    }

    @Test("gaussian() draws, bit for bit")
    func gaussian() {
        var g = SeededGenerator(seed: 42)
        let z = (0..<6).map { _ in g.gaussian() }
        #expect(z.map(\.bitPattern) == [
            0xBFE7_3D2F_EB0F_B377, 0x3FCC_5E21_F781_2A4C, 0x3FDD_B514_BFAC_5B4E,
            0x3FF7_9EB7_C13C_FCCD, 0x3FF0_2007_C238_0AEA, 0x3FF0_6F74_C2A8_E101,
        ])
        #expect(z[0] == -0.7262191382447857)
        var h = SeededGenerator(seed: 0)
        #expect((0..<4).map { _ in h.gaussian() }
            == [0.5981026483626094, -0.8950525532379914, -2.415606685712082, -0.7626406521838989])
        // gaussianVector is the same sequence.
        var k = SeededGenerator(seed: 42)
        #expect(k.gaussianVector(6) == z)
    }

    @Test("permutation draws (Fisher–Yates)")
    func permutation() {
        var g = SeededGenerator(seed: 42)
        #expect(g.permutation(10) == [9, 1, 4, 2, 8, 7, 6, 5, 3, 0])
        #expect(g.permutation(5) == [3, 1, 0, 4, 2])
    }

    @Test("randomOrthogonal(3): pinned bits, and agreement with an independent QR (NumPy) of the same Gaussian draws")
    func randomOrthogonal() {
        var g = SeededGenerator(seed: 42)
        let q = g.randomOrthogonal(3)
        // Regression pin (produced by this implementation): any change to the draws or to the
        // order of the Householder arithmetic changes these bits.
        #expect(q.elements.map(\.bitPattern) == [
            0xBFDB_8F2C_9C33_F528, 0x3FEC_9DA7_152E_C882, 0xBFBF_3F39_6252_3412,
            0x3FEC_02D6_1B5C_98C0, 0x3FD8_5FFC_510B_CB34, 0xBFD3_1001_8F28_ABCA,
            0x3FCC_248D_92D8_B12F, 0x3FCE_17D7_0863_FA7A, 0x3FEE_4BFE_7778_1731,
        ])
        // Independent: numpy.linalg.qr of the reference script's first nine gaussian() draws
        // (seed 42, row-major), columns multiplied by sign(diag R).
        let numpy: [Double] = [
            -0.43061366323657313, 0.8942447103238607, -0.12205847406785626,
            0.8753462347420041, 0.3808584968057173, -0.29785193424566764,
            0.21986550970303534, 0.23510253820127835, 0.9467766126042304,
        ]
        for (x, y) in zip(q.elements, numpy) { #expect(abs(x - y) < 1e-15) }
    }
}

@Suite("SeededGenerator: integer ranges")
struct SeededGeneratorRangeTests {
    @Test func wideRangesDoNotTrap() {
        var rng = SeededGenerator(seed: 9)
        var sawNegative = false, sawPositive = false
        for _ in 0..<64 {
            let x = rng.int(in: Int.min...Int.max)
            sawNegative = sawNegative || x < 0
            sawPositive = sawPositive || x > 0
            let y = rng.int(in: (Int.min + 5)...(Int.max - 5))
            #expect(y >= Int.min + 5 && y <= Int.max - 5)
        }
        #expect(sawNegative && sawPositive)
    }

    @Test func smallRangesStayInside() {
        var rng = SeededGenerator(seed: 10)
        var seen = Set<Int>()
        for _ in 0..<400 {
            let x = rng.int(in: -3...3)
            #expect((-3...3).contains(x))
            seen.insert(x)
        }
        #expect(seen.count == 7)
        #expect(rng.int(in: 5...5) == 5)
    }
}
