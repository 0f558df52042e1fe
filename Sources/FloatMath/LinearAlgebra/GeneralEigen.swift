@_exported import ComplexModule
import RealModule

// Eigenvalues of a general real square matrix in Float64:
// balance → Householder reduction to upper Hessenberg form → Francis implicit
// double-shift QR with deflation (the EISPACK `hqr` algorithm).
//
// References: G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §7.4–7.5
// (Algorithms 7.4.2 and 7.5.1–7.5.2); J. G. F. Francis, "The QR transformation", Computer
// Journal 1961–62; B. N. Parlett and C. Reinsch, "Balancing a matrix for calculation of
// eigenvalues and eigenvectors", Numer. Math. 1969; EISPACK `balanc`/`hqr`.

/// The eigenvalues of a real square matrix, as `Complex<Double>` (swift-numerics'
/// ComplexModule, re-exported by FloatMath).
///
/// The matrix is balanced by exact powers of two (Parlett–Reinsch), reduced to upper
/// Hessenberg form by Householder reflections, and its eigenvalues are found by the
/// Francis implicit double-shift QR algorithm with deflation on negligible subdiagonal
/// entries (Golub–Van Loan §7.5). Complex eigenvalues come in exact conjugate pairs
/// (the two members are computed from the same 2×2 block); real eigenvalues have
/// imaginary part exactly 0.
///
/// Ordering: sorted lexicographically by (real part, imaginary part), ascending.
///
/// Accuracy: backward stable — the eigenvalues are exact for a matrix within a few ulp of
/// A in norm; a simple eigenvalue is then accurate to about `ε·‖A‖·κ(λ)`, while an
/// eigenvalue in a Jordan block of size k is perturbed by about `(ε‖A‖)^(1/k)` (e.g.
/// ~1e-8 for a double root, ~1e-5 for a triple root of a companion matrix).
///
/// - Returns: `[]` for the 0×0 matrix; otherwise `n` eigenvalues with multiplicity.
/// - Throws: `.notSquare`; `.noConvergence` when an entry is NaN or infinite, when the
///   iteration overflows, or when QR does not deflate an eigenvalue within 60 iterations
///   (exceptional shifts are taken every 10 iterations), rather than looping forever.
public func eigenvalues(_ a: Matrix<Double>) throws(LinearAlgebraError) -> [Complex<Double>] {
    try KernelProfile.measure(.floatEigen) { () throws(LinearAlgebraError) in try francisEigenvalues(a) }
}

private func francisEigenvalues(_ a: Matrix<Double>) throws(LinearAlgebraError) -> [Complex<Double>] {
    guard a.isSquare else { throw .notSquare(rows: a.rows, columns: a.columns) }
    let n = a.rows
    if n == 0 { return [] }
    guard a.elements.allSatisfy(\.isFinite) else {
        throw .noConvergence("eigenvalues: the matrix has a NaN or infinite entry")
    }
    var h = a.elements
    balance(&h, n)
    reduceToHessenberg(&h, n)
    var values = try hessenbergQR(&h, n)
    guard values.allSatisfy({ $0.real.isFinite && $0.imaginary.isFinite }) else {
        throw .noConvergence("eigenvalues: overflow in Francis QR (entries too large; rescale the matrix)")
    }
    values.sort { ($0.real, $0.imaginary) < ($1.real, $1.imaginary) }
    return values
}

/// The spectral radius ρ(A) = max |λᵢ| of a real square matrix, from ``eigenvalues(_:)``.
///
/// Accuracy follows that of the eigenvalues: to about `ε‖A‖` for a well-conditioned
/// dominant eigenvalue, and about `(ε‖A‖)^(1/k)` when it sits in a Jordan block of size
/// k. Returns 0 for the 0×0 matrix.
///
/// - Throws: as ``eigenvalues(_:)``.
public func spectralRadius(_ a: Matrix<Double>) throws(LinearAlgebraError) -> Double {
    try eigenvalues(a).reduce(0) { Swift.max($0, $1.length) }
}

