import ExactMath
import FloatMath
import Optimizers

// Deliberately altered shuffling implementations for the mutation run (``Shuffling/mutants``):
// each overrides the requirements its bug touches and inherits the project's for the rest.

/// A scheme implemented as another: `from` runs `to` everywhere (RR drawing its indices with
/// replacement is SGD; RR that never reshuffles is SS; SS that reshuffles every epoch is RR).
struct SchemeSubstitution: ShufflingMethods {
    let from: ShufflingScheme
    let to: ShufflingScheme
    var name: String { "\(from.rawValue) run as \(to.rawValue)" }

    private func map(_ s: ShufflingScheme) -> ShufflingScheme { s == from ? to : s }
    private var project: ProjectShufflingMethods { .project }

    func expectation(_ scheme: ShufflingScheme, problem: QuadraticFiniteSum<Rational>, step: Rational,
                     from x0: Vector<Rational>, epochs: Int) throws -> ShuffledExpectation {
        try project.expectation(map(scheme), problem: problem, step: step, from: x0, epochs: epochs)
    }

    func scalarMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, curvature: Scalar, offsets: [Scalar], step: Scalar,
                                              from x0: Scalar, epochs: Int) throws -> (mean: Scalar, square: Scalar) {
        try project.scalarMoments(map(scheme), curvature: curvature, offsets: offsets, step: step, from: x0, epochs: epochs)
    }

    func monteCarloSquaredError(_ scheme: ShufflingScheme, curvature: Double, offsets: [Double], step: Double,
                                from x0: Double, epochs: Int, trajectories: Int, seed: UInt64) throws -> SampleSummary {
        try project.monteCarloSquaredError(map(scheme), curvature: curvature, offsets: offsets, step: step, from: x0,
                                           epochs: epochs, trajectories: trajectories, seed: seed)
    }

    func twoClassEpochMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, _ chain: TwoClassScalarShuffling<Scalar>,
                                                     from x0: Scalar, epochs: Int) throws -> [(mean: Scalar, square: Scalar)] {
        try project.twoClassEpochMoments(map(scheme), chain, from: x0, epochs: epochs)
    }

    func twoClassFinalMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, _ chain: TwoClassScalarShuffling<Scalar>,
                                                     from x0: Scalar, epochs: Int) throws -> (mean: Scalar, square: Scalar) {
        try project.twoClassFinalMoments(map(scheme), chain, from: x0, epochs: epochs)
    }

    /// W_RS run as W_GD (RR with replacement) or as W_SS (never reshuffling), and so on.
    func matrixProductAverages<Scalar: OrderedField>(_ matrices: [Matrix<Scalar>], epochs: Int) throws -> MatrixProductAverages<Scalar> {
        let w = try project.matrixProductAverages(matrices, epochs: epochs)
        func pick(_ s: ShufflingScheme) -> Matrix<Scalar> {
            switch map(s) {
            case .singleShuffle: w.singleShuffle
            case .randomReshuffling: w.reshuffle
            case .withReplacement, .incremental: w.gradientDescent
            }
        }
        return MatrixProductAverages(singleShuffle: pick(.singleShuffle), reshuffle: pick(.randomReshuffling),
                                     gradientDescent: pick(.withReplacement))
    }
}

/// Every run one epoch too long (a `0...epochs` loop): K + 1 epochs wherever K are asked for,
/// and the epoch-boundary moments shifted by one (entry k is after k + 1 epochs).
struct ExtraEpoch: ShufflingMethods {
    var name: String { "one epoch too many" }
    private var project: ProjectShufflingMethods { .project }

    func expectation(_ scheme: ShufflingScheme, problem: QuadraticFiniteSum<Rational>, step: Rational,
                     from x0: Vector<Rational>, epochs: Int) throws -> ShuffledExpectation {
        try project.expectation(scheme, problem: problem, step: step, from: x0, epochs: epochs + 1)
    }

