import BigInt

/// Arithmetic modulo an odd prime p < 2⁶² in Montgomery form (P. L. Montgomery, "Modular
/// multiplication without trial division", Math. Comp. 44 (1985) 519–521), R = 2⁶⁴: a product
/// costs two full-width multiplications and no division.
struct MontgomeryField {
    let p: UInt64
    /// −p⁻¹ mod 2⁶⁴.
    let pNegInverse: UInt64
    /// R² mod p, to enter Montgomery form.
    let r2: UInt64

    init(_ p: UInt64) {
        self.p = p
        var inverse = p                          // Newton: x ← x(2 − px) doubles the correct bits
        for _ in 0..<6 { inverse = inverse &* (2 &- p &* inverse) }
        pNegInverse = 0 &- inverse
        let rModP = (UInt64.max % p + 1) % p
        r2 = p.dividingFullWidth(rModP.multipliedFullWidth(by: rModP)).remainder
    }

    @inline(__always) func reduce(_ hi: UInt64, _ lo: UInt64) -> UInt64 {
        let m = lo &* pNegInverse
        let mh = m.multipliedFullWidth(by: p).high
        // lo + ml ≡ 0 (mod 2⁶⁴), so it carries exactly when lo ≠ 0.
        var t = hi &+ mh &+ (lo != 0 ? 1 : 0)
        if t >= p { t -= p }
        return t
    }

    @inline(__always) func mul(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (hi, lo) = a.multipliedFullWidth(by: b)
        return reduce(hi, lo)
    }

    @inline(__always) func add(_ a: UInt64, _ b: UInt64) -> UInt64 { let s = a + b; return s >= p ? s - p : s }
    @inline(__always) func sub(_ a: UInt64, _ b: UInt64) -> UInt64 { a >= b ? a - b : a + p - b }

    func enter(word x: UInt64) -> UInt64 { mul(x % p, r2) }
    func leave(_ x: UInt64) -> UInt64 { reduce(0, x) }

    /// x mod p (in Montgomery form) of a big integer.
    func enter(_ x: BigInt) -> UInt64 {
        let r = UInt64(WordDivision.remainder(x.magnitude, UInt(p)))
        let m = enter(word: r)
        return x.sign == .minus && m != 0 ? p - m : m
    }

    /// a⁻¹ (Montgomery form in and out) by Fermat's little theorem, a ≠ 0.
    func inverse(_ a: UInt64) -> UInt64 {
        var result = enter(word: 1), base = a, e = p - 2
        while e > 0 {
            if e & 1 == 1 { result = mul(result, base) }
            base = mul(base, base)
            e >>= 1
        }
        return result
    }
}

/// Primes just below 2⁶², found once by a deterministic Miller–Rabin test (the bases
/// 2, 3, …, 37 decide primality for every 64-bit integer).
enum SolvePrimes {
    static let all: [UInt64] = {
        var out: [UInt64] = []
        var candidate: UInt64 = (1 << 62) - 1
        while out.count < 256 {
            if isPrime(candidate) { out.append(candidate) }
            candidate -= 2
        }
        return out
    }()

    static func isPrime(_ n: UInt64) -> Bool {
        if n < 2 { return false }
        for q: UInt64 in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37] where n % q == 0 { return n == q }
        var d = n - 1, s = 0
        while d & 1 == 0 { d >>= 1; s += 1 }
        let f = MontgomeryField(n)
        let one = f.enter(word: 1), minusOne = f.enter(word: n - 1)
        witness: for a: UInt64 in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37] {
            var x = one, base = f.enter(word: a), e = d
            while e > 0 {
                if e & 1 == 1 { x = f.mul(x, base) }
                base = f.mul(base, base)
                e >>= 1
            }
            if x == one || x == minusOne { continue }
            for _ in 1..<max(s, 1) {
                x = f.mul(x, x)
                if x == minusOne { continue witness }
            }
            return false
        }
        return true
    }
}

