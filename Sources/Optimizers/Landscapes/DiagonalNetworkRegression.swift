import FloatMath

/// Gradient descent on a depth-2 diagonal linear network for regression: w = u⊙u − v⊙v,
/// L(u, v) = ½‖Xw − y‖², u₀ = v₀ = α·1 (so w₀ = 0), with ∇ᵤL = 2u⊙g and ∇ᵥL = −2v⊙g,
/// g = Xᵀ(Xw − y) (Woodworth et al., COLT 2020). Float64; stops once ‖Xw − y‖₂ ≤ target.
public struct DiagonalNetworkRegression: Sendable {
    public var initialization: Double
    public var step: Double

    public init(initialization: Double, step: Double) {
        self.initialization = initialization
        self.step = step
    }

    public func run(_ problem: RegressionProblem, steps: Int, target: Double) -> RegressionRun {
        let d = problem.dimension
        var u = [Double](repeating: initialization, count: d), v = u
        return problem.descend(from: [Double](repeating: 0, count: d), steps: steps, target: target) { g in
            for j in 0..<d {
                u[j] -= step * 2 * u[j] * g[j]
                v[j] += step * 2 * v[j] * g[j]
            }
            return (0..<d).map { u[$0] * u[$0] - v[$0] * v[$0] }
        }
    }
}

/// How the diagonal network is trained, as a value (the project's or a mutant):
/// (problem, α, η, budget, target) ↦ run.
public struct DiagonalRegressionMaker: Sendable {
    public let name: String
    public let run: @Sendable (RegressionProblem, Double, Double, Int, Double) -> RegressionRun

    public init(_ name: String, run: @escaping @Sendable (RegressionProblem, Double, Double, Int, Double) -> RegressionRun) {
        self.name = name
        self.run = run
    }

    public static let project = DiagonalRegressionMaker("diagonal GD") { problem, alpha, eta, steps, target in
        DiagonalNetworkRegression(initialization: alpha, step: eta).run(problem, steps: steps, target: target)
    }
}
