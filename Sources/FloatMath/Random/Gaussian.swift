/// Standard normal draws that are reproducible bit for bit on every platform.
///
/// Marsaglia–Bray polar method (G. Marsaglia and T. A. Bray, "A convenient method for
/// generating normal variables", SIAM Review 6(3), 1964): draw u, v uniform in [−1, 1)
/// until 0 < s = u² + v² < 1, then u·√(−2 ln s / s) is standard normal. The logarithm is
/// ``deterministicLog(_:)`` and the rest is IEEE-754 +, −, ×, ÷ and `squareRoot()`
/// (correctly rounded everywhere), so — unlike Box–Muller with the platform's `log`/`cos`
/// — the same seed gives the same bits on Linux and Darwin.
///
/// Each call consumes a whole number of pairs of 64-bit outputs (two per attempt; an
/// attempt is accepted with probability π/4) and returns one normal: the second normal
/// of the pair, v·√(−2 ln s / s), is discarded so that the generator carries no hidden
/// spare and a draw depends only on the generator's state.
extension SeededGenerator {
    /// One standard normal draw N(0, 1) (Marsaglia–Bray polar method).
    public mutating func gaussian() -> Double {
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s < 1 && s > 0 {
                return u * (-2 * deterministicLog(s) / s).squareRoot()
            }
        }
    }

    /// One normal draw N(mean, standardDeviation²): `mean + standardDeviation * gaussian()`.
    public mutating func gaussian(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * gaussian()
    }

    /// `n` independent standard normals: exactly the next `n` values of ``gaussian()``.
    /// Returns `[]` when `n ≤ 0`.
    public mutating func gaussianVector(_ n: Int) -> [Double] {
        guard n > 0 else { return [] }
        var out = [Double](repeating: 0, count: n)
        for i in 0..<n { out[i] = gaussian() }
        return out
    }

    /// A rows×columns matrix of independent standard normals, filled row by row with the
    /// next `rows·columns` values of ``gaussian()``. Negative sizes are treated as 0.
    public mutating func gaussianMatrix(rows: Int, columns: Int) -> Matrix<Double> {
        let r = Swift.max(rows, 0), c = Swift.max(columns, 0)
        return Matrix(rows: r, columns: c, elements: gaussianVector(r * c))
    }
}