/// Exact solution of an integer system M·X = R (M n×n nonsingular) by Chinese remaindering,
/// the multimodular route of exact linear algebra codes (FLINT's `fmpz_mat_solve_multi_mod`,
/// and the prime-by-prime elimination of Dixon's method): for each prime p, eliminate mod p
/// and obtain det(M) mod p and det(M)·X = adj(M)·R mod p; combine the residues until their
/// product exceeds twice Hadamard's bound on |det M| and on every Cramer numerator, and read
/// the signed values. The result (Y = det·X, det) is then **checked exactly**, M·Y = det·R in
/// integers, so a wrong bound or an arithmetic slip can only cost a fallback, never a wrong
/// answer. Returns nil when M is singular modulo too many primes (possibly singular) or the
/// check fails; the caller then runs Bareiss elimination, which decides singularity exactly.
enum ModularSolve {
    static func solve(_ m: [BigInt], _ r: [BigInt], n: Int, columns k: Int) -> (numerators: [BigInt], determinant: BigInt)? {
        guard n > 0 else { return nil }
        // Hadamard: |det M| ≤ Πⱼ‖colⱼ‖, and each Cramer numerator ≤ that times max(1, ‖r‖).
        // log₂‖v‖ ≤ log₂(√count · max|vᵢ|) ≤ max bits + ½·bits(count).
        func log2Norm(_ entries: [BigInt]) -> Double {
            let bits = entries.map { $0.magnitude.bitWidth }.max() ?? 0
            return Double(bits) + 0.5 * Double(entries.count.bitWidth - entries.count.leadingZeroBitCount)
        }
        var bound = 2.0  // sign and safety
        for j in 0..<n {
            let column = (0..<n).map { m[$0 * n + j] }
            if column.allSatisfy(\.isZero) { return nil }
            bound += log2Norm(column)
        }
        var rhsBound = 0.0
        for j in 0..<k { rhsBound = max(rhsBound, log2Norm((0..<n).map { r[$0 * k + j] })) }
        bound += max(0, rhsBound)
        let needed = Int((bound / 61.9).rounded(.up)) + 1

        var y = [BigInt](repeating: 0, count: n * k)
        var det = BigInt(0)
        var modulus = BigInt(1)
        var used = 0, unlucky = 0
        for p in SolvePrimes.all {
            if used == needed { break }
            guard let (dp, yp) = solveModP(m, r, n: n, k: k, prime: p) else {
                unlucky += 1
                if unlucky > 3 { return nil }
                continue
            }
            // Garner step: V ← V + P·((v − V) · P⁻¹ mod p), for det and every entry.
            let f = MontgomeryField(p)
            let pInverse = f.inverse(f.enter(modulus))
            func lift(_ value: inout BigInt, _ residue: UInt64) {
                let t = f.mul(f.sub(f.enter(word: residue), f.enter(value)), pInverse)
                let tt = f.leave(t)
                if tt != 0 { value += modulus * BigInt(tt) }
            }
            lift(&det, dp)
            for i in 0..<(n * k) { lift(&y[i], yp[i]) }
            modulus *= BigInt(p)
            used += 1
        }
        guard used == needed else { return nil }
        let half = modulus >> 1
        func signed(_ v: BigInt) -> BigInt { v > half ? v - modulus : v }
        det = signed(det)
        y = y.map(signed)
        guard !det.isZero else { return nil }
        // The exact check M·Y = det·R.
        for i in 0..<n {
            for j in 0..<k {
                var s = BigInt(0)
                for l in 0..<n where !m[i * n + l].isZero && !y[l * k + j].isZero { s += m[i * n + l] * y[l * k + j] }
                guard s == det * r[i * k + j] else { return nil }
            }
        }
        return (y, det)
    }

    /// det M mod p and det·M⁻¹R mod p (plain residues), or nil if M is singular mod p.
    static func solveModP(_ m: [BigInt], _ r: [BigInt], n: Int, k: Int, prime p: UInt64) -> (UInt64, [UInt64])? {
        let f = MontgomeryField(p)
        var a = m.map(f.enter)
        var b = r.map(f.enter)
        var det = f.enter(word: 1)
        for c in 0..<n {
            guard let pivot = (c..<n).first(where: { a[$0 * n + c] != 0 }) else { return nil }
            if pivot != c {
                for j in 0..<n { a.swapAt(c * n + j, pivot * n + j) }
                for j in 0..<k { b.swapAt(c * k + j, pivot * k + j) }
                det = f.sub(0, det)
            }
            let pv = a[c * n + c]
            det = f.mul(det, pv)
            let inv = f.inverse(pv)
            for j in c..<n { a[c * n + j] = f.mul(a[c * n + j], inv) }
            for j in 0..<k { b[c * k + j] = f.mul(b[c * k + j], inv) }
            for i in 0..<n where i != c {
                let factor = a[i * n + c]
                if factor == 0 { continue }
                for j in c..<n { a[i * n + j] = f.sub(a[i * n + j], f.mul(factor, a[c * n + j])) }
                for j in 0..<k { b[i * k + j] = f.sub(b[i * k + j], f.mul(factor, b[c * k + j])) }
            }
        }
        // b = M⁻¹R; scale by det.
        return (f.leave(det), b.map { f.leave(f.mul($0, det)) })
    }
}
