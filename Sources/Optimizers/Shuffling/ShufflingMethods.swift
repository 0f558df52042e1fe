/// The implementations of random reshuffling (RR), single shuffle (SS), incremental gradient
/// (IGD) and with-replacement SGD that the shuffling theorems check — one requirement per
/// computation the family relies on: exact expectations on rational quadratic finite sums
/// (enumeration and moment propagation), the exact shuffling radius, the one-dimensional
/// equal-curvature sum for any n (exact or Float64), seeded Monte Carlo, the two-class scalar
/// chain of the Safran–Shamir (2021) construction, and the matrix averages of the
/// Yun–Sra–Jadbabaie (COLT 2021) open problem.
///
/// The theorems take a conformance as a parameter (the project's ``ProjectShufflingMethods``
/// by default), so the same checks run unchanged on another implementation — a mutant, or a
/// researcher's own code. Every requirement has a default: the project's implementation. A
/// conformance overrides the requirements it implements; the theorems that use only the others
/// then check the project's code, not the conformance (say so when reporting their verdicts).
///
/// Conventions shared by every requirement: a scheme's expectation is over its own randomness
/// (RR: a fresh uniform permutation per epoch; SS: one uniform permutation reused; IGD: the
/// components in index order 0, 1, …, n − 1 every epoch; SGD: nK i.i.d. uniform indices);
/// K epochs are nK gradient steps; errors are thrown, never trapped.
public protocol ShufflingMethods: Sendable {
    /// A short name for reports ("project", a mutant's id, your implementation's name).
    var name: String { get }

    /// The exact E[x_K − x*], E‖x_K − x*‖² and E[F(x_K) − F*] after K epochs of `scheme` with
    /// constant step γ from x₀ on F = (1/n)Σᵢ ½xᵀAᵢx − bᵢᵀx.
    func expectation(_ scheme: ShufflingScheme, problem: QuadraticFiniteSum<Rational>, step: Rational,
                     from x0: Vector<Rational>, epochs: Int) throws -> ShuffledExpectation

    /// The shuffling radius σ²_rad = maxᵢ ½E_π[SᵢᵀA_{πᵢ}Sᵢ] of Mishchenko–Khaled–Richtárik for a
    /// quadratic sum, Sᵢ the sum of the first i gradients at x* in a uniform order.
    func shufflingRadius(problem: QuadraticFiniteSum<Rational>) throws -> Rational

    /// (E x_K, E x_K²) after K epochs of `scheme` from x₀ on fᵢ(x) = (a/2)(x − cᵢ)² with
    /// Σcᵢ = 0 (so x* = 0; exactly for `Rational`, up to the rounding of the sum for `Double`),
    /// for any n: exact with `Rational`, Float64 with `Double`.
    func scalarMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, curvature: Scalar, offsets: [Scalar], step: Scalar,
                                              from x0: Scalar, epochs: Int) throws -> (mean: Scalar, square: Scalar)

    /// The sample summary of x_K² over `trajectories` seeded Float64 runs of `scheme` on the same
    /// one-dimensional sum; trajectory t draws only from `SeededGenerator.stream(seed:index: t)`.
    func monteCarloSquaredError(_ scheme: ShufflingScheme, curvature: Double, offsets: [Double], step: Double,
                                from x0: Double, epochs: Int, trajectories: Int, seed: UInt64) throws -> SampleSummary

    /// (E x_k, E x_k²) at the epoch boundaries k = 0, …, K of RR, SS or SGD on a two-class
    /// scalar chain (classes x ↦ α_A x + β_A and x ↦ α_B x + β_B, nA and nB of them).
    func twoClassEpochMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, _ chain: TwoClassScalarShuffling<Scalar>,
                                                     from x0: Scalar, epochs: Int) throws -> [(mean: Scalar, square: Scalar)]

    /// (E x_K, E x_K²) of the same chain after K epochs (the last epoch boundary only).
    func twoClassFinalMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, _ chain: TwoClassScalarShuffling<Scalar>,
                                                     from x0: Scalar, epochs: Int) throws -> (mean: Scalar, square: Scalar)

    /// W_SS = (1/n!)Σ_σ P_σ^K, W_RS = ((1/n!)Σ_σ P_σ)^K and W_GD = ((1/n)ΣAᵢ)^{nK}, with
    /// P_σ = A_{σ(n)}⋯A_{σ(1)}.
    func matrixProductAverages<Scalar: OrderedField>(_ matrices: [Matrix<Scalar>], epochs: Int) throws -> MatrixProductAverages<Scalar>
}

