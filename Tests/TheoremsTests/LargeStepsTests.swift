import Testing
@testable import Theorems
import ExactMath
import Optimizers
import ProvableTesting

/// The large-steps family: exact GD 2-cycles on the scalar two-layer net, the minibatch SGD
/// mean-square operator, the rank-one trace condition and the quadratic relative progress hold
/// on several seeds with their false variants refuted; the mutants are killed.
@Suite("Large steps: GD 2-cycles (Song–Yun 2023), SGD mean-square stability (Mulayoff–Michaeli 2024, Wu–Su 2023), relative progress (Ahn–Zhang–Sra 2022)")
struct LargeStepsTests {
    @Test("every large-steps theorem holds at the quick scale with its false variants refuted", arguments: Catalog(LargeSteps.theorems).testCases(seeds: [1, 2, 3]))
    func holds(_ c: TheoremCase) {
        let r = expectHolds(c)
        #expect(r.family == .largeSteps)
    }

    @Test("Y = 7, η = 1/6: (3, 3) ↔ (2, 2), product Jacobian [[5/36, −19/36], [−19/36, 5/36]] with eigenvalues 2/3 and −7/18")
    func workedCycle() throws {
        let t = GoldenCycleStability()
        let i = GoldenCycleStability.Instance(a: 3, b: 2)
        #expect(i.net.target == 7 && i.step == Rational(1, 6))
        let m = try t.measure(i)
        #expect(m.imageOfA.x == 2 && m.imageOfA.y == 2 && m.imageOfB.x == 3 && m.imageOfB.y == 3)
        #expect(m.product == Matrix([[Rational(5, 36), Rational(-19, 36)], [Rational(-19, 36), Rational(5, 36)]]))
        let p = m.product.characteristicPolynomial
        #expect(p.evaluate(at: Rational(2, 3)) == 0 && p.evaluate(at: Rational(-7, 18)) == 0)
        #expect(m.evidence.isBelow(1) == true)
        // The cycle's sharpness alternates between 20 and 5, never 2/η = 12.
        let net = i.net
        #expect(net.hessian(x: 3, y: 3).characteristicPolynomial.evaluate(at: 20) == 0)
        #expect(net.hessian(x: 2, y: 2).characteristicPolynomial.evaluate(at: 5) == 0)
        #expect(t.claim.evaluate(i, m).outcome == .holds)
    }

    @Test("(a, b) = (5, 3): eigenvalue −287/225 along the balanced line, the cycle is unstable")
    func unstableCycle() throws {
        let i = GoldenCycleStability.Instance(a: 5, b: 3)
        let m = try GoldenCycleStability().measure(i)
        #expect(m.product * Vector([1, 1]) == Vector([Rational(-287, 225), Rational(-287, 225)]))
        #expect(m.evidence.isBelow(1) == false)
        #expect(BalancedLineMultipliers.along(Rational(5, 3)) == Rational(-287, 225))
        #expect(BalancedLineMultipliers.across(Rational(5, 3)) == Rational(7, 15))
    }

    @Test("the orthogonal rank-one example: GD stable, single-sample SGD unstable, η·tr H = 25/16")
    func orthogonalCounterexample() throws {
        let hs = OrthogonalCounterexample.vectors(scale: 1).map(LargeStepsAlgebra.outer)
        let eta = OrthogonalCounterexample.step(scale: 1)
        let gd = try MinibatchSGD(step: eta, batch: 2).secondMomentOperator(components: hs)
        let one = try MinibatchSGD(step: eta, batch: 1).secondMomentOperator(components: hs)
        #expect(SpectralRadiusEvidence(matrix: gd).isBelow(1) == true)
        #expect(SpectralRadiusEvidence(matrix: one).isBelow(1) == false)
        #expect(one.characteristicPolynomial.evaluate(at: Rational(13, 8)) == 0)
        #expect(eta * LargeStepsAlgebra.mean(hs).trace == Rational(25, 16))
    }

    @Test("Hᵢ = I₃, η = 3/2: ρ(T₁) = 1/4 although η·tr H = 9/2")
    func fullRankControl() throws {
        let hs = Array(repeating: Matrix<Rational>.identity(3), count: 2)
        let t = try MinibatchSGD(step: Rational(3, 2), batch: 1).secondMomentOperator(components: hs)
        #expect(t == Rational(1, 4) * Matrix<Rational>.identity(9))
    }

    @Test("the relative-progress counterexample: H = diag(4, 1), η = 1, g = (1, 4) gives RP = −7/17 < 0 while λ_max > 2/η")
    func relativeProgress() {
        let h = Matrix<Rational>.diagonal([4, 1])
        let f = QuadraticObjective(hessian: h, linear: h * Vector([0, 0]) - Vector([1, 4]))
        let i = QuadraticRelativeProgress.Instance(objective: f, point: Vector([0, 0]), steps: [1])
        let m = QuadraticRelativeProgress().measure(i)
        #expect(i.rayleigh == Rational(20, 17))
        #expect(m.rows[0].progress == Rational(-7, 17))
        #expect(m.rows[0].belowEdge == false)
    }

    @Test("κ = 1/3, s = 1/2, y = 2: η = 6/11, x = 1/4 ↦ −1/4, multiplier (1 − 18/11)² = 49/121; κ = 0 gives exactly 1")
    func quarticExample() {
        let i = QuarticFrozenCycle.Instance(kappa: Rational(1, 3), product: Rational(1, 2), y: 2, superKappa: Rational(-1, 3))
        let m = QuarticFrozenCycle().measure(i)
        #expect(m.subQuadratic.step == Rational(6, 11) && m.subQuadratic.x == Rational(1, 4))
        #expect(m.subQuadratic.nextX == Rational(-1, 4))
        #expect(m.subQuadratic.multiplier == Rational(49, 121))
        #expect(m.squared.multiplier == 1)
        #expect(m.superQuadratic.multiplier > 1)
    }

    @Test("a bad batch size or ragged components are typed errors, not traps")
    func typedErrors() {
        #expect(throws: LinearAlgebraError.self) { try MinibatchSGD(step: 1, batch: 3).secondMomentOperator(components: [.identity(2), .identity(2)]) }
        #expect(throws: LinearAlgebraError.self) { try MinibatchSGD(step: 1, batch: 1).secondMomentOperator(components: [.identity(2), .identity(3)]) }
        #expect(throws: LinearAlgebraError.self) { try MinibatchSGD(step: 1, batch: 1).secondMomentOperator(components: []) }
    }

    @Test("subsets and arrangements are counted as C(n, k) and n!/(n − k)!")
    func enumeration() {
        #expect(BatchEnumeration.subsets(of: 5, size: 2).count == 10)
        #expect(BatchEnumeration.subsets(of: 4, size: 4) == [[0, 1, 2, 3]])
        #expect(BatchEnumeration.arrangements(of: 4, size: 2).count == 12)
    }

    @Test("each large-steps mutant meets its expectation", arguments: LargeSteps.mutants.map(\.id))
    func mutants(id: String) throws {
        let mutant = try #require(LargeSteps.mutants.first { $0.id == id })
        expectMeetsExpectation(mutant)
        #expect(MutantCatalog.builtIn.mutants(in: .largeSteps).count == LargeSteps.mutants.count)
    }
}
