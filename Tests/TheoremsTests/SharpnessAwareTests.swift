import Testing
@testable import Theorems
import ExactMath
import Optimizers
import ProvableTesting

/// The sharpness-aware family: every theorem holds with its false variants refuted, the worked
/// examples of the Proofs documents come out exactly, and the mutants are killed.
@Suite("Sharpness-aware minimization: Si–Yun 2023, Dai–Ahn–Sra 2023, Ahn–Jadbabaie–Sra 2024")
struct SharpnessAwareTests {
    @Test("every sharpness-aware theorem holds at the quick scale with its false variants refuted",
          arguments: Catalog(SharpnessAware.theorems).testCases(seeds: [1, 2, 3]))
    func holds(_ c: TheoremCase) {
        let r = expectHolds(c)
        #expect(r.family == .sharpnessAware)
    }

    @Test("1-D cycle: a = 3, η = 1/5, ρ = 1/10 gives c = 3/70 and SAM(c) = −c")
    func oneDimensionalExample() throws {
        let f = SeparableQuadratic(curvatures: [3])
        let c = SAMAlgebra.cycleAmplitude(s: Rational(3, 5), rho: Rational(1, 10))
        #expect(c == Rational(3, 70))
        #expect(try NormalizedSAM().step([c], on: f, step: Rational(1, 5), radius: Rational(1, 10)) == [-c])
    }

    @Test("eigen-aligned cycles: λ = (3, 2, 1/2), η = 1/2, ρ = 1/10 gives the multipliers of the Proofs document")
    func eigenAlignedExample() throws {
        let i = EigenAlignedCycles.Instance(curvatures: [3, 2, Rational(1, 2)], step: Rational(1, 2), radius: Rational(1, 10))
        #expect((0..<3).map(i.amplitude) == [Rational(3, 10), Rational(1, 10), Rational(1, 70)])
        let m = try EigenAlignedCycles().measure(i)
        let diagonals = m.cycles.map { c in (0..<3).map { c.jacobian[$0, $0] } }
        #expect(diagonals[0] == [Rational(-1, 2), Rational(-2, 9), Rational(53, 72)])
        #expect(diagonals[1] == [Rational(-11, 4), 0, Rational(11, 16)])
        #expect(diagonals[2] == [Rational(-127, 2), -28, Rational(3, 4)])
        #expect(m.cycles[0].product.isBelow(1) == true)
        #expect(m.cycles[1].product.isBelow(1) == false)
    }

    @Test("USAM vs SAM: λ = 3, ρ = 1/10, η = 3/5 gives GD −4/5, USAM −67/50, SAM cycle 9/10")
    func usamExample() throws {
        let i = USAMDivergesSAMBounded.Instance(curvature: 3, step: Rational(3, 5), radius: Rational(1, 10), start: 2, steps: 20)
        let m = try USAMDivergesSAMBounded().measure(i)
        #expect(m.gdMultiplier == Rational(-4, 5))
        #expect(m.usamMultiplier == Rational(-67, 50))
        #expect(i.amplitude == Rational(9, 10))
        #expect(m.samImageOfAmplitude == Rational(-9, 10))
    }

    @Test("non-convex stall: a = 1/20, b = 2, ρ = 1/10, η = 1/2 gives f′(−ρ) = 19/2000 and slope 19/20")
    func stallExample() throws {
        let i = NonconvexStall.Instance(a: Rational(1, 20), b: 2, radius: Rational(1, 10), step: Rational(1, 2))
        let m = try NonconvexStall().measure(i)
        #expect(m.imageOfStall == Rational(-1, 10))
        #expect(m.gradientAtStall == Rational(19, 2000))
        #expect(m.slopeAtStall == Rational(19, 20))
    }

    @Test("stochastic bias: centres (−1, −1, 2) put the mean-field zero at −ρ/3 with gap aρ²/18")
    func stochasticExample() throws {
        let i = StochasticSAMBias.Instance(curvature: 2, centres: [-1, -1, 2], radius: Rational(3, 10), step: Rational(1, 20))
        #expect(i.biasedPoint == Rational(-1, 10))
        let m = try StochasticSAMBias().measure(i)
        #expect(m.driftAtBiasedPoint.same == 0 && m.driftAtBiasedPoint.independent == 0)
        #expect(m.gap == 2 * Rational(9, 100) / 18)
    }

    @Test("smoothing identity on ½(xy − 1)²: E∇f(x + rg) = ∇f + r²(x, y)")
    func smoothingExample() throws {
        // ½(xy − 1)² = ½x²y² − xy + ½
        let f = SparsePolynomial(variables: 2, terms: [.init(coefficient: Rational(1, 2), exponents: [2, 2]),
                                                       .init(coefficient: -1, exponents: [1, 1]),
                                                       .init(coefficient: Rational(1, 2), exponents: [0, 0])])
        let x: [Rational] = [2, Rational(1, 3)], r = Rational(1, 2)
        let smoothed = try GaussianSmoothing.project.expectedGradient(f, at: x, radius: r)
        let gradient = [f.derivative(0).evaluate(at: x), f.derivative(1).evaluate(at: x)]
        #expect(smoothed == zip(gradient, x).map { $0 + r * r * $1 })
    }

    @Test("dual numbers differentiate exactly, and the exact square root is exact or nil")
    func dualNumbersAndRoots() {
        let j = DualNumber.jacobian(at: [2, 3]) { v in [v[0] * v[1], v[0] / v[1]] }
        #expect(j == Matrix(rows: 2, columns: 2, elements: [3, 2, Rational(1, 3), Rational(-2, 9)]))
        #expect(Rational(9, 4).exactSquareRoot == Rational(3, 2))
        #expect(Rational(2).exactSquareRoot == nil)
        #expect(Rational(-4).exactSquareRoot == nil)
    }

    @Test("off the eigen-axes the normalized ascent is irrational: a typed error, not a rounded answer")
    func irrationalNormIsAnError() {
        let f = SeparableQuadratic(curvatures: [1, 1])
        #expect(throws: SAMError.self) { try NormalizedSAM().step([Rational(1), Rational(1)], on: f, step: Rational(1, 2), radius: Rational(1, 10)) }
    }

    @Test("each sharpness-aware mutant meets its expectation", arguments: SharpnessAware.mutants.map(\.id))
    func mutants(id: String) throws {
        let mutant = try #require(SharpnessAware.mutants.first { $0.id == id })
        expectMeetsExpectation(mutant)
        #expect(MutantCatalog.builtIn.mutants(in: .sharpnessAware).count == SharpnessAware.mutants.count)
    }
}
