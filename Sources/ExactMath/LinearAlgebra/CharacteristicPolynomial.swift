import BigInt
import RealModule

// The characteristic polynomial by Berkowitz's division-free algorithm.

/// Berkowitz's recurrence (S. J. Berkowitz, "On computing the determinant in small parallel
/// time using a small number of processors", Inf. Process. Lett. 18 (1984) 147–150), written
/// once for any commutative ring whose inner product may refuse (return nil, e.g. on machine
/// overflow): the coefficients of det(zI − A), **highest degree first**, or nil if `dot` refused.
///
/// Partition A = [[a, R], [C, M]] with a scalar, R a row, C a column, M the trailing block.
/// Then p_A = T · p_M, where T is the lower-triangular Toeplitz matrix whose first column is
/// (1, −a, −RC, −RMC, …). Applying this from the 1×1 trailing block upward costs O(n⁴) ring
/// operations and no division, so it is exact over ℤ and needs no pivot.
func berkowitzCoefficients<T>(order n: Int, entry: (Int, Int) -> T, one: T, negate: (T) -> T?,
                              dot: ([T], [T]) -> T?) -> [T]? {
    if n == 0 { return [one] }
    guard let last = negate(entry(n - 1, n - 1)) else { return nil }
    var v: [T] = [one, last]
    for k in stride(from: n - 2, through: 0, by: -1) {
        let m = n - 1 - k                                   // size of the trailing block M
        let r = (0..<m).map { entry(k, k + 1 + $0) }         // R
        var w = (0..<m).map { entry(k + 1 + $0, k) }         // Mʲ·C, starting at C
        let mRows = (0..<m).map { i in (0..<m).map { entry(k + 1 + i, k + 1 + $0) } }
        guard let minusA = negate(entry(k, k)) else { return nil }
        var t: [T] = [one, minusA]                          // (1, −a, −RC, −RMC, …): m + 2 entries
        t.reserveCapacity(m + 2)
        for j in 0..<m {
            guard let rw = dot(r, w), let term = negate(rw) else { return nil }
            t.append(term)
            if j < m - 1 {
                var next: [T] = []
                next.reserveCapacity(m)
                for row in mRows {
                    guard let x = dot(row, w) else { return nil }
                    next.append(x)
                }
                w = next
            }
        }
        // New v (m + 2 entries) = Toeplitz(t) · v (m + 1 entries).
        var next: [T] = []
        next.reserveCapacity(m + 2)
        for i in 0...(m + 1) {
            let hi = Swift.min(i, m)
            guard let x = dot((0...hi).map { t[i - $0] }, Array(v[0...hi])) else { return nil }
            next.append(x)
        }
        v = next
    }
    return v
}

extension Matrix where Scalar: AlgebraicField {
    /// The coefficients [c₀, c₁, …, cₙ] (lowest degree first, cₙ = 1) of the
    /// characteristic polynomial p(z) = det(zI − A) = Σ cₖ zᵏ, by Berkowitz's division-free
    /// algorithm (Berkowitz 1984; see `berkowitzCoefficients`). The 0×0 matrix has p(z) = 1.
    /// For `Matrix<Rational>` an overload works over the integers instead.
    ///
    /// - Precondition: the matrix is square (a programming error otherwise).
    public func characteristicPolynomialCoefficients() -> [Scalar] {
        precondition(isSquare, "characteristic polynomial of a non-square \(rows)×\(columns) matrix")
        let coefficients = berkowitzCoefficients(order: rows, entry: { self[$0, $1] }, one: 1, negate: { -$0 }) { a, b in
            var s: Scalar = 0
            for i in a.indices { s += a[i] * b[i] }
            return s
        }
        return coefficients!.reversed()  // this inner product never refuses
    }
}

