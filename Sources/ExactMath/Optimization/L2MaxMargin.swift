/// The exact ℓ2 (hard-margin SVM) max-margin classifier: ŵ = argmin ½‖w‖² s.t. Zw ≥ 1,
/// γ₂ = 1/‖ŵ‖ (Soudry et al. 2018 call ŵ the L2 max-margin vector).
///
/// Solved by the primal active-set method for convex QP (Nocedal–Wright, *Numerical
/// Optimization*, Algorithm 16.3) in exact rationals, started at the feasible point the
/// ℓ∞ linear program returns (so non-separable data are reported with its Gordan
/// certificate). The working set keeps linearly independent rows: the equality-constrained
/// subproblem's solution is w = Z_Wᵀμ with (Z_W Z_Wᵀ)μ = 𝟙, solved exactly. The result is
/// returned only after ``MaxMarginCertificate/verifyL2KKT(_:direction:dual:)`` accepts
/// (w, λ). γ₂ is irrational in general, so the exact quantity is γ₂² = 1/‖ŵ‖² = 1/Σλ.
public struct L2MaxMargin: Sendable, Hashable {
    /// ŵ, scaled so that min zᵢ·ŵ = 1 (Zŵ ≥ 1 with equality on the support vectors).
    public let direction: [Rational]
    /// KKT multipliers λ ≥ 0 with ŵ = Zᵀλ and λᵢ(zᵢ·ŵ − 1) = 0.
    public let dual: [Rational]
    /// γ₂² = 1/‖ŵ‖², exactly.
    public let marginSquared: Rational
    /// Rows with zᵢ·ŵ = 1 (0-based).
    public let supportVectors: [Int]

    /// γ₂ in Float64 (√ of the exact γ₂², correctly rounded square root of the nearest double).
    public var marginDecimal: Double { marginSquared.doubleValue.squareRoot() }

    /// Solves and verifies. `linf` (optional) is the ℓ∞ solution of the same data, reused
    /// as the feasible start; otherwise it is computed.
    public init(_ z: Matrix<Rational>, linf given: PolyhedralMaxMargin? = nil, iterationLimit: Int = 10_000) throws(MaxMarginError) {
        let n = z.rows, d = z.columns
        guard n > 0, d > 0 else { throw .empty }
        let linf: PolyhedralMaxMargin
        if let given { linf = given } else { linf = try PolyhedralMaxMargin(z, l1: false) }
        // A feasible start: the ℓ∞ maximizer scaled to margin 1.
        var w = linf.direction.map { $0 / linf.margin }
        var working: [Int] = []
        var multipliers: [Rational] = []
        var iterations = 0
        let rows = (0..<n).map { z.row($0) }
        while true {
            iterations += 1
            if iterations > iterationLimit { throw .solverFailure("active set: no optimum after \(iterationLimit) iterations") }
            // Equality-constrained subproblem on the working set.
            var target = [Rational](repeating: .zero, count: d)
            var mu: [Rational] = []
            if !working.isEmpty {
                let k = working.count
                let gram = Matrix<Rational>(rows: k, columns: k) { a, b in Rational.dot(rows[working[a]], rows[working[b]]) }
                do {
                    mu = try gram.solve(Vector(Array(repeating: Rational.one, count: k))).elements
                } catch {
                    throw .solverFailure("working set became dependent: \(error)")
                }
                for j in 0..<d {
                    var acc = RationalAccumulator()
                    for (a, i) in working.enumerated() { acc.add(mu[a], times: rows[i][j]) }
                    target[j] = acc.value
                }
            }
            let p = (0..<d).map { target[$0] - w[$0] }
            if p.allSatisfy(\.isZero) {
                // Most negative multiplier leaves (ties: first in the working set).
                var worst = -1
                for a in mu.indices where mu[a] < .zero && (worst < 0 || mu[a] < mu[worst]) { worst = a }
                if worst < 0 { multipliers = mu; break }
                working.remove(at: worst)
                continue
            }
            var step = Rational.one
            var blocking = -1
            for i in 0..<n where !working.contains(i) {
                let ap = Rational.dot(rows[i], p)
                guard ap < .zero else { continue }
                let ratio = (1 - Rational.dot(rows[i], w)) / ap
                if ratio < step { step = ratio; blocking = i }
            }
            w = (0..<d).map { w[$0] + step * p[$0] }
            if blocking >= 0 { working.append(blocking) }
        }
        var lambda = [Rational](repeating: .zero, count: n)
        for (a, i) in working.enumerated() { lambda[i] = multipliers[a] }
        if let why = MaxMarginCertificate.verifyL2KKT(z, direction: w, dual: lambda) {
            throw .solverFailure("KKT check failed: \(why)")
        }
        self.direction = w
        self.dual = lambda
        self.marginSquared = .one / Rational.sum(lambda)
        self.supportVectors = MaxMarginCertificate.margins(z, w).enumerated().filter { $0.element == .one }.map(\.offset)
    }
}
