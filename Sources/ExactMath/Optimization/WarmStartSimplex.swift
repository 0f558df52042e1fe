/// The speed route of exact LP codes (QSopt_ex: Applegate–Cook–Dash–Espinoza 2007; exact
/// SoPlex: Gleixner–Steffy–Wolter 2016): a Float64 simplex guesses the optimal basis, the
/// basis is solved exactly and checked exactly, and exact pivots run only when the check
/// fails. The Float64 solve is the same ``SimplexTableau`` over `Double`; it only proposes a
/// basis. Every returned answer comes from exact rational arithmetic, and the optimal pair
/// is exactly primal and dual feasible with equal objective values (so
/// ``LinearProgramCertificate`` accepts it). ``L2MaxMargin`` reports the same outcome for its
/// Float64-guessed support set (there is no repair step: `.verified` or `.fellBack` only).
public enum WarmStartOutcome: Sendable, Hashable, CustomStringConvertible {
    /// The guessed basis, solved exactly (B x_B = b, Bᵀy = c_B), is primal feasible
    /// (x_B ≥ 0) and dual feasible (y ≥ 0, Aᵀy ≥ c): optimal with no exact pivot.
    case verified
    /// The guessed basis is primal feasible but not optimal (or the Float64 solve stopped on
    /// an unbounded column); the exact simplex continued from it with `pivots` pivots.
    case repaired(pivots: Int)
    /// No usable guess (the Float64 solve failed, or the basis is singular or primal
    /// infeasible): the cold exact solve from the slack basis decided.
    case fellBack(reason: String)

    public var description: String {
        switch self {
        case .verified: "verified"
        case .repaired(let pivots): "repaired(\(pivots) pivots)"
        case .fellBack(let reason): "fell back (\(reason))"
        }
    }
}

/// An exact answer and the route that produced it.
public struct WarmStartedSolution: Sendable, Hashable {
    /// The exact answer (the same kind ``LinearProgram/solve(pivotLimit:)`` returns).
    public let solution: LinearProgramSolution
    /// Which route decided.
    public let outcome: WarmStartOutcome
}

extension LinearProgram {
    /// The final basis of the Float64 simplex (the same tableau code over `Double`, entries
    /// within `tolerance` of zero treated as zero), or nil if it exceeds `pivotLimit`.
    /// Column indices 0..<n are structural, n..<n+m slack.
    public func float64Basis(tolerance: Double = 1e-9, pivotLimit: Int = 100_000) -> [Int]? {
        KernelProfile.measure(.floatSimplex) {
            var tableau = SimplexTableau<Double>(self)
            guard (try? tableau.run(tolerance: tolerance, pivotLimit: pivotLimit)) != nil else { return nil }
            return tableau.basis
        }
    }

    /// Solves exactly, starting from `basis` (m distinct column indices; structural
    /// 0..<n, slack n..<n+m) or, when nil, from the Float64 guess ``float64Basis(tolerance:pivotLimit:)``.
    ///
    /// - Throws: ``LinearProgramError/invalidBasis(_:)`` for a malformed `basis`,
    ///   ``LinearProgramError/pivotLimit(_:)`` as ``solve(pivotLimit:)``.
    public func solveWarmStarted(basis guess: [Int]? = nil, pivotLimit: Int = 100_000) throws(LinearProgramError) -> WarmStartedSolution {
        try KernelProfile.measure(.exactSimplex) { () throws(LinearProgramError) in
            try checkWarmStart(basis: guess, pivotLimit: pivotLimit)
        }
    }

    private func checkWarmStart(basis guess: [Int]?, pivotLimit: Int) throws(LinearProgramError) -> WarmStartedSolution {
        let m = constraintCount, n = variableCount
        func cold(_ reason: String) throws(LinearProgramError) -> WarmStartedSolution {
            WarmStartedSolution(solution: try solve(pivotLimit: pivotLimit), outcome: .fellBack(reason: reason))
        }
        let basis: [Int]
        if let guess {
            guard guess.count == m else { throw .invalidBasis("\(guess.count) columns for \(m) constraints") }
            if let bad = guess.first(where: { !(0..<(n + m)).contains($0) }) {
                throw .invalidBasis("column \(bad) is outside 0..<\(n + m)")
            }
            guard Set(guess).count == m else { throw .invalidBasis("repeated column") }
            basis = guess
        } else {
            // A guess is only worth a few passes over the columns; a Float64 run that cycles
            // (Bland's rule guarantees nothing under rounding) is cut short and the cold solve decides.
            let budget = min(pivotLimit, 10 * (m + n) + 100)
            guard let b = float64Basis(pivotLimit: budget) else { return try cold("Float64 simplex hit its pivot limit \(budget)") }
            basis = b
        }
        if m == 0 { return try cold("no constraints") }

        // Solve the basis exactly: B x_B = b and Bᵀ y = c_B, B the basic columns of [A | I].
        let matrix = Matrix<Rational>(rows: m, columns: m) { i, k in
            basis[k] < n ? constraints[i, basis[k]] : (basis[k] - n == i ? .one : .zero)
        }
        let xB: [Rational], y: [Rational]
        do {
            xB = try matrix.solve(Vector(bounds)).elements
            y = try matrix.transposed.solve(Vector(basis.map { $0 < n ? objective[$0] : .zero })).elements
        } catch {
            return try cold("guessed basis is singular")
        }
        guard xB.allSatisfy({ $0 >= .zero }) else { return try cold("guessed basis is primal infeasible") }

        // Dual feasibility: slack reduced costs −yᵢ ≤ 0 and structural ones cⱼ − Aⱼᵀy ≤ 0.
        let dualFeasible = y.allSatisfy { $0 >= .zero }
            && zip(constraints.columnProducts(y), objective).allSatisfy { $0 >= $1 }
        if dualFeasible {
            var x = [Rational](repeating: .zero, count: n)
            for (k, column) in basis.enumerated() where column < n { x[column] = xB[k] }
            return WarmStartedSolution(solution: .optimal(primal: x, dual: y, value: Rational.dot(objective, x)),
                                       outcome: .verified)
        }

        // Primal feasible, not optimal: continue the exact simplex from this basis.
        var tableau = SimplexTableau<Rational>(self)
        guard tableau.enterBasis(basis), tableau.isPrimalFeasible else {
            return try cold("guessed basis could not be pivoted in")   // unreachable: B is nonsingular, x_B ≥ 0
        }
        let solution = try tableau.solution(pivotLimit: pivotLimit)
        return WarmStartedSolution(solution: solution, outcome: .repaired(pivots: tableau.pivots))
    }
}
