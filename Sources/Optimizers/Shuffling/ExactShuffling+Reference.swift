extension ExactShuffling {
    /// RR by brute force over all (n!)^K sequences of epoch permutations: the reference the
    /// moment propagation is tested against. Only for tiny n and K.
    /// - Precondition: (n!)^K ≤ 10⁶.
    public func randomReshufflingByFullEnumeration(from x0: Vector<Rational>, epochs: Int) -> ShuffledExpectation {
        var maps: [AffineMap<Rational>] = []
        PermutationEnumeration.forEachEpochMap(steps: stepMaps) { _, map in maps.append(map) }
        let total = (0..<epochs).reduce(1) { acc, _ in acc * maps.count }
        precondition(epochs >= 1 && total <= 1_000_000, "randomReshufflingByFullEnumeration: too many sequences")
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
    /// σ²_rad = maxᵢ ½ E_π[Sᵢᵀ A_{πᵢ} Sᵢ], Sᵢ = Σ_{j<i} g_{πⱼ} (note §3.3; independent of γ).
    /// - Precondition: n ≤ ``enumerationLimit``.
    public func shufflingRadius() -> Rational {
        let n = problem.count
        precondition(n <= Self.enumerationLimit, "shufflingRadius: n too large to enumerate")
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
