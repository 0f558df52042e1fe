import Testing
@testable import Theorems
import ExactMath
import FloatMath
import Optimizers

/// No traps: every reachable precondition of the family is a typed error or a decided answer, and a
/// generator that cannot meet the hypotheses makes the theorem inconclusive with the reason.
@Suite("In-context learning: typed errors and generation shortfalls instead of traps")
struct InContextLearningRobustnessTests {
    @Test("Wishart moments of order 8 or of an empty shape are typed errors; the multi-layer check refuses L = 4")
    func wishartOrders() throws {
        #expect(throws: WishartMomentError.orderOutOfRange(8)) {
            try ProjectWishartMoments().traceMoment(order: 8, samples: 3, dimension: 2)
        }
        #expect(throws: WishartMomentError.emptyShape(samples: 0, dimension: 2)) {
            try ProjectWishartMoments().traceMoment(order: 2, samples: 0, dimension: 2)
        }
        #expect(throws: MultiLayerCriticalPoints.LayerCountError.self) {
            try MultiLayerCriticalPoints().measure(.init(dimension: 2, contextLength: 5, layers: 4, published: nil))
        }
        let unmet = MultiLayerCriticalPoints().hypotheses[0].check(.init(dimension: 2, contextLength: 5, layers: 4, published: nil))
        #expect(unmet != nil)
    }

    @Test("a product of degree above 4 in the Gaussian polynomial ring is a typed error")
    func polynomialDegree() throws {
        let ring = GaussianPolynomialRing(taskCovariance: .identity(2))
        let w = try ring.linear([1, 1])
        let w2 = try ring.multiply(w, w), w4 = try ring.multiply(w2, w2)
        #expect(ring.expectation(w4) == 12)        // E[(w₁ + w₂)⁴] = 3·(Var = 2)² = 12
        #expect(throws: GaussianPolynomialError.self) { try ring.multiply(w4, w) }
        #expect(throws: GaussianPolynomialError.dimensionMismatch(expected: 2, found: 3)) { try ring.linear([1, 2, 3]) }
    }

    @Test("a generator that only draws singular covariances makes the theorems inconclusive (generation shortfall)")
    func shortfallIsInconclusive() {
        struct Singular: InContextInstanceGenerator {
            func covariance(dimension d: Int, using rng: inout SeededGenerator) -> Matrix<Rational> { .zero(rows: d, columns: d) }
            func spectralCovariance(dimension d: Int, numerators: ClosedRange<Int>, denominators: ClosedRange<Int>,
                                    using rng: inout SeededGenerator) -> SpectralCovariance {
                SpectralCovariance(covariance: .zero(rows: d, columns: d), eigenvalues: Array(repeating: .zero, count: d), eigenvectors: .identity(d))
            }
        }
        let methods = InContextMethods(instances: Singular())
        for theorem in [TaskAndNoisePreconditioner(methods: methods), SparseTrainingReachesOptimum(methods: methods)] as [any Theorem] {
            let report = Catalog.run(theorem, seed: 1, scale: .quick)
            #expect(report.verdict == .inconclusive, "\(theorem.id): \(report.verdict)")
            #expect(report.failure?.contains("fell short") == true, "\(report.failure ?? "")")
        }
        // The generator contract refutes the same generator instead.
        #expect(Catalog.run(GeneratedCovariancesMeetHypotheses(methods: methods), seed: 1, scale: .quick).verdict == .refuted)
    }

    @Test("invalid problems stay typed errors")
    func invalidProblems() throws {
        #expect(throws: InContextRegressionError.contextLength(0)) {
            try InContextRegression(covariance: .identity(2), contextLength: 0)
        }
        #expect(InContextHypotheses.gaussianRegression(try InContextRegression(covariance: .identity(2), contextLength: 3)) == nil)
    }

    @Test("Lemma 1's catalog check holds at the thorough scale")
    func lemmaOneThorough() throws {
        let report = Catalog.run(LemmaOneForwardPass(), seed: 3, scale: .thorough)
        #expect(report.verdict == .holds)
        #expect(report.instances.count == 40)
    }
}