/// Balances the row-major n×n matrix in place by diagonal similarity with powers of two
/// (exact in binary floating point), so that row and column norms are comparable.
private func balance(_ a: inout [Double], _ n: Int) {
    let radix = 2.0, radix2 = 4.0
    var done = false
    var sweeps = 0
    while !done && sweeps < 100 {
        done = true
        sweeps += 1
        for i in 0..<n {
            var c = 0.0, r = 0.0
            for j in 0..<n where j != i {
                c += abs(a[j * n + i])
                r += abs(a[i * n + j])
            }
            guard c != 0, r != 0 else { continue }
            var g = r / radix
            var f = 1.0
            let s = c + r
            while c < g { f *= radix; c *= radix2 }
            g = r * radix
            while c > g { f /= radix; c /= radix2 }
            if (c + r) / f < 0.95 * s {
                done = false
                let gInv = 1.0 / f
                for j in 0..<n { a[i * n + j] *= gInv }
                for j in 0..<n { a[j * n + i] *= f }
            }
        }
    }
}

/// Reduces the row-major n×n matrix in place to upper Hessenberg form by Householder
/// similarity transformations (Golub–Van Loan Algorithm 7.4.2); entries below the
/// subdiagonal are set to exactly 0.
private func reduceToHessenberg(_ a: inout [Double], _ n: Int) {
    guard n > 2 else { return }
    var v = [Double](repeating: 0, count: n)
    for k in 0..<(n - 2) {
        let m = n - k - 1  // length of the column part below the diagonal
        var scale = 0.0
        for i in 0..<m { scale = Swift.max(scale, abs(a[(k + 1 + i) * n + k])) }
        if scale == 0 { continue }
        var sigma = 0.0
        for i in 0..<m {
            let x = a[(k + 1 + i) * n + k] / scale
            v[i] = x
            sigma += x * x
        }
        let alpha = v[0] >= 0 ? sigma.squareRoot() : -sigma.squareRoot()
        v[0] += alpha
        // H = I − β v vᵀ with β = 2 / vᵀv = 1 / (alpha · v₀).
        let beta = 1.0 / (alpha * v[0])
        // Left: rows k+1…n−1, columns k…n−1.
        for j in k..<n {
            var s = 0.0
            for i in 0..<m { s += v[i] * a[(k + 1 + i) * n + j] }
            s *= beta
            for i in 0..<m { a[(k + 1 + i) * n + j] -= s * v[i] }
        }
        // Right: all rows, columns k+1…n−1.
        for i in 0..<n {
            var s = 0.0
            let row = i * n + k + 1
            for j in 0..<m { s += a[row + j] * v[j] }
            s *= beta
            for j in 0..<m { a[row + j] -= s * v[j] }
        }
        a[(k + 1) * n + k] = -alpha * scale
        for i in (k + 2)..<n { a[i * n + k] = 0 }
    }
}

/// `|a|` with the sign of `b` (Fortran SIGN).
@inline(__always)
private func withSign(_ a: Double, _ b: Double) -> Double { b >= 0 ? abs(a) : -abs(a) }

