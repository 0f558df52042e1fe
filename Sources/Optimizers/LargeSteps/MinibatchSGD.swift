import ExactMath

/// Minibatch SGD θ⁺ = (I − ηH_b)θ on interpolating quadratics fᵢ(θ) = ½θᵀHᵢθ (common minimiser
/// 0), H_b = (1/B)Σ_{i∈b}Hᵢ for a uniform B-subset b of {1, …, n} (sampling without
/// replacement), and its exact mean-square operator.
public struct MinibatchSGD: Sendable, Hashable {
    public let step: Rational
    public let batch: Int

    public init(step: Rational, batch: Int) {
        self.step = step
        self.batch = batch
    }

    /// T_B = E_b[(I − ηH_b) ⊗ (I − ηH_b)] (d² × d²): vec E[θθᵀ] evolves by T_B. The
    /// expectation is the exact average over all C(n, B) subsets.
    public func secondMomentOperator(components hs: [Matrix<Rational>]) throws(LinearAlgebraError) -> Matrix<Rational> {
        let d = try Self.dimension(of: hs)
        guard (1...hs.count).contains(batch) else {
            throw .invalidArgument("batch size \(batch) outside 1…\(hs.count)")
        }
        let id = Matrix<Rational>.identity(d)
        let subsets = BatchEnumeration.subsets(of: hs.count, size: batch)
        var sum = Matrix<Rational>.zero(rows: d * d, columns: d * d)
        for s in subsets {
            let hb = Rational(1, batch) * s.dropFirst().reduce(hs[s[0]]) { $0 + hs[$1] }
            let a = id - step * hb
            sum = sum + a.kronecker(a)
        }
        return Rational(1, subsets.count) * sum
    }

    /// The common size d of square components, or the typed error that says why there is none.
    public static func dimension(of hs: [Matrix<Rational>]) throws(LinearAlgebraError) -> Int {
        guard let first = hs.first else { throw .invalidArgument("no components") }
        guard first.isSquare, hs.allSatisfy({ $0.rows == first.rows && $0.columns == first.rows }) else {
            throw .dimensionMismatch("the components are not square of one size")
        }
        return first.rows
    }
}

/// Subsets and ordered tuples of {0, …, n − 1}, in lexicographic order.
public enum BatchEnumeration {
    /// Every k-subset, each as an increasing list.
    public static func subsets(of n: Int, size k: Int) -> [[Int]] {
        guard k >= 0, k <= n else { return [] }
        var out: [[Int]] = []
        var current: [Int] = []
        func extend(from start: Int) {
            if current.count == k { out.append(current); return }
            guard start < n else { return }
            for i in start..<n where n - i >= k - current.count {
                current.append(i)
                extend(from: i + 1)
                current.removeLast()
            }
        }
        extend(from: 0)
        return out
    }

    /// Every ordered k-tuple of distinct indices.
    public static func arrangements(of n: Int, size k: Int) -> [[Int]] {
        var out: [[Int]] = [[]]
        for _ in 0..<k { out = out.flatMap { t in (0..<n).filter { !t.contains($0) }.map { t + [$0] } } }
        return out
    }
}

/// The mean-square operator a theorem relies on, as a value, so that a mutant (batches drawn
/// with replacement, H_b averaged before the Kronecker product) can be put in its place.
public struct MinibatchSGDMaker: Sendable {
    public let id: String
    /// (components, batch size, step) ↦ T_B.
    public let secondMoment: @Sendable ([Matrix<Rational>], Int, Rational) throws -> Matrix<Rational>

    public init(_ id: String, secondMoment: @escaping @Sendable ([Matrix<Rational>], Int, Rational) throws -> Matrix<Rational>) {
        self.id = id
        self.secondMoment = secondMoment
    }

    public static let project = MinibatchSGDMaker("minibatch-sgd") { hs, b, eta in
        try MinibatchSGD(step: eta, batch: b).secondMomentOperator(components: hs)
    }
}
