import ExactMath
import FloatMath

/// A covariance with exactly known spectrum: Σ = U diag(λ) Uᵀ with U rational orthogonal.
public struct SpectralCovariance: Sendable, Hashable {
    /// Σ = U diag(λ) Uᵀ.
    public let covariance: Matrix<Rational>
    /// λ, in the order of U's columns.
    public let eigenvalues: [Rational]
    /// U, orthogonal.
    public let eigenvectors: Matrix<Rational>

    public init(covariance: Matrix<Rational>, eigenvalues: [Rational], eigenvectors: Matrix<Rational>) {
        self.covariance = covariance
        self.eigenvalues = eigenvalues
        self.eigenvectors = eigenvectors
    }
}

/// The seeded generators of the in-context-learning instances — a component the family's checks
/// rely on (their hypotheses, Σ ≻ 0 above all, are met *by construction*), so a generator is under
/// test like a trainer: `ahn-cheng-daneshmand-sra-2023/generated-covariances-meet-hypotheses`
/// checks the construction exactly. ``ProjectInstanceGenerator`` is the default. Every draw comes
/// from the ``SeededGenerator`` handed in.
public protocol InContextInstanceGenerator: Sendable {
    /// Σ = LLᵀ/q² + δI with L integer lower triangular (entries in −3…3, diagonal nonzero), q ∈ 1…2
    /// and δ ∈ {0, ½}: rational, and positive definite because L is invertible.
    func covariance(dimension d: Int, using rng: inout SeededGenerator) -> Matrix<Rational>

    /// Σ = U diag(λ) Uᵀ with λᵢ = p/q, p ∈ `numerators`, q ∈ `denominators`, and U a product of
    /// two Householder reflections of integer vectors (U = I when d = 1): positive definite with
    /// the stated spectrum when every numerator and denominator is positive.
    func spectralCovariance(dimension d: Int, numerators: ClosedRange<Int>, denominators: ClosedRange<Int>,
                            using rng: inout SeededGenerator) -> SpectralCovariance
}

/// The project's instance generator.
public struct ProjectInstanceGenerator: InContextInstanceGenerator {
    public init() {}

    public func covariance(dimension d: Int, using rng: inout SeededGenerator) -> Matrix<Rational> {
        var l = Matrix<Rational>.zero(rows: d, columns: d)
        for i in 0..<d {
            for j in 0...i {
                if i == j {
                    var v = 0
                    while v == 0 { v = rng.int(in: -3...3) }
                    l[i, j] = Rational(v)
                } else {
                    l[i, j] = Rational(rng.int(in: -3...3))
                }
            }
        }
        let q = Rational(rng.int(in: 1...2))
        let delta = rng.bool() ? Rational(1, 2) : .zero
        return (1 / (q * q)) * (l * l.transposed) + delta * .identity(d)
    }

    public func spectralCovariance(dimension d: Int, numerators: ClosedRange<Int>, denominators: ClosedRange<Int>,
                                   using rng: inout SeededGenerator) -> SpectralCovariance {
        let lambda = (0..<d).map { _ in Rational(rng.int(in: numerators), rng.int(in: denominators)) }
        let u = d == 1 ? Matrix<Rational>.identity(1) : RationalOrthogonal.random(dimension: d, reflections: 2, bound: 2, using: &rng)
        return SpectralCovariance(covariance: u * .diagonal(lambda) * u.transposed, eigenvalues: lambda, eigenvectors: u)
    }
}

/// Shared pieces of the family's instance generation.
public enum InContextInstances {
    /// The label-noise levels the generators use.
    public static let noiseLevels: [Rational] = [0, Rational(1, 4), Rational(1, 2), 1, Rational(3, 2)]

    /// A noise level from ``noiseLevels``.
    public static func noise(using rng: inout SeededGenerator) -> Rational {
        noiseLevels[rng.int(below: noiseLevels.count)]
    }

    /// `count` instances by bounded rejection sampling (``InstanceSearch``): attempt k draws from its
    /// own stream `SeededGenerator.stream(seed:index: k)`; a candidate that fails a hypothesis, or
    /// whose construction throws (an invalid problem, a singular matrix), is re-drawn. At most
    /// 4·count + 8 attempts, and at least half of them must be kept, else ``GenerationShortfall``.
    public static func draw<Instance>(
        count: Int, seed: UInt64, hypotheses: [Hypothesis<Instance>],
        _ make: (_ attempt: Int, _ rng: inout SeededGenerator) throws -> Instance
    ) throws -> [Instance] {
        try InstanceSearch.draw(count: count, maxAttempts: 4 * count + 8, minimumAcceptance: 0.5,
                                hypotheses: hypotheses) { attempt in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(attempt))
            do { return .accept(try make(attempt, &rng)) } catch { return .reject("\(error)") }
        }
    }
}
