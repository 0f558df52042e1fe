import BigInt
import ExactMath

/// Exact trace moments of a white Wishart matrix, E tr (XXᵀ)^k for X ∈ ℝ^{d×n} with i.i.d. N(0, 1)
/// entries, by the genus expansion: Isserlis' theorem over the 2k entries of X in
/// tr (XXᵀ)^k = Σ Π_t X_{i_t j_t} X_{i_{t+1} j_t}, where each perfect matching contributes
/// d^{#row classes} n^{#column classes} (the index classes forced equal by the matching).
///
/// Used for the multi-layer critical points of Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023, Theorem 3;
/// project note §4). The note's closed forms for k ≤ 4 are checked against this in the tests.
public enum WishartMoments {
    /// For each matching of the 2k factors: (row classes, column classes).
    static func classCounts(order k: Int) -> [(rows: Int, columns: Int)] {
        precondition(k >= 1 && k <= 7, "WishartMoments: order 1…7")
        func row(_ f: Int) -> Int { f % 2 == 0 ? f / 2 : (f / 2 + 1) % k }
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
                out.append((components(pairs.map { (row($0.0), row($0.1)) }), components(pairs.map { (column($0.0), column($0.1)) })))
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

    /// E tr W^k for W ~ Wishart(n, I_d) (W = XXᵀ, X d×n standard Gaussian), exactly.
    public static func traceMoment(order k: Int, samples n: Int, dimension d: Int) -> Rational {
        if k == 0 { return Rational(d) }
        var total = BigInt(0)
        for c in classCounts(order: k) {
            total += BigInt(d).power(c.rows) * BigInt(n).power(c.columns)
        }
        return Rational(total)
    }

    /// m_k = E tr S^k for S = W/n, k = 0…K.
    public static func sampleCovarianceMoments(upTo order: Int, samples n: Int, dimension d: Int) -> [Rational] {
        (0...order).map { k in traceMoment(order: k, samples: n, dimension: d) / Rational(BigInt(n).power(k)) }
    }
}
