/// The exact primal simplex method on a dense rational tableau.
///
/// Starts from the slack basis (feasible because b ≥ 0). The entering column is chosen
/// by Dantzig's largest-reduced-cost rule while pivots make progress; after a run of
/// degenerate pivots (the objective does not move) it switches for good to Bland's
/// smallest-index rule, which cannot cycle (Bland 1977), so the method terminates on
/// degenerate programs such as the Scaled-Rademacher max-margin LPs. Everything is exact:
/// there is no tolerance anywhere.
extension LinearProgram {
    /// Solves the program. The result is meant to be checked with
    /// ``LinearProgramCertificate``, which shares no code with this solver.
    public func solve(pivotLimit: Int = 100_000) throws(LinearProgramError) -> LinearProgramSolution {
        let m = constraintCount, n = variableCount
        let width = n + m + 1           // structural, slack, right-hand side
        var t = [Rational](repeating: .zero, count: (m + 1) * width)
        for i in 0..<m {
            for j in 0..<n { t[i * width + j] = constraints[i, j] }
            t[i * width + n + i] = .one
            t[i * width + n + m] = bounds[i]
        }
        let obj = m * width
        for j in 0..<n { t[obj + j] = objective[j] }
        var basis = (0..<m).map { n + $0 }
        var useBland = false
        var degenerateRun = 0
        var pivots = 0

        while true {
            // Entering column: a positive reduced cost.
            var entering = -1
            if useBland {
                for j in 0..<(n + m) where t[obj + j] > .zero { entering = j; break }
            } else {
                var best = Rational.zero
                for j in 0..<(n + m) where t[obj + j] > best { best = t[obj + j]; entering = j }
            }
            if entering < 0 { break }
            // Ratio test; ties go to the smallest basic index (Bland).
            var leaving = -1
            var bestRatio = Rational.zero
            for i in 0..<m {
                let a = t[i * width + entering]
                guard a > .zero else { continue }
                let ratio = t[i * width + n + m] / a
                if leaving < 0 || ratio < bestRatio || (ratio == bestRatio && basis[i] < basis[leaving]) {
                    leaving = i
                    bestRatio = ratio
                }
            }
            if leaving < 0 {
                var ray = [Rational](repeating: .zero, count: n)
                if entering < n { ray[entering] = .one }
                for i in 0..<m where basis[i] < n { ray[basis[i]] = -t[i * width + entering] }
                return .unbounded(ray: ray)
            }
            if bestRatio.isZero {
                degenerateRun += 1
                if degenerateRun > 2 * (m + n) { useBland = true }
            } else {
                degenerateRun = 0
            }
            pivot(&t, width: width, rows: m + 1, row: leaving, column: entering)
            basis[leaving] = entering
            pivots += 1
            if pivots > pivotLimit { throw .pivotLimit(pivotLimit) }
        }

        var primal = [Rational](repeating: .zero, count: n)
        for i in 0..<m where basis[i] < n { primal[basis[i]] = t[i * width + n + m] }
        let dual = (0..<m).map { -t[obj + n + $0] }
        return .optimal(primal: primal, dual: dual, value: -t[obj + n + m])
    }

    /// Gauss–Jordan pivot on (row, column) of a flat tableau.
    private func pivot(_ t: inout [Rational], width: Int, rows: Int, row: Int, column: Int) {
        let base = row * width
        let inverse = Rational.one / t[base + column]
        var nonzero: [Int] = []
        for j in 0..<width where !t[base + j].isZero {
            t[base + j] = t[base + j] * inverse
            nonzero.append(j)
        }
        for i in 0..<rows where i != row {
            let factor = t[i * width + column]
            guard !factor.isZero else { continue }
            for j in nonzero { t[i * width + j] = t[i * width + j] - factor * t[base + j] }
        }
    }
}
