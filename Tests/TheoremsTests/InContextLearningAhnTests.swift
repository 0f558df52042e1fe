import Testing
@testable import Theorems
import ExactMath
import FloatMath

/// Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023), Theorem 1 and the project's generalization:
/// worked exact examples, and parameterized exact identities (the catalog run is in
/// InContextLearningCatalogTests).
@Suite("Ahn–Cheng–Daneshmand–Sra 2023: single-layer LSA optimum")
struct InContextLearningAhnTests {
    static let sigma = Matrix<Rational>([[2, Rational(1, 2)], [Rational(1, 2), 1]])

    static func problem(n: Int, noise: Rational = 0, omega: Matrix<Rational>? = nil) throws -> InContextRegression {
        try InContextRegression(covariance: sigma, taskCovariance: omega, contextLength: n, noise: noise)
    }

    @Test("worked example: Σ = [[2, ½], [½, 1]], Ω = I, n = 5, σ² = 0")
    func noteExampleNoiseless() throws {
        let p = try Self.problem(n: 5)
        let m = ReducedOptimumMeasurement(p)
        let expected = Matrix<Rational>([[Rational(5, 14), Rational(-5, 42)], [Rational(-5, 42), Rational(25, 42)]])
        #expect(m.minimizer == expected)
        #expect(try LSAClosedForms.preconditioner(p) == expected)
        #expect(m.minimum == Rational(23, 21))
        #expect(try LSAClosedForms.optimalLoss(p) == Rational(23, 21))
        let inverse = try Self.sigma.inverse()
        #expect(m.loss.value(at: inverse) - m.minimum! == Rational(74, 105))
        #expect(m.loss.value(at: .identity(2)) - m.minimum! == Rational(809, 105))
        #expect(m.loss.value(at: Rational(5, 6) * inverse) - m.minimum! == Rational(5, 21))
        let eta = LSAClosedForms.bestScalarStep(p)
        #expect(eta == Rational(55, 168))
        #expect(m.loss.value(at: eta * .identity(2)) - m.minimum! == Rational(5, 48))
        #expect(m.judgeOptimal(expected).outcome == .holds)
        #expect(m.judgeOptimal(inverse).outcome == .refuted)
    }

    @Test("worked example: Ω = I, n = 6, σ² = ½ — the noise enters the preconditioner")
    func noteExampleNoisy() throws {
        let p = try Self.problem(n: 6, noise: Rational(1, 2))
        let m = ReducedOptimumMeasurement(p)
        #expect(m.minimizer == Matrix([[Rational(18, 49), Rational(-6, 49)], [Rational(-6, 49), Rational(30, 49)]]))
        #expect(m.minimum == Rational(151, 98))
        let noiseless = try LSAClosedForms.preconditioner(try Self.problem(n: 6))
        #expect(m.loss.value(at: noiseless) - m.minimum! == Rational(49908, 19_509_889))
        #expect(m.loss.value(at: try Self.sigma.inverse()) - m.minimum! == Rational(92, 147))
    }

    @Test("the noise false variant is inapplicable, not flagged, when σ² = 0")
    func noiseVariantInapplicableWithoutNoise() throws {
        let p = try Self.problem(n: 5)
        let m = ReducedOptimumMeasurement(p)
        let theorem = TaskAndNoisePreconditioner()
        #expect(theorem.falseVariants[0].evaluate(p, m).outcome == .inapplicable)
        let noisy = try Self.problem(n: 5, noise: Rational(1, 4))
        #expect(theorem.falseVariants[0].evaluate(noisy, ReducedOptimumMeasurement(noisy)).outcome == .refuted)
    }

    @Test("the check can fail: a perturbation of Γ* by 10⁻¹² in one entry is refuted exactly")
    func tinyPerturbationIsRefuted() throws {
        let p = try Self.problem(n: 9, noise: Rational(1, 4))
        let m = ReducedOptimumMeasurement(p)
        var g = try LSAClosedForms.preconditioner(p)
        #expect(m.judgeOptimal(g).outcome == .holds)
        g[0, 1] += Rational(1, 1_000_000_000_000)
        let j = m.judgeOptimal(g)
        #expect(j.outcome == .refuted)
        #expect(j.measured.map { if case .exact(let r) = $0 { r.signum > 0 } else { false } } == true)
    }

    /// Seeded rational covariances of dimension 1–4 and n from 2 to 30.
    static let cases: [(d: Int, n: Int, seed: UInt64)] = (0..<16).map { k in
        var rng = SeededGenerator.stream(seed: 0xA4, index: UInt64(k))
        return (1 + k % 4, rng.int(in: 2...30), UInt64(k))
    }