    func scalarMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, curvature: Scalar, offsets: [Scalar], step: Scalar,
                                              from x0: Scalar, epochs: Int) throws -> (mean: Scalar, square: Scalar) {
        try project.scalarMoments(scheme, curvature: curvature, offsets: offsets, step: step, from: x0, epochs: epochs + 1)
    }

    func monteCarloSquaredError(_ scheme: ShufflingScheme, curvature: Double, offsets: [Double], step: Double,
                                from x0: Double, epochs: Int, trajectories: Int, seed: UInt64) throws -> SampleSummary {
        try project.monteCarloSquaredError(scheme, curvature: curvature, offsets: offsets, step: step, from: x0,
                                           epochs: epochs + 1, trajectories: trajectories, seed: seed)
    }

    func twoClassEpochMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, _ chain: TwoClassScalarShuffling<Scalar>,
                                                     from x0: Scalar, epochs: Int) throws -> [(mean: Scalar, square: Scalar)] {
        Array(try project.twoClassEpochMoments(scheme, chain, from: x0, epochs: epochs + 1).dropFirst())
    }

    func twoClassFinalMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, _ chain: TwoClassScalarShuffling<Scalar>,
                                                     from x0: Scalar, epochs: Int) throws -> (mean: Scalar, square: Scalar) {
        try project.twoClassFinalMoments(scheme, chain, from: x0, epochs: epochs + 1)
    }

    func matrixProductAverages<Scalar: OrderedField>(_ matrices: [Matrix<Scalar>], epochs: Int) throws -> MatrixProductAverages<Scalar> {
        try project.matrixProductAverages(matrices, epochs: epochs + 1)
    }
}

/// The large-n evaluator with RR's and SS's finite-population factor written n/(n+1) instead of
/// n/(n−1): the noise part of E[x_K²] scaled by (n−1)/(n+1) (the transient q^{2nK}x₀² kept).
struct FinitePopulationSlip: ShufflingMethods {
    var name: String { "V₁ with n/(n+1)" }

    func scalarMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, curvature: Scalar, offsets: [Scalar], step: Scalar,
                                              from x0: Scalar, epochs: Int) throws -> (mean: Scalar, square: Scalar) {
        let exact = try ProjectShufflingMethods().scalarMoments(scheme, curvature: curvature, offsets: offsets, step: step,
                                                               from: x0, epochs: epochs)
        guard scheme == .randomReshuffling || scheme == .singleShuffle else { return exact }
        let n = offsets.count
        let transient = (1 - step * curvature).integerPower(2 * n * epochs) * x0 * x0
        let slip = Scalar(rational: Rational(n - 1, n + 1))
        return (exact.mean, transient + slip * (exact.square - transient))
    }
}

/// IGD visiting the components in reverse index order (n − 1, …, 0).
struct ReversedIncremental: ShufflingMethods {
    var name: String { "IGD in reverse order" }
    private var project: ProjectShufflingMethods { .project }

    func expectation(_ scheme: ShufflingScheme, problem: QuadraticFiniteSum<Rational>, step: Rational,
                     from x0: Vector<Rational>, epochs: Int) throws -> ShuffledExpectation {
        let p = scheme == .incremental ? try problem.reordered(Array((0..<problem.count).reversed())) : problem
        return try project.expectation(scheme, problem: p, step: step, from: x0, epochs: epochs)
    }

    func scalarMoments<Scalar: OrderedField>(_ scheme: ShufflingScheme, curvature: Scalar, offsets: [Scalar], step: Scalar,
                                              from x0: Scalar, epochs: Int) throws -> (mean: Scalar, square: Scalar) {
        try project.scalarMoments(scheme, curvature: curvature, offsets: scheme == .incremental ? offsets.reversed() : offsets,
                                  step: step, from: x0, epochs: epochs)
    }

