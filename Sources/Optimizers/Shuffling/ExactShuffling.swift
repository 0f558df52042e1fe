import BigInt

/// Exact expectations of RR, SS, IGD and with-replacement SGD on a rational quadratic
/// finite sum, by enumeration over permutations and exact moment propagation. Everything
/// is a rational: no sampling, no rounding.
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

    /// SS: average over all n! orders of the K-epoch orbit in that order, in scaled
    /// integers: with e₀ = ẽ₀/D₀ and leaf maps M̃/δⁿ, ṽ/δⁿ, e_k = ẽ_k/(D₀δ^{nk}) where
    /// ẽ_{k+1} = M̃ẽ_k + D₀δ^{nk}ṽ.
    func singleShuffle(_ e0: Vector<Rational>, epochs: Int) -> ShuffledExpectation {
        let d = problem.dimension
        let maps = ScaledEpochMaps(stepMaps)
        var d0 = BigInt(1)
        for x in e0.elements { d0 = d0 / d0.greatestCommonDivisor(with: x.denominator) * x.denominator }
        let start = e0.elements.map { $0.numerator * (d0 / $0.denominator) }
        let leaf = maps.leafDenominator
        var offsets = [BigInt]()
        var p = d0
        for _ in 0..<epochs { offsets.append(p); p *= leaf }
        let finalDenominator = p   // D₀·δ^{nK}
        // Ā scaled to integers: Ā = Ã/α.
        var alpha = BigInt(1)
        for x in meanHessian.elements { alpha = alpha / alpha.greatestCommonDivisor(with: x.denominator) * x.denominator }
        let aTilde = meanHessian.elements.map { $0.numerator * (alpha / $0.denominator) }
        var mean = [BigInt](repeating: 0, count: d)
        var distance = BigInt(0), value = BigInt(0)
        maps.forEachLeaf { m, v in
            var e = start
            for k in 0..<epochs {
                var next = [BigInt](repeating: 0, count: d)
                for r in 0..<d {
                    var s = offsets[k] * v[r]
                    for c in 0..<d { s += m[r * d + c] * e[c] }
                    next[r] = s
                }
                e = next
            }
            for r in 0..<d {
                mean[r] += e[r]
                distance += e[r] * e[r]
                for c in 0..<d { value += e[r] * aTilde[r * d + c] * e[c] }
            }
        }
        let count = BigInt(PermutationEnumeration.factorial(problem.count))
        let den2 = count * finalDenominator * finalDenominator
        return ShuffledExpectation(mean: Vector(mean.map { Rational($0, count * finalDenominator) }),
                                   expectedSquaredDistance: Rational(distance, den2),
                                   expectedSuboptimality: Rational(value, 2 * alpha * den2))
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
