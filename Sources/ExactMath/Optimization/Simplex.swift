import RealModule

/// The primal simplex method on a dense tableau, written once over any ``OrderedField``:
/// over `Rational` it is the exact solver (tolerance zero, no rounding anywhere); over
/// `Double` it is the Float64 basis guess of ``LinearProgram/solveWarmStarted(basis:pivotLimit:)``
/// (the same pivots, with a tolerance below which entries count as zero).
///
/// Starts from the slack basis (feasible because b ≥ 0), or from any primal feasible basis
/// pivoted in with ``enterBasis(_:)``. The entering column is chosen by Dantzig's
/// largest-reduced-cost rule while pivots make progress; after a run of degenerate pivots
/// (the objective does not move) it switches for good to Bland's smallest-index rule, which
/// cannot cycle in exact arithmetic (Bland 1977), so the method terminates on degenerate
/// programs such as the Scaled-Rademacher max-margin LPs.
struct SimplexTableau<Scalar: OrderedField> {
    /// Constraint count m and variable count n.
    let m: Int, n: Int
    /// Row length: structural, slack, right-hand side.
    let width: Int
    /// (m + 1) × width, row-major; row m is the reduced-cost row.
    var t: [Scalar]
    /// The basic column of each row (0..<n structural, n..<n+m slack).
    var basis: [Int]
    /// Simplex pivots made by ``run(tolerance:pivotLimit:)`` (not those of ``enterBasis(_:)``).
    var pivots = 0

    /// The tableau of the slack basis, every entry converted with `Scalar(rational:)`.
    init(_ lp: LinearProgram) {
        m = lp.constraintCount
        n = lp.variableCount
        width = n + m + 1
        t = [Scalar](repeating: .zero, count: (m + 1) * width)
        for i in 0..<m {
            for j in 0..<n { t[i * width + j] = Scalar(rational: lp.constraints[i, j]) }
            t[i * width + n + i] = 1
            t[i * width + n + m] = Scalar(rational: lp.bounds[i])
        }
        for j in 0..<n { t[m * width + j] = Scalar(rational: lp.objective[j]) }
        basis = Array(lp.variableCount..<(lp.variableCount + lp.constraintCount))
    }

    /// How ``run(tolerance:pivotLimit:)`` stopped.
    enum Termination { case optimal, unbounded(entering: Int) }

    /// Pivots until no reduced cost exceeds `tolerance` (optimal) or an entering column has
    /// no entry above `tolerance` (unbounded). The current basis must be primal feasible.
    mutating func run(tolerance: Scalar, pivotLimit: Int) throws(LinearProgramError) -> Termination {
        let obj = m * width, rhs = n + m
        var useBland = false
        var degenerateRun = 0
        while true {
            // Entering column: a reduced cost above the tolerance.
            var entering = -1
            if useBland {
                for j in 0..<(n + m) where t[obj + j] > tolerance { entering = j; break }
            } else {
                var best = tolerance
                for j in 0..<(n + m) where t[obj + j] > best { best = t[obj + j]; entering = j }
            }
            if entering < 0 { return .optimal }
            // Ratio test; ties go to the smallest basic index (Bland).
            var leaving = -1
            var bestRatio = Scalar.zero
            for i in 0..<m {
                let a = t[i * width + entering]
                guard a > tolerance else { continue }
                let ratio = t[i * width + rhs] / a
                if leaving < 0 || ratio < bestRatio || (ratio == bestRatio && basis[i] < basis[leaving]) {
                    leaving = i
                    bestRatio = ratio
                }
            }
            if leaving < 0 { return .unbounded(entering: entering) }
            if bestRatio <= tolerance {
                degenerateRun += 1
                if degenerateRun > 2 * (m + n) { useBland = true }
            } else {
                degenerateRun = 0
            }
            pivot(row: leaving, column: entering)
            pivots += 1
            if pivots > pivotLimit { throw .pivotLimit(pivotLimit) }
        }
    }

    /// Pivots the columns `target` into the basis, each into a row whose basic column is not
    /// in `target`. Returns false when they are linearly dependent (a singular basis).
    mutating func enterBasis(_ target: [Int]) -> Bool {
        let wanted = Set(target)
        for column in target where !basis.contains(column) {
            guard let row = (0..<m).first(where: { !wanted.contains(basis[$0]) && t[$0 * width + column] != .zero })
            else { return false }
            pivot(row: row, column: column)
        }
        return true
    }

    /// Whether every right-hand side is ≥ 0 (the basic solution is primal feasible).
    var isPrimalFeasible: Bool { (0..<m).allSatisfy { t[$0 * width + n + m] >= .zero } }

    /// The basic solution x (length n).
    var primal: [Scalar] {
        var x = [Scalar](repeating: .zero, count: n)
        for i in 0..<m where basis[i] < n { x[basis[i]] = t[i * width + n + m] }
        return x
    }

    /// The simplex multipliers y = c_Bᵀ B⁻¹ (minus the slack reduced costs).
    var dual: [Scalar] { (0..<m).map { -t[m * width + n + $0] } }

    /// The objective value cᵀx of the basic solution.
    var value: Scalar { -t[m * width + n + m] }

    /// The improving ray of an unbounded entering column: x moves by `ray` per unit step.
    func ray(entering: Int) -> [Scalar] {
        var ray = [Scalar](repeating: .zero, count: n)
        if entering < n { ray[entering] = 1 }
        for i in 0..<m where basis[i] < n { ray[basis[i]] = -t[i * width + entering] }
        return ray
    }

    /// Gauss–Jordan pivot on (row, column); updates the basis.
    mutating func pivot(row: Int, column: Int) {
        let base = row * width
        let inverse = 1 / t[base + column]
        var nonzero: [Int] = []
        for j in 0..<width where t[base + j] != .zero {
            t[base + j] = t[base + j] * inverse
            nonzero.append(j)
        }
        for i in 0...m where i != row {
            let factor = t[i * width + column]
            guard factor != .zero else { continue }
            for j in nonzero { t[i * width + j] = t[i * width + j] - factor * t[base + j] }
        }
        basis[row] = column
    }
}

extension LinearProgram {
    /// Solves the program exactly from the slack basis (the cold start). The result is meant
    /// to be checked with ``LinearProgramCertificate``, which shares no code with this solver.
    public func solve(pivotLimit: Int = 100_000) throws(LinearProgramError) -> LinearProgramSolution {
        try KernelProfile.measure(.exactSimplex) { () throws(LinearProgramError) in
            var tableau = SimplexTableau<Rational>(self)
            return try tableau.solution(pivotLimit: pivotLimit)
        }
    }
}

extension SimplexTableau where Scalar == Rational {
    /// Runs the exact simplex from the current (primal feasible) basis to its answer.
    mutating func solution(pivotLimit: Int) throws(LinearProgramError) -> LinearProgramSolution {
        switch try run(tolerance: .zero, pivotLimit: pivotLimit) {
        case .optimal: return .optimal(primal: primal, dual: dual, value: value)
        case .unbounded(let entering): return .unbounded(ray: ray(entering: entering))
        }
    }
}