extension Matrix where Scalar == Rational {
    /// The exact coefficients [c₀, …, cₙ] of det(zI − A), lowest degree first, cₙ = 1.
    ///
    /// Denominators are cleared once: with D the lcm of all denominators, M = D·A is an
    /// integer matrix and det(zI − M) = Dⁿ·det((z/D)I − A), so cₖ(A) = cₖ(M) / Dⁿ⁻ᵏ.
    /// Berkowitz's division-free recurrence (Berkowitz 1984) runs on M in overflow-checked
    /// `Int64` and, if any product or sum overflows, again in `BigInt`; only the n + 1 final
    /// divisions are rational. No rational is rounded; the values are those of the same
    /// recurrence run over ℚ.
    ///
    /// - Precondition: the matrix is square.
    public func characteristicPolynomialCoefficients() -> [Rational] {
        precondition(isSquare, "characteristic polynomial of a non-square \(rows)×\(columns) matrix")
        let n = rows
        let (integers, scale) = IntegerMatrix.clearingDenominators(elements)
        let highestFirst: [BigInt]
        if let small = IntegerMatrix.int64Entries(integers),
           let c = berkowitzCoefficients(order: n, entry: { small[$0 * n + $1] }, one: Int64(1),
                                         negate: IntegerMatrix.negate, dot: IntegerMatrix.dot) {
            highestFirst = c.map { BigInt($0) }
        } else {
            highestFirst = berkowitzCoefficients(order: n, entry: { integers[$0 * n + $1] }, one: BigInt(1),
                                                 negate: { -$0 }, dot: IntegerMatrix.dot)!
        }
        // c_k(A) = c_k(M) / D^{n−k}; highestFirst[i] is the coefficient of z^{n−i}.
        var result = [Rational](repeating: .zero, count: n + 1)
        var power = BigInt(1)
        for i in 0...n {
            result[n - i] = scale == 1 ? Rational(highestFirst[i]) : Rational(highestFirst[i], power)
            if i < n && scale != 1 { power *= scale }
        }
        return result
    }
}

/// Helpers for integer linear algebra after clearing denominators once.
enum IntegerMatrix {
    /// Integer entries N and the lcm D of the denominators with entries = N / D.
    static func clearingDenominators(_ entries: [Rational]) -> ([BigInt], BigInt) {
        var d = BigInt(1)
        for x in entries where x.denominator != 1 && x.denominator != d {
            let q = x.denominator
            if let small = UInt(exactly: q) {
                // gcd(D, q) from D mod q in one pass over D's words.
                let g = Rational.gcd(UInt64(small), UInt64(WordDivision.remainder(d.magnitude, small)))
                if UInt(g) != small { d *= BigInt(small / UInt(g)) }
            } else {
                d = d / LehmerGCD.gcd(d, q) * q
            }
        }
        if d == 1 { return (entries.map(\.numerator), d) }
        return (entries.map { x in
            if x.denominator == d { return x.numerator }
            if x.isZero { return 0 }
            return x.numerator * WordDivision.exactQuotient(d, x.denominator)
        }, d)
    }

    /// The entries as `Int64` when every one fits with room to spare (|x| < 2³¹), else nil.
    static func int64Entries(_ entries: [BigInt]) -> [Int64]? {
        var out: [Int64] = []
        out.reserveCapacity(entries.count)
        for x in entries {
            guard let v = Rational.int64(x), v.magnitude < (1 << 31) else { return nil }
            out.append(v)
        }
        return out
    }

    /// −x, or nil on overflow.
    static func negate(_ x: Int64) -> Int64? {
        x == .min ? nil : -x
    }

    /// Σ aᵢbᵢ in Int64, or nil if any product or partial sum overflows.
    static func dot(_ a: [Int64], _ b: [Int64]) -> Int64? {
        var s: Int64 = 0
        for i in a.indices {
            let (p, o1) = a[i].multipliedReportingOverflow(by: b[i])
            let (t, o2) = s.addingReportingOverflow(p)
            if o1 || o2 { return nil }
            s = t
        }
        return s
    }

    /// Σ aᵢbᵢ in BigInt.
    static func dot(_ a: [BigInt], _ b: [BigInt]) -> BigInt? {
        var s = BigInt(0)
        for i in a.indices where !a[i].isZero && !b[i].isZero { s += a[i] * b[i] }
        return s
    }
}
