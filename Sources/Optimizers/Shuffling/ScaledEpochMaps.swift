import BigInt

/// The epoch maps of all n! orders in **integer** form, for speed: with δ the least common
/// denominator of every entry of the one-step maps Bᵢ = I − γAᵢ and cᵢ = −γgᵢ, the map of
/// an order is M_π = M̃_π/δⁿ, v_π = ṽ_π/δⁿ with integer M̃, ṽ (depth-first over shared
/// prefixes: M̃ ← B̃M̃, ṽ ← B̃ṽ + δᵏc̃ at depth k). Sums of products of integers need no gcd,
/// which is what makes exact enumeration over 8! orders fast; the single division by a
/// power of δ happens once, at the end.
struct ScaledEpochMaps {
    let d: Int
    let n: Int
    /// δ.
    let scale: BigInt
    let b: [[BigInt]]   // δ·Bᵢ, row-major d×d
    let c: [[BigInt]]   // δ·cᵢ

    init(_ steps: [AffineMap<Rational>]) {
        n = steps.count
        d = steps[0].offset.count
        var lcm = BigInt(1)
        func absorb(_ q: BigInt) { lcm = lcm / lcm.greatestCommonDivisor(with: q) * q }
        for s in steps {
            for x in s.linear.elements { absorb(x.denominator) }
            for x in s.offset.elements { absorb(x.denominator) }
        }
        scale = lcm
        b = steps.map { s in s.linear.elements.map { $0.numerator * (lcm / $0.denominator) } }
        c = steps.map { s in s.offset.elements.map { $0.numerator * (lcm / $0.denominator) } }
    }

    /// δⁿ, the denominator of every leaf's M̃ and ṽ.
    var leafDenominator: BigInt { scale.power(n) }

    /// Calls `body(M̃, ṽ)` for every order (row-major M̃).
    func forEachLeaf(_ body: ([BigInt], [BigInt]) -> Void) {
        var used = [Bool](repeating: false, count: n)
        var powers = [BigInt(1)], power = BigInt(1)
        for _ in 0..<n { power *= scale; powers.append(power) }
        var identity = [BigInt](repeating: 0, count: d * d)
        for i in 0..<d { identity[i * d + i] = 1 }
        func descend(_ m: [BigInt], _ v: [BigInt], _ depth: Int) {
            if depth == n { body(m, v); return }
            for i in 0..<n where !used[i] {
                used[i] = true
                let bi = b[i], ci = c[i]
                var m2 = [BigInt](repeating: 0, count: d * d)
                var v2 = [BigInt](repeating: 0, count: d)
                for r in 0..<d {
                    for k in 0..<d {
                        let x = bi[r * d + k]
                        if x.isZero { continue }
                        for col in 0..<d { m2[r * d + col] += x * m[k * d + col] }
                        v2[r] += x * v[k]
                    }
                    v2[r] += powers[depth] * ci[r]
                }
                descend(m2, v2, depth + 1)
                used[i] = false
            }
        }
        descend(identity, [BigInt](repeating: 0, count: d), 0)
    }
}