/// The project's implementations: ``ExactShuffling`` (RR by exact moment propagation over all
/// n! epoch maps, SS by enumeration of the n! orbits, SGD by exact moment recursion, IGD by its
/// orbit), ``ScalarShufflingClosedForm``, ``ScalarShufflingMonteCarlo``,
/// ``TwoClassScalarShuffling`` and ``MatrixProductAverages``.
public struct ProjectShufflingMethods: ShufflingMethods {
    public init() {}
}

extension ShufflingMethods where Self == ProjectShufflingMethods {
    /// The project's implementations (the default of every shuffling theorem).
    public static var project: ProjectShufflingMethods { ProjectShufflingMethods() }
}

extension ShufflingMethods {
    public var name: String { "project" }

    public func expectation(_ scheme: ShufflingScheme, problem: QuadraticFiniteSum<Rational>, step: Rational,
                            from x0: Vector<Rational>, epochs: Int) throws -> ShuffledExpectation {
        try ExactShuffling(problem: problem, step: step).expectation(scheme, from: x0, epochs: epochs)
    }

    public func shufflingRadius(problem: QuadraticFiniteSum<Rational>) throws -> Rational {
        // σ²_rad does not depend on the step (any positive step builds the engine).
        try ExactShuffling(problem: problem, step: 1).shufflingRadius()
    }

    public func scalarMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, curvature: Scalar, offsets: [Scalar], step: Scalar,
                                                     from x0: Scalar, epochs: Int) throws -> (mean: Scalar, square: Scalar) {
        guard epochs >= 0 else { throw ShufflingError.invalidEpochs(epochs) }
        guard !offsets.isEmpty else { throw ShufflingError.invalidProblem("no components") }
        // Σcᵢ = 0 exactly in rationals; in floating point within the rounding of the sum itself.
        var sum: Scalar = 0, size: Scalar = 0
        for c in offsets { sum += c; size += c.magnitude }
        let slack = Scalar.self == Rational.self ? 0 : size * Scalar(rational: Rational(offsets.count, 1 << 50))
        guard sum.magnitude <= slack else {
            throw ShufflingError.invalidProblem("the offsets must sum to zero (x* = 0); they sum to \(sum)")
        }
        let form = ScalarShufflingClosedForm(curvature: curvature, offsets: offsets, step: step)
        return (form.expectedMean(scheme, from: x0, epochs: epochs), form.expectedSquare(scheme, from: x0, epochs: epochs))
    }

    public func monteCarloSquaredError(_ scheme: ShufflingScheme, curvature: Double, offsets: [Double], step: Double,
                                       from x0: Double, epochs: Int, trajectories: Int, seed: UInt64) throws -> SampleSummary {
        guard epochs >= 0 else { throw ShufflingError.invalidEpochs(epochs) }
        guard !offsets.isEmpty, trajectories >= 1 else {
            throw ShufflingError.invalidProblem("Monte Carlo needs at least one component and one trajectory")
        }
        return ScalarShufflingMonteCarlo(curvature: curvature, offsets: offsets, step: step)
            .squaredError(scheme, from: x0, epochs: epochs, trajectories: trajectories, seed: seed)
    }

    public func twoClassEpochMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, _ chain: TwoClassScalarShuffling<Scalar>,
                                                            from x0: Scalar, epochs: Int) throws -> [(mean: Scalar, square: Scalar)] {
        try chain.epochMoments(scheme, from: x0, epochs: epochs)
    }

    public func twoClassFinalMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, _ chain: TwoClassScalarShuffling<Scalar>,
                                                            from x0: Scalar, epochs: Int) throws -> (mean: Scalar, square: Scalar) {
        try chain.finalMoments(scheme, from: x0, epochs: epochs)
    }

    public func matrixProductAverages<Scalar: OrderedField>(_ matrices: [Matrix<Scalar>], epochs: Int) throws -> MatrixProductAverages<Scalar> {
        try MatrixProductAverages(matrices, epochs: epochs)
    }
}
