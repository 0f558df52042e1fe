/// Exact expectations of RR, SS, IGD and with-replacement SGD on a rational quadratic
/// finite sum, by enumeration over permutations and exact moment propagation (note of
/// issue #6, §3.2). Everything is a rational: no sampling, no rounding.
public struct ExactShuffling: Sendable {
    /// The largest n enumerated over all n! permutations (RR and SS).
    public static let enumerationLimit = 8

    public let problem: QuadraticFiniteSum<Rational>
    /// The step size γ.
    public let step: Rational
    /// x*, exactly.
    public let optimum: Vector<Rational>
    /// gᵢ = ∇fᵢ(x*).
    public let gradientsAtOptimum: [Vector<Rational>]
    /// The one-step maps e ↦ (I − γAᵢ)e − γgᵢ.
    public let stepMaps: [AffineMap<Rational>]
    private let meanHessian: Matrix<Rational>

    /// - Throws: ``ShufflingError/singularMeanHessian``.
    public init(problem: QuadraticFiniteSum<Rational>, step: Rational) throws(ShufflingError) {
        self.problem = problem
        self.step = step
        guard let x = try? problem.optimum() else { throw .singularMeanHessian }
        optimum = x
        let g = problem.gradients(at: x)
        gradientsAtOptimum = g
        stepMaps = (0..<problem.count).map { problem.stepMap($0, step: step, gradientsAtOptimum: g) }
        meanHessian = problem.meanHessian
    }

    /// The expectation after `epochs` epochs from x₀ under `scheme`.
    public func expectation(_ scheme: ShufflingScheme, from x0: Vector<Rational>, epochs: Int) throws(ShufflingError) -> ShuffledExpectation {
        guard epochs >= 1 else { throw .invalidEpochs(epochs) }
        guard x0.count == problem.dimension else { throw .dimensionMismatch(expected: problem.dimension, got: x0.count) }
        let e0 = x0 - optimum
        switch scheme {
        case .incremental:
            return incremental(e0, epochs: epochs)
        case .withReplacement:
            return withReplacement(e0, epochs: epochs)
        case .randomReshuffling:
            guard problem.count <= Self.enumerationLimit else {
                throw .tooManyComponents(n: problem.count, limit: Self.enumerationLimit, scheme: scheme)
            }
            return EpochMoments(self).propagate(e0, epochs: epochs, meanHessian: meanHessian)
        case .singleShuffle:
            guard problem.count <= Self.enumerationLimit else {
                throw .tooManyComponents(n: problem.count, limit: Self.enumerationLimit, scheme: scheme)
            }
            return singleShuffle(e0, epochs: epochs)
        }
    }

    /// The error after K epochs in a fixed order (deterministic).
    public func errorAfter(order: [Int], from e0: Vector<Rational>, epochs: Int) -> Vector<Rational> {
        let map = PermutationEnumeration.epochMap(steps: stepMaps, order: order)
        var e = e0
        for _ in 0..<epochs { e = map.apply(e) }
        return e
    }

    func single(_ e: Vector<Rational>) -> ShuffledExpectation {
        ShuffledExpectation(mean: e, expectedSquaredDistance: e.squaredNorm,
                            expectedSuboptimality: e.dot(meanHessian * e) / 2)
    }

    func incremental(_ e0: Vector<Rational>, epochs: Int) -> ShuffledExpectation {
        single(errorAfter(order: Array(0..<problem.count), from: e0, epochs: epochs))
    }

    /// SS: average over all n! orders of the K-epoch orbit in that order.
    func singleShuffle(_ e0: Vector<Rational>, epochs: Int) -> ShuffledExpectation {
        let d = problem.dimension
        var mean = [RationalAccumulator](repeating: RationalAccumulator(), count: d)
        var distance = RationalAccumulator(), value = RationalAccumulator()
        PermutationEnumeration.forEachEpochMap(steps: stepMaps) { _, map in
            var e = e0
            for _ in 0..<epochs { e = map.apply(e) }
            for i in 0..<d { mean[i].add(e[i]) }
            distance.add(e.squaredNorm)
            value.add(e.dot(meanHessian * e))
        }
        let count = Rational(PermutationEnumeration.factorial(problem.count))
        return ShuffledExpectation(mean: Vector(mean.map { $0.value / count }),
                                   expectedSquaredDistance: distance.value / count,
                                   expectedSuboptimality: value.value / (2 * count))
    }

    /// With-replacement SGD: nK i.i.d. uniform steps; the mean m and second moment
    /// S = E[eeᵀ] propagate exactly: m ← B̄m + c̄, S ← (1/n)Σᵢ (BᵢSBᵢᵀ + Bᵢmcᵢᵀ + cᵢmᵀBᵢᵀ + cᵢcᵢᵀ).
    func withReplacement(_ e0: Vector<Rational>, epochs: Int) -> ShuffledExpectation {
        let n = problem.count, d = problem.dimension
        let inv = Rational(1, n)
        let meanB = inv * stepMaps.dropFirst().reduce(stepMaps[0].linear) { $0 + $1.linear }
        let meanC = inv * stepMaps.dropFirst().reduce(stepMaps[0].offset) { $0 + $1.offset }
        var m = e0
        var s = e0.columnMatrix * e0.columnMatrix.transposed
        for _ in 0..<(n * epochs) {
            var next = Matrix<Rational>.zero(rows: d, columns: d)
            for map in stepMaps {
                let b = map.linear, c = map.offset.columnMatrix
                let bm = (b * m).columnMatrix
                let cross = bm * c.transposed
                next = next + b * s * b.transposed + cross + cross.transposed + c * c.transposed
            }
            s = inv * next
            m = meanB * m + meanC
        }
        return ShuffledExpectation(mean: m, secondMoment: s, meanHessian: meanHessian)
    }
}
