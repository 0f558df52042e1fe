import Foundation
import FloatMath

/// An under-determined least-squares problem min ½‖Xw − y‖² (n < d rows), in Float64.
public struct RegressionProblem: Sendable {
    /// X row-major, n × d.
    public let x: [[Double]]
    public let y: [Double]
    public init(x: [[Double]], y: [Double]) { self.x = x; self.y = y }
    public var dimension: Int { x.first?.count ?? 0 }

    /// Xw − y.
    public func residual(_ w: [Double]) -> [Double] {
        zip(x, y).map { row, yi in zip(row, w).reduce(0) { $0 + $1.0 * $1.1 } - yi }
    }

    /// Xᵀr.
    public func transposeTimes(_ r: [Double]) -> [Double] {
        var g = [Double](repeating: 0, count: dimension)
        for (row, ri) in zip(x, r) { for j in 0..<row.count { g[j] += row[j] * ri } }
        return g
    }
}

/// The result of a mirror-descent run: the last iterate, the residual norm ‖Xw − y‖₂ and the
/// number of steps taken (the run stops early once the residual is at most the target).
public struct RegressionRun: Sendable {
    public let w: [Double]
    public let residual: Double
    public let steps: Int
    public init(w: [Double], residual: Double, steps: Int) { self.w = w; self.residual = residual; self.steps = steps }
}

extension RegressionProblem {
    /// The loop the regression methods share: from w₀, while fewer than `steps` steps were taken
    /// and ‖Xw − y‖₂ > `target` (or is NaN), hand g = Xᵀ(Xw − y) to `update`, which returns the
    /// next iterate (keeping whatever state of its own it needs).
    public func descend(from w0: [Double], steps: Int, target: Double, _ update: ([Double]) -> [Double]) -> RegressionRun {
        var w = w0
        var r = residual(w)
        var norm = r.reduce(0) { $0 + $1 * $1 }.squareRoot()
        var t = 0
        while t < steps && !(norm <= target) {
            w = update(transposeTimes(r))
            r = residual(w)
            norm = r.reduce(0) { $0 + $1 * $1 }.squareRoot()
            t += 1
        }
        return RegressionRun(w: w, residual: norm, steps: t)
    }
}

/// p-GD for regression: mirror descent with potential ψ(w) = (1/p)‖w‖_p^p (1 < p < ∞) on
/// ½‖Xw − y‖², the dual variable ζ = ∇ψ(w) = sign(w)|w|^{p−1} taking the gradient step
/// ζ ← ζ − ηXᵀ(Xw − y) and w = sign(ζ)|ζ|^{1/(p−1)} (Sun–Gatmiry–Ahn–Azizan, JMLR 2023; for
/// classification the project's ``MirrorDescentP``). Started at w₀ with ζ₀ = ∇ψ(w₀).
public struct MirrorDescentRegression: Sendable {
    public var p: Double
    public var step: Double

    public init(p: Double, step: Double) { self.p = p; self.step = step }

    /// Runs at most `steps` steps, stopping once ‖Xw − y‖₂ ≤ `target`.
    public func run(_ problem: RegressionProblem, from w0: [Double], steps: Int, target: Double) -> RegressionRun {
        var zeta = w0.map { ($0 < 0 ? -1 : 1) * deterministicPow(abs($0), p - 1) }
        let inverse = 1 / (p - 1)
        return problem.descend(from: w0, steps: steps, target: target) { g in
            for j in 0..<zeta.count { zeta[j] -= step * g[j] }
            return zeta.map { $0 == 0 ? 0 : ($0 > 0 ? 1 : -1) * deterministicPow(abs($0), inverse) }
        }
    }
}

/// How mirror descent on regression is run, as a value (the project's ``MirrorDescentRegression``
/// or a mutant): (problem, p, η, w₀, step budget, residual target) ↦ run.
public struct MirrorDescentRegressionMaker: Sendable {
    public let name: String
    public let run: @Sendable (RegressionProblem, Double, Double, [Double], Int, Double) -> RegressionRun

    public init(_ name: String, run: @escaping @Sendable (RegressionProblem, Double, Double, [Double], Int, Double) -> RegressionRun) {
        self.name = name
        self.run = run
    }

    public static let project = MirrorDescentRegressionMaker("p-GD") { problem, p, eta, w0, steps, target in
        MirrorDescentRegression(p: p, step: eta).run(problem, from: w0, steps: steps, target: target)
    }
}