    @Test("closed form = measured minimizer; Γ* = ΩΣH⁻¹ is symmetric; L* formula; special cases",
          arguments: zip(cases.map(\.d), cases.map(\.seed)))
    func closedFormMatchesMeasurement(d: Int, seed: UInt64) throws {
        var rng = SeededGenerator.stream(seed: 0x1CE, index: seed &* 31 &+ UInt64(d))
        let sigma = ProjectInstanceGenerator().covariance(dimension: d, using: &rng)
        let omega = ProjectInstanceGenerator().covariance(dimension: d, using: &rng)
        let n = rng.int(in: 2...30)
        let noise = InContextInstances.noise(using: &rng)
        let p = try InContextRegression(covariance: sigma, taskCovariance: omega, contextLength: n, noise: noise)
        let m = ReducedOptimumMeasurement(p)
        let gamma = try LSAClosedForms.preconditioner(p)
        #expect(m.minimizer == gamma)
        #expect(gamma.isSymmetric)
        #expect(gamma == omega * sigma * (try m.loss.curvature.inverse()))
        #expect(m.minimum == (try LSAClosedForms.optimalLoss(p)))
        // Exact gradient formula ∇L = 2ΣΓH − 2ΣΩΣ against the finite-difference measurement.
        let probe = gamma + .identity(d)
        #expect(m.loss.gradient(at: probe) == Rational(2) * (sigma * probe * m.loss.curvature) - Rational(2) * (sigma * omega * sigma))
        // Optimality-gap identity L(Γ* + Δ) − L* = tr(ΣΔHΔᵀ) > 0.
        let delta = Matrix<Rational>(rows: d, columns: d) { _, _ in Rational(rng.int(in: -3...3), rng.int(in: 1...5)) }
        let gap = m.loss.value(at: gamma + delta) - m.minimum!
        #expect(gap == (sigma * delta * m.loss.curvature * delta.transposed).trace)
        if !delta.elements.allSatisfy(\.isZero) { #expect(gap.signum > 0) }
        // Special cases: Ω = I is Ahn's form; Ω = Σ⁻¹ is n/(n+d+1+σ²) Σ⁻¹.
        let ahn = try InContextRegression(covariance: sigma, contextLength: n, noise: noise)
        let nn = Rational(n)
        #expect(try LSAClosedForms.preconditioner(ahn)
                == (((nn + 1) / nn) * sigma + ((sigma.trace + noise) / nn) * .identity(d)).inverse())
        let inv = try InContextRegression(covariance: sigma, taskCovariance: try sigma.inverse(), contextLength: n, noise: noise)
        #expect(try LSAClosedForms.preconditioner(inv) == LSAClosedForms.inverseCovariancePreconditioner(inv))
        #expect(try LSAClosedForms.optimalLoss(inv) == LSAClosedForms.optimalLossInverseCovariance(dimension: d, contextLength: n, noise: noise))
    }

    @Test("rotation covariance: Γ*(UΣUᵀ, UΩUᵀ) = U Γ*(Σ, Ω) Uᵀ for rational orthogonal U", arguments: [2, 3, 4])
    func rotationCovariance(d: Int) throws {
        var rng = SeededGenerator.stream(seed: 0x0707, index: UInt64(d))
        let sigma = ProjectInstanceGenerator().covariance(dimension: d, using: &rng)
        let omega = ProjectInstanceGenerator().covariance(dimension: d, using: &rng)
        let u = RationalOrthogonal.random(dimension: d, using: &rng)
        let p = try InContextRegression(covariance: sigma, taskCovariance: omega, contextLength: 7, noise: Rational(1, 2))
        let q = try InContextRegression(covariance: u * sigma * u.transposed, taskCovariance: u * omega * u.transposed,
                                        contextLength: 7, noise: Rational(1, 2))
        #expect(ReducedOptimumMeasurement(q).minimizer == u * ReducedOptimumMeasurement(p).minimizer! * u.transposed)
    }

    @Test("Ahn Theorem 1's eigen-form equals the general formula at Ω = I, σ² = 0", arguments: [1, 2, 3, 4])
    func eigenFormMatchesGeneral(d: Int) throws {
        var rng = SeededGenerator.stream(seed: 0xE16, index: UInt64(d))
        let s = ProjectInstanceGenerator().spectralCovariance(dimension: d, numerators: 1...8, denominators: 1...4, using: &rng)
        let (sigma, lambda, u) = (s.covariance, s.eigenvalues, s.eigenvectors)
        let n = rng.int(in: 2...30)
        let p = try InContextRegression(covariance: sigma, contextLength: n)
        #expect(LSAClosedForms.ahnTheorem1(eigenvalues: lambda, eigenvectors: u, contextLength: n) == (try LSAClosedForms.preconditioner(p)))
    }

    @Test("invalid problems are typed errors naming the failing leading minor")
    func invalidProblems() {
        #expect(throws: InContextRegressionError.covariance(.notPositiveDefinite(leadingMinor: 2))) {
            try InContextRegression(covariance: Matrix([[1, 2], [2, 1]]), contextLength: 3)
        }
        #expect(throws: InContextRegressionError.covariance(.notSymmetric)) {
            try InContextRegression(covariance: Matrix([[1, 0], [1, 1]]), contextLength: 3)
        }
        #expect(throws: InContextRegressionError.contextLength(0)) {
            try InContextRegression(covariance: .identity(2), contextLength: 0)
        }
        #expect(throws: InContextRegressionError.negativeNoise(Rational(-1, 2))) {
            try InContextRegression(covariance: .identity(2), contextLength: 2, noise: Rational(-1, 2))
        }
    }
}
