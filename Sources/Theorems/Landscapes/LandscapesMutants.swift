import ExactMath
import FloatMath
import Optimizers

extension Landscapes {
    /// The family's mutants: plausible bugs in the deep-linear loss and gradients and in p-GD for
    /// regression, and correct rewrites that must survive.
    public static let mutants: [Mutant] = [
        deepLinear("deep-linear/gradient-drops-input", "the layer gradient uses (W_{j−1}⋯W₁)ᵀ and forgets the data factor X") {
            $0.gradients = { net, x, y in
                let r = net.product * x - y
                return net.weights.indices.map { j in
                    let upper = net.weights[(j + 1)...].reduce(Matrix<Rational>.identity(net.weights[j].rows)) { $1 * $0 }
                    let lower = net.weights[..<j].reduce(Matrix<Rational>.identity(x.rows)) { $1 * $0 }
                    return upper.transposed * r * lower.transposed
                }
            }
        },
        deepLinear("deep-linear/loss-without-half", "the loss is ‖ÂX − Y‖² without the factor ½") {
            $0.loss = { net, x, y in 2 * net.loss(x: x, y: y) }
        },
        deepLinear("deep-linear/gradient-via-residual-first", "the gradient formed as (upperᵀ(RXᵀ))·(W_{j−1}⋯W₁)ᵀ (correct: associativity)", equivalent: true) {
            $0.gradients = { net, x, y in
                let r = net.product * x - y
                return net.weights.indices.map { j in
                    let upper = net.weights[(j + 1)...].reduce(Matrix<Rational>.identity(net.weights[j].rows)) { $1 * $0 }
                    let lower = net.weights[..<j].reduce(Matrix<Rational>.identity(x.rows)) { $1 * $0 }
                    return (upper.transposed * (r * x.transposed)) * lower.transposed
                }
            }
        },
        mirror("mirror-descent/primal-step", "p-GD takes the gradient step on w itself (it is plain GD)") { problem, p, eta, w0, steps, target in
            MirrorDescentRegression(p: 2, step: eta).run(problem, from: w0, steps: steps, target: target)
        },
        mirror("mirror-descent/dual-starts-at-zero", "p-GD starts the dual variable at 0 instead of ∇ψ(w₀)") { problem, p, eta, w0, steps, target in
            MirrorDescentRegression(p: p, step: eta).run(problem, from: w0.map { _ in 0 }, steps: steps, target: target)
        },
        mirror("mirror-descent/inverse-map-exponent", "p-GD maps back with w = sign(ζ)|ζ|^{1/p} instead of |ζ|^{1/(p−1)}") { problem, p, eta, w0, steps, target in
            WrongInverse(p: p, step: eta).run(problem, from: w0, steps: steps, target: target)
        },
        diagonal("diagonal-network/initialization-alpha-squared", "the diagonal network starts at u₀ = v₀ = α² instead of α") { problem, alpha, eta, steps, target in
            DiagonalNetworkRegression(initialization: alpha * alpha, step: eta).run(problem, steps: steps, target: target)
        },
        diagonal("diagonal-network/factored-product", "the diagonal network forms w as (u − v)⊙(u + v) (correct)", equivalent: true) { problem, alpha, eta, steps, target in
            FactoredProduct(alpha: alpha, step: eta).run(problem, steps: steps, target: target)
        },
        gradientDescent("gradient-descent/regression-drops-linear-term", "GD on ½‖Xw − y‖² uses the gradient XᵀXw and drops −Xᵀy") {
            GDNoLinearTerm(step: $0.step, scale: 1)
        },
        gradientDescent("gradient-descent/regression-mean-loss", "GD on the mean loss (1/n)·½‖Xw − y‖², a step rescaling (correct)", equivalent: true) {
            GDNoLinearTerm(step: $0.step, scale: Rational(1, 2))
        },
    ]

    private static func gradientDescent<M: LinearMethod>(_ id: String, _ summary: String, equivalent: Bool = false,
                                                         _ make: @escaping @Sendable (FirstOrderParameters) -> M) -> Mutant where M.Scalar == Rational {
        Mutant(id: id, family: .landscapes, summary: summary, isEquivalent: equivalent) {
            var m = ClassicalMethods.project
            m.gradientDescent = LinearMethodMaker(id, exact: make)
            return [GradientDescentRegressionLimit(methods: m)]
        }
    }

