import Testing
@testable import Theorems
import ExactMath
import FloatMath

/// Mahankali–Hashimoto–Ma (ICLR 2024), Theorems 1 and 2, with the project's [DERIVED] constants.
@Suite("Mahankali–Hashimoto–Ma 2023: one step of GD is the optimal one-layer LSA")
struct InContextLearningMahankaliTests {
    static let grid: [(d: Int, n: Int, noise: Rational)] = (0..<12).map { k in
        var rng = SeededGenerator.stream(seed: 0x3A, index: UInt64(k))
        return (1 + k % 4, rng.int(in: 2...30), InContextInstances.noiseLevels[k % 5])
    }

    @Test("isotropic: the measured minimizer is n/(n+d+1+σ²)·I and L* = σ² + d(d+1+σ²)/(n+d+1+σ²)",
          arguments: 0..<12)
    func isotropicStep(index: Int) throws {
        let (d, n, noise) = Self.grid[index]
        let p = try InContextRegression(covariance: .identity(d), contextLength: n, noise: noise)
        let m = ReducedOptimumMeasurement(p)
        let eta = Rational(n) / (Rational(n + d + 1) + noise)
        #expect(m.minimizer == eta * .identity(d))
        #expect(m.minimum == noise + Rational(d) * (Rational(d + 1) + noise) / (Rational(n + d + 1) + noise))
        #expect(LSAClosedForms.bestScalarStep(p) == eta)
    }

    @Test("worked example: Ω = Σ⁻¹, n = 7, σ² = ¼ gives (28/41)Σ⁻¹, L* = 145/164, and its gaps")
    func noteExample() throws {
        let sigma = Matrix<Rational>([[2, Rational(1, 2)], [Rational(1, 2), 1]])
        let inverse = try sigma.inverse()
        let p = try InContextRegression(covariance: sigma, taskCovariance: inverse, contextLength: 7, noise: Rational(1, 4))
        let m = ReducedOptimumMeasurement(p)
        #expect(m.minimizer == Matrix([[Rational(16, 41), Rational(-8, 41)], [Rational(-8, 41), Rational(32, 41)]]))
        #expect(m.minimizer == Rational(28, 41) * inverse)
        #expect(m.minimum == Rational(145, 164))
        #expect(m.loss.value(at: inverse) - m.minimum! == Rational(169, 574))
        #expect(m.loss.value(at: Rational(7, 10) * inverse) - m.minimum! == Rational(7, 8200))
        let theorem = MahankaliPreconditionedStep()
        #expect(theorem.claim.evaluate(p, m).outcome == .holds)
        #expect(theorem.falseVariants.map { $0.evaluate(p, m).outcome } == [.refuted, .refuted, .refuted])
    }

    @Test("the noise false variant is inapplicable at σ² = 0 and refuted for σ² > 0")
    func noiseVariant() throws {
        let theorem = MahankaliIsotropicStep()
        for noise in InContextInstances.noiseLevels {
            let p = try InContextRegression(covariance: .identity(3), contextLength: 11, noise: noise)
            let outcome = theorem.falseVariants[1].evaluate(p, ReducedOptimumMeasurement(p)).outcome
            #expect(outcome == (noise.isZero ? .inapplicable : .refuted), "σ² = \(noise)")
        }
    }
}
