import Testing
@testable import Theorems
import ExactMath
import Optimizers
import ProvableTesting

/// The extragradient family (Chae–Yun–Kim 2024): every theorem holds on several seeds with its
/// false variants refuted, the exact epoch maps have the derived form, and the mutants are killed.
@Suite("Chae–Yun–Kim 2024: SEG-FFA against SEG-RR/FF/US")
struct ExtragradientTests {
    @Test("every extragradient theorem holds at the quick scale with its false variants refuted", arguments: Catalog(ExtragradientFamily.theorems).testCases(seeds: [1, 2, 3]))
    func holds(_ c: TheoremCase) {
        let r = expectHolds(c)
        #expect(r.exact)
        #expect(r.family == .extragradient)
    }

    @Test("a worked example: n = 3, M̄ = J, sym ΣMᵢ² = 15I; SEG-FFA at η = 1/1000 contracts as 1 − 9η² to within 10 %")
    func noteExample() throws {
        let ms = [Matrix<Rational>([[3, 1], [-1, -3]]), Matrix<Rational>([[-3, 1], [-1, 3]]), Matrix<Rational>([[0, 1], [-1, 0]])]
        let p = try FiniteSumAffineOperator(matrices: ms, offsets: Array(repeating: Vector<Rational>.zero(2), count: 3))
        let eta = Rational(1, 1000)
        let ffa = SpectralRadiusEvidence(matrix: StochasticExtragradient.ffa(step: eta).meanSquareOperator(on: p))
        #expect(ffa.isBelow(1 - Rational(81, 10) * eta * eta) == true)
        #expect(ffa.isAtMost(1 - Rational(99, 10) * eta * eta) == false)
        let rr = SpectralRadiusEvidence(matrix: StochasticExtragradient.rr(step: eta).meanSquareOperator(on: p))
        #expect(rr.isAtMost(1 + Rational(135, 10) * eta * eta) == false)
        #expect(rr.isBelow(1 + Rational(165, 10) * eta * eta) == true)
    }

    @Test("shapes that do not fit are a typed error, not a trap")
    func shapeErrors() {
        #expect(throws: LinearAlgebraError.self) { try FiniteSumAffineOperator<Rational>(matrices: [], offsets: []) }
        #expect(throws: LinearAlgebraError.self) {
            try FiniteSumAffineOperator(matrices: [Matrix<Rational>([[1, 2], [0, 1]])], offsets: [Vector<Rational>([1])])
        }
        #expect(throws: LinearAlgebraError.self) { try DeepLinearNetwork<Rational>(weights: []) }
        #expect(throws: LinearAlgebraError.self) {
            try DeepLinearNetwork(weights: [Matrix<Rational>.identity(2), Matrix<Rational>.identity(3)])
        }
    }

    @Test("with-replacement sampling enumerates nⁿ sequences; the epoch map is affine and exact")
    func sequencesAndMaps() throws {
        let us = StochasticExtragradient<Rational>.us(step: Rational(1, 10))
        #expect(us.sequences(count: 3).count == 27)
        #expect(StochasticExtragradient<Rational>.rr(step: 1).sequences(count: 4).count == 24)
        let p = try FiniteSumAffineOperator(matrices: [Matrix<Rational>([[1, 2], [0, 1]]), Matrix<Rational>([[0, -1], [1, 2]])],
                                        offsets: [Vector([1, 0]), Vector([0, 1])])
        let m = StochasticExtragradient.ffa(step: Rational(1, 3))
        let map = m.epochMap(sequence: [1, 0], on: p)
        let z = Vector<Rational>([Rational(2, 7), -3])
        #expect(map.apply(z) == m.epoch(z, sequence: [1, 0], on: p))
    }

    @Test("each extragradient mutant meets its expectation", arguments: ExtragradientFamily.mutants.map(\.id))
    func mutants(id: String) throws {
        let mutant = try #require(ExtragradientFamily.mutants.first { $0.id == id })
        expectMeetsExpectation(mutant)
        #expect(MutantCatalog.builtIn.mutants(in: .extragradient).count == ExtragradientFamily.mutants.count)
    }
}