/// Francis implicit double-shift QR on an upper Hessenberg matrix (row-major, destroyed),
/// returning its eigenvalues in deflation order (EISPACK `hqr`).
private func hessenbergQR(_ a: inout [Double], _ n: Int) throws(LinearAlgebraError) -> [Complex<Double>] {
    let eps = Double.ulpOfOne
    let maxIterations = 60
    var wr = [Double](repeating: 0, count: n)
    var wi = [Double](repeating: 0, count: n)
    var anorm = 0.0
    for i in 0..<n { for j in Swift.max(i - 1, 0)..<n { anorm += abs(a[i * n + j]) } }
    var nn = n - 1
    var t = 0.0
    var p = 0.0, q = 0.0, r = 0.0, s = 0.0, w = 0.0, x = 0.0, y = 0.0, z = 0.0
    while nn >= 0 {
        var its = 0
        var l = 0
        repeat {
            // Look for a single small subdiagonal element.
            l = nn
            while l > 0 {
                s = abs(a[(l - 1) * n + l - 1]) + abs(a[l * n + l])
                if s == 0 { s = anorm }
                if abs(a[l * n + l - 1]) <= eps * s {
                    a[l * n + l - 1] = 0
                    break
                }
                l -= 1
            }
            x = a[nn * n + nn]
            if l == nn {
                // One real root.
                wr[nn] = x + t
                wi[nn] = 0
                nn -= 1
            } else {
                y = a[(nn - 1) * n + nn - 1]
                w = a[nn * n + nn - 1] * a[(nn - 1) * n + nn]
                if l == nn - 1 {
                    // A 2×2 block: two real roots or a conjugate pair.
                    p = 0.5 * (y - x)
                    q = p * p + w
                    z = abs(q).squareRoot()
                    x += t
                    if q >= 0 {
                        z = p + withSign(z, p)
                        wr[nn - 1] = x + z
                        wr[nn] = x + z
                        if z != 0 { wr[nn] = x - w / z }
                        wi[nn - 1] = 0
                        wi[nn] = 0
                    } else {
                        wr[nn - 1] = x + p
                        wr[nn] = x + p
                        wi[nn - 1] = -z
                        wi[nn] = z
                    }
                    nn -= 2
                } else {
                    // No root yet: one double-shift QR step on rows/columns l…nn.
                    if its == maxIterations {
                        throw .noConvergence(
                            "eigenvalues: Francis QR did not deflate eigenvalue \(nn + 1) of \(n) in \(maxIterations) iterations")
                    }
                    if its > 0 && its % 10 == 0 {
                        // Exceptional shift (EISPACK).
                        t += x
                        for i in 0...nn { a[i * n + i] -= x }
                        s = abs(a[nn * n + nn - 1]) + abs(a[(nn - 1) * n + nn - 2])
                        x = 0.75 * s
                        y = x
                        w = -0.4375 * s * s
                    }
                    its += 1
                    // Look for two consecutive small subdiagonal elements.
                    var m = nn - 2
                    while m >= l {
                        z = a[m * n + m]
                        r = x - z
                        s = y - z
                        p = (r * s - w) / a[(m + 1) * n + m] + a[m * n + m + 1]
                        q = a[(m + 1) * n + m + 1] - z - r - s
                        r = a[(m + 2) * n + m + 1]
                        s = abs(p) + abs(q) + abs(r)
                        p /= s; q /= s; r /= s
                        if m == l { break }
                        let u = abs(a[m * n + m - 1]) * (abs(q) + abs(r))
                        let v = abs(p) * (abs(a[(m - 1) * n + m - 1]) + abs(z) + abs(a[(m + 1) * n + m + 1]))
                        if u <= eps * v { break }
                        m -= 1
                    }
                    for i in m..<(nn - 1) {
                        a[(i + 2) * n + i] = 0
                        if i != m { a[(i + 2) * n + i - 1] = 0 }
                    }
                    // Double QR step (bulge chase) on rows l…nn and columns m…nn.
                    for k in m..<nn {
                        if k != m {
                            p = a[k * n + k - 1]
                            q = a[(k + 1) * n + k - 1]
                            r = k + 1 != nn ? a[(k + 2) * n + k - 1] : 0
                            x = abs(p) + abs(q) + abs(r)
                            if x != 0 { p /= x; q /= x; r /= x }
                        }
                        s = withSign((p * p + q * q + r * r).squareRoot(), p)
                        if s == 0 { continue }
                        if k == m {
                            if l != m { a[k * n + k - 1] = -a[k * n + k - 1] }
                        } else {
                            a[k * n + k - 1] = -s * x
                        }
                        p += s
                        x = p / s; y = q / s; z = r / s
                        q /= p; r /= p
                        for j in k...nn {
                            p = a[k * n + j] + q * a[(k + 1) * n + j]
                            if k + 1 != nn {
                                p += r * a[(k + 2) * n + j]
                                a[(k + 2) * n + j] -= p * z
                            }
                            a[(k + 1) * n + j] -= p * y
                            a[k * n + j] -= p * x
                        }
                        let mmin = nn < k + 3 ? nn : k + 3
                        for i in l...mmin {
                            p = x * a[i * n + k] + y * a[i * n + k + 1]
                            if k + 1 != nn {
                                p += z * a[i * n + k + 2]
                                a[i * n + k + 2] -= p * r
                            }
                            a[i * n + k + 1] -= p * q
                            a[i * n + k] -= p
                        }
                    }
                }
            }
        } while l + 1 < nn
    }
    return (0..<n).map { Complex(wr[$0], wi[$0]) }
}
