extension ExactShuffling {
    /// RR by brute force over all (n!)^K sequences of epoch permutations: the reference the
    /// moment propagation is tested against. Only for tiny n and K.
    /// - Throws: ``ShufflingError/invalidEpochs(_:)`` for K < 1, ``ShufflingError/dimensionMismatch(expected:got:)``
    ///   for a wrong x₀, and ``ShufflingError/invalidProblem(_:)`` when (n!)^K exceeds 10⁶.
    public func randomReshufflingByFullEnumeration(from x0: Vector<Rational>, epochs: Int) throws(ShufflingError) -> ShuffledExpectation {
        guard epochs >= 1 else { throw .invalidEpochs(epochs) }
        guard x0.count == problem.dimension else { throw .dimensionMismatch(expected: problem.dimension, got: x0.count) }
        guard problem.count <= Self.enumerationLimit else {
            throw .tooManyComponents(n: problem.count, limit: Self.enumerationLimit, scheme: .randomReshuffling)
        }
        let orders = PermutationEnumeration.factorial(problem.count)
        var total = 1
        for _ in 0..<epochs {
            guard total <= 1_000_000 / orders else {
                throw .invalidProblem("(n!)^K = \(orders)^\(epochs) epoch sequences is beyond the brute-force limit of 10⁶")
            }
            total *= orders
        }
        var maps: [AffineMap<Rational>] = []
        PermutationEnumeration.forEachEpochMap(steps: stepMaps) { _, map in maps.append(map) }
        let d = problem.dimension
        var mean = [RationalAccumulator](repeating: .init(), count: d)
        var distance = RationalAccumulator(), value = RationalAccumulator()
        let a = problem.meanHessian
        func descend(_ e: Vector<Rational>, _ depth: Int) {
            if depth == epochs {
                for i in 0..<d { mean[i].add(e[i]) }
                distance.add(e.squaredNorm)
                value.add(e.dot(a * e))
                return
            }
            for map in maps { descend(map.apply(e), depth + 1) }
        }
        descend(x0 - optimum, 0)
        let count = Rational(total)
        return ShuffledExpectation(mean: Vector(mean.map { $0.value / count }),
                                   expectedSquaredDistance: distance.value / count,
                                   expectedSuboptimality: value.value / (2 * count))
    }

    /// The exact shuffling radius of Mishchenko–Khaled–Richtárik for a quadratic sum:
    /// σ²_rad = maxᵢ ½ E_π[Sᵢᵀ A_{πᵢ} Sᵢ], Sᵢ = Σ_{j<i} g_{πⱼ} (independent of γ; Proofs/mishchenko-khaled-richtarik-2020/shuffling-radius-sandwich.md).
    /// - Throws: ``ShufflingError/tooManyComponents(n:limit:scheme:)`` when n > ``enumerationLimit``.
    public func shufflingRadius() throws(ShufflingError) -> Rational {
        let n = problem.count
        guard n <= Self.enumerationLimit else {
            throw .tooManyComponents(n: n, limit: Self.enumerationLimit, scheme: .randomReshuffling)
        }
        var sums = [RationalAccumulator](repeating: .init(), count: n)
        let g = gradientsAtOptimum
        PermutationEnumeration.forEachPermutation(n) { pi in
            var s = Vector<Rational>.zero(problem.dimension)
            for i in 0..<n {
                if i > 0 { sums[i].add(s.dot(problem.hessians[pi[i]] * s)) }
                s = s + g[pi[i]]
            }
        }
        let count = Rational(2 * PermutationEnumeration.factorial(n))
        return sums.map { $0.value / count }.max() ?? .zero
    }
}
