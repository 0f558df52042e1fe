import BigInt
import ExactMath

/// Why a Wishart trace moment was not computed.
public enum WishartMomentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The order k is outside 0…7 (the genus expansion enumerates (2k − 1)!! matchings; k = 8 would
    /// be two million).
    case orderOutOfRange(Int)
    /// A dimension or a sample count below 1.
    case emptyShape(samples: Int, dimension: Int)

    public var description: String {
        switch self {
        case .orderOutOfRange(let k): "Wishart trace moments are computed for orders 0…7, got \(k)"
        case .emptyShape(let n, let d): "Wishart moments need n ≥ 1 samples and dimension d ≥ 1, got n = \(n), d = \(d)"
        }
    }
}

/// Exact trace moments of a white Wishart matrix, E tr W^k for W = XXᵀ, X ∈ ℝ^{d×n} with i.i.d.
/// N(0, 1) entries — the coefficients of the multi-layer loss of Ahn–Cheng–Daneshmand–Sra
/// (NeurIPS 2023, Theorem 3; derivation in Proofs/ahn-cheng-daneshmand-sra-2023/multi-layer-critical-points.md).
/// A component under test; ``ProjectWishartMoments`` is the default.
public protocol WishartMomentFormulas: Sendable {
    /// E tr W^k for W ~ Wishart(n, I_d), exactly, for 0 ≤ k ≤ 7.
    func traceMoment(order k: Int, samples n: Int, dimension d: Int) throws(WishartMomentError) -> Rational
}

extension WishartMomentFormulas {
    /// m_k = E tr S^k for S = W/n, k = 0…`order`.
    public func sampleCovarianceMoments(upTo order: Int, samples n: Int, dimension d: Int) throws(WishartMomentError) -> [Rational] {
        guard order >= 0 else { throw .orderOutOfRange(order) }
        return try (0...order).map { k throws(WishartMomentError) in
            try traceMoment(order: k, samples: n, dimension: d) / Rational(BigInt(n).power(k))
        }
    }
}

/// The project's Wishart moments by the genus expansion: Isserlis' theorem over the 2k entries of
/// X in tr (XXᵀ)^k = Σ Π_t X_{i_t j_t} X_{i_{t+1} j_t}; each perfect matching of the 2k factors
/// contributes d^{#row classes} n^{#column classes} (the index classes the matching forces equal).
public struct ProjectWishartMoments: WishartMomentFormulas {
    public init() {}

    public func traceMoment(order k: Int, samples n: Int, dimension d: Int) throws(WishartMomentError) -> Rational {
        guard k >= 0 && k <= 7 else { throw .orderOutOfRange(k) }
        guard n >= 1 && d >= 1 else { throw .emptyShape(samples: n, dimension: d) }
        if k == 0 { return Rational(d) }
        var total = BigInt(0)
        for c in Self.classCounts(order: k, rowOfFactor: Self.cyclicRow) {
            total += BigInt(d).power(c.rows) * BigInt(n).power(c.columns)
        }
        return Rational(total)
    }

    /// Factor f = 2t is X_{i_t j_t} and f = 2t + 1 is X_{i_{t+1} j_t}: the row index of factor f,
    /// cyclically (i_{k} = i_0).
    static func cyclicRow(_ f: Int, _ k: Int) -> Int { f % 2 == 0 ? f / 2 : (f / 2 + 1) % k }

    /// For each perfect matching of the 2k factors: (row classes, column classes), the numbers of
    /// connected components the matched pairs induce on the k row and the k column indices.
    static func classCounts(order k: Int, rowOfFactor row: (Int, Int) -> Int) -> [(rows: Int, columns: Int)] {
        func column(_ f: Int) -> Int { f / 2 }
        var out: [(Int, Int)] = []
        var pairs: [(Int, Int)] = []
        func components(_ edges: [(Int, Int)]) -> Int {
            var parent = Array(0..<k)
            func find(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
            var count = k
            for (a, b) in edges {
                let (ra, rb) = (find(a), find(b))
                if ra != rb { parent[ra] = rb; count -= 1 }
            }
            return count
        }
        func match(_ free: [Int]) {
            guard let first = free.first else {
                out.append((components(pairs.map { (row($0.0, k), row($0.1, k)) }),
                            components(pairs.map { (column($0.0), column($0.1)) })))
                return
            }
            for idx in 1..<free.count {
                pairs.append((first, free[idx]))
                var rest = free
                rest.remove(at: idx)
                rest.removeFirst()
                match(rest)
                pairs.removeLast()
            }
        }
        match(Array(0..<(2 * k)))
        return out
    }
}