    /// scale = 1: x ← x − η·Hx (the linear term dropped); otherwise the correct step with η·scale.
    struct GDNoLinearTerm: LinearMethod {
        let step: Rational, scale: Rational
        func stateDimension(_ d: Int) -> Int { d }
        func initialState(_ x0: Vector<Rational>) -> Vector<Rational> { x0 }
        func iterate(of state: Vector<Rational>, dimension d: Int) -> Vector<Rational> { state }
        func step(_ x: Vector<Rational>, on objective: QuadraticObjective<Rational>) -> Vector<Rational> {
            scale == 1 ? x - step * (objective.hessian * x) : x - (step * scale) * objective.gradient(x)
        }
    }

    private static func diagonal(_ id: String, _ summary: String, equivalent: Bool = false,
                                 _ run: @escaping @Sendable (RegressionProblem, Double, Double, Int, Double) -> RegressionRun) -> Mutant {
        Mutant(id: id, family: .landscapes, summary: summary, isEquivalent: equivalent) {
            [DiagonalQAlphaLimit(method: DiagonalRegressionMaker(id, run: run))]
        }
    }

    /// Diagonal GD with w = (u − v)⊙(u + v).
    struct FactoredProduct {
        let alpha: Double, step: Double
        func run(_ problem: RegressionProblem, steps: Int, target: Double) -> RegressionRun {
            let d = problem.dimension
            var u = [Double](repeating: alpha, count: d), v = u, w = [Double](repeating: 0, count: d)
            var r = problem.residual(w), norm = r.reduce(0) { $0 + $1 * $1 }.squareRoot(), t = 0
            while t < steps && !(norm <= target) {
                let g = problem.transposeTimes(r)
                for j in 0..<d {
                    u[j] -= step * 2 * u[j] * g[j]
                    v[j] += step * 2 * v[j] * g[j]
                    w[j] = (u[j] - v[j]) * (u[j] + v[j])
                }
                r = problem.residual(w)
                norm = r.reduce(0) { $0 + $1 * $1 }.squareRoot()
                t += 1
                if !norm.isFinite { break }
            }
            return RegressionRun(w: w, residual: norm, steps: t)
        }
    }

    private static func deepLinear(_ id: String, _ summary: String, equivalent: Bool = false,
                                   _ change: @escaping @Sendable (inout DeepLinearMethods) -> Void) -> Mutant {
        Mutant(id: id, family: .landscapes, summary: summary, isEquivalent: equivalent) {
            var m = DeepLinearMethods.project
            change(&m)
            return [DeepLinearGlobalOptimalityTest(methods: m)]
        }
    }

    private static func mirror(_ id: String, _ summary: String, equivalent: Bool = false,
                               _ run: @escaping @Sendable (RegressionProblem, Double, Double, [Double], Int, Double) -> RegressionRun) -> Mutant {
        Mutant(id: id, family: .landscapes, summary: summary, isEquivalent: equivalent) {
            [MirrorDescentBregmanInterpolant(method: MirrorDescentRegressionMaker(id, run: run))]
        }
    }

    /// p-GD with the inverse mirror map's exponent 1/p.
    struct WrongInverse {
        let p: Double, step: Double
        func run(_ problem: RegressionProblem, from w0: [Double], steps: Int, target: Double) -> RegressionRun {
            var zeta = w0.map { ($0 < 0 ? -1 : 1) * deterministicPow(abs($0), p - 1) }
            var w = w0
            var r = problem.residual(w), norm = r.reduce(0) { $0 + $1 * $1 }.squareRoot(), t = 0
            while t < steps && !(norm <= target) {
                let g = problem.transposeTimes(r)
                for j in 0..<zeta.count { zeta[j] -= step * g[j] }
                for j in 0..<w.count { w[j] = zeta[j] == 0 ? 0 : (zeta[j] > 0 ? 1 : -1) * deterministicPow(abs(zeta[j]), 1 / p) }
                r = problem.residual(w)
                norm = r.reduce(0) { $0 + $1 * $1 }.squareRoot()
                t += 1
            }
            return RegressionRun(w: w, residual: norm, steps: t)
        }
    }
}