    func monteCarloSquaredError(_ scheme: ShufflingScheme, curvature: Double, offsets: [Double], step: Double,
                                from x0: Double, epochs: Int, trajectories: Int, seed: UInt64) throws -> SampleSummary {
        try project.monteCarloSquaredError(scheme, curvature: curvature, offsets: scheme == .incremental ? offsets.reversed() : offsets,
                                           step: step, from: x0, epochs: epochs, trajectories: trajectories, seed: seed)
    }
}

/// Equivalent: the permutation-invariant expectations (RR, SS, SGD, σ²_rad, the W's) computed on
/// the components relabelled in reverse, so every enumeration visits the permutations in another
/// order; exact sums of the same rationals, hence the same values. IGD keeps the given order.
struct RelabelledEnumeration: ShufflingMethods {
    var name: String { "enumeration over relabelled components" }
    private var project: ProjectShufflingMethods { .project }

    func expectation(_ scheme: ShufflingScheme, problem: QuadraticFiniteSum<Rational>, step: Rational,
                     from x0: Vector<Rational>, epochs: Int) throws -> ShuffledExpectation {
        let p = scheme == .incremental ? problem : try problem.reordered(Array((0..<problem.count).reversed()))
        return try project.expectation(scheme, problem: p, step: step, from: x0, epochs: epochs)
    }

    func shufflingRadius(problem: QuadraticFiniteSum<Rational>) throws -> Rational {
        try project.shufflingRadius(problem: problem.reordered(Array((0..<problem.count).reversed())))
    }

    func matrixProductAverages<Scalar: OrderedField>(_ matrices: [Matrix<Scalar>], epochs: Int) throws -> MatrixProductAverages<Scalar> {
        try project.matrixProductAverages(matrices.reversed(), epochs: epochs)
    }
}

/// Equivalent: the IGD orbit summed in closed form, e_K = M^K e₀ + (Σ_{k<K} M^k) v from the epoch
/// map (M, v), instead of iterating the epoch map K times — another summation order of the same
/// rationals.
struct ClosedFormIncrementalOrbit: ShufflingMethods {
    var name: String { "IGD orbit by powers of the epoch map" }

    func expectation(_ scheme: ShufflingScheme, problem: QuadraticFiniteSum<Rational>, step: Rational,
                     from x0: Vector<Rational>, epochs: Int) throws -> ShuffledExpectation {
        let engine = try ExactShuffling(problem: problem, step: step)
        guard scheme == .incremental else { return try engine.expectation(scheme, from: x0, epochs: epochs) }
        guard epochs >= 1 else { throw ShufflingError.invalidEpochs(epochs) }
        guard x0.count == problem.dimension else { throw ShufflingError.dimensionMismatch(expected: problem.dimension, got: x0.count) }
        let map = PermutationEnumeration.epochMap(steps: engine.stepMaps, order: Array(0..<problem.count))
        var powerSum = Matrix<Rational>.zero(rows: problem.dimension, columns: problem.dimension)
        var power = Matrix<Rational>.identity(problem.dimension)
        for _ in 0..<epochs {
            powerSum = powerSum + power
            power = map.linear * power
        }
        let e = power * (x0 - engine.optimum) + powerSum * map.offset
        return ShuffledExpectation(mean: e, expectedSquaredDistance: e.squaredNorm,
                                   expectedSuboptimality: e.dot(problem.meanHessian * e) / 2)
    }
}

extension ShufflingGenerators {
    /// A generator drifted into degenerate draws: the univariate step is always γ = 1/a (the
    /// common "step 1/L" default), where q = 0 and every scheme ends on the last component it
    /// visits, so RR, SS and SGD have the same error.
    static let unitStep = ShufflingGenerators { n, k, rng in
        let d = ScalarShufflingInstance.random(n: n, epochs: k, using: &rng)
        return ScalarShufflingInstance(curvature: d.curvature, offsets: d.offsets, step: 1 / d.curvature, start: d.start, epochs: k)
    }
}
