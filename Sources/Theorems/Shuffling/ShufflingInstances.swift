import ExactMath
import FloatMath
import Optimizers

/// The one-dimensional equal-curvature sum fᵢ(x) = (a/2)(x − cᵢ)², Σcᵢ = 0 (so x* = 0), with a
/// rational step 0 < γa ≤ 1, a start x₀ and a number of epochs K: the univariate setting of
/// Safran–Shamir (COLT 2020), in which every scheme's expectation has a closed form.
public struct ScalarShufflingInstance: Sendable {
    public let curvature: Rational
    public let offsets: [Rational]
    public let step: Rational
    public let start: Rational
    public let epochs: Int

    public init(curvature: Rational, offsets: [Rational], step: Rational, start: Rational, epochs: Int) {
        self.curvature = curvature
        self.offsets = offsets
        self.step = step
        self.start = start
        self.epochs = epochs
    }

    /// As a quadratic finite sum: Aᵢ = [a], bᵢ = [a cᵢ] (fᵢ up to a constant).
    public var problem: QuadraticFiniteSum<Rational> {
        QuadraticFiniteSum(hessians: offsets.map { _ in Matrix([[curvature]]) },
                           linears: offsets.map { Vector([curvature * $0]) })
    }

    /// The closed forms of Proofs/safran-shamir-2020/univariate-closed-forms.md on this instance.
    public var closedForm: ScalarShufflingClosedForm<Rational> {
        ScalarShufflingClosedForm(curvature: curvature, offsets: offsets, step: step)
    }

    public var summary: String {
        "1-D n=\(offsets.count), a=\(curvature), γ=\(step), x₀=\(start), K=\(epochs), c=(\(offsets.map(\.description).joined(separator: ",")))"
    }

    /// s² = (1/n)Σcᵢ², the variance of the offsets (0 only when every cᵢ = 0: no noise at all).
    public var offsetVariance: Rational { Rational.sum(offsets.map { $0 * $0 }) / Rational(max(offsets.count, 1)) }

    /// A seeded draw: n components, offsets p/q summing to zero, γa = t/den with 1 ≤ t < den ≤ 8,
    /// so 0 < q = 1 − γa < 1 (at q = 0 every scheme ends on the last component visited and RR,
    /// SS and SGD have the same error, so nothing distinguishes them).
    public static func random(n: Int, epochs: Int, using rng: inout SeededGenerator) -> ScalarShufflingInstance {
        let a = Rational(rng.int(in: 1...4), rng.int(in: 1...2))
        var c = (0..<(n - 1)).map { _ in Rational(rng.int(in: -6...6), rng.int(in: 1...2)) }
        c.append(-Rational.sum(c))
        let den = rng.int(in: 2...8)
        let ga = Rational(rng.int(in: 1...(den - 1)), den)
        let x0 = Rational(rng.int(in: -4...4), rng.int(in: 1...2))
        return ScalarShufflingInstance(curvature: a, offsets: c, step: ga / a, start: x0, epochs: epochs)
    }
}

/// d-dimensional rational quadratics
/// fᵢ(x) = ½xᵀAᵢx − bᵢᵀx with μ-strongly convex, L-smooth components, μ and L certified by
/// Gershgorin discs and re-verified by exact LDLᵀ (Aᵢ − μI ⪰ 0, LI − Aᵢ ⪰ 0).
public struct QuadraticSumInstance: Sendable {
    public let problem: QuadraticFiniteSum<Rational>
    /// A certified strong-convexity constant of every component.
    public let mu: Rational
    /// A certified smoothness constant of every component (L_max).
    public let smoothness: Rational
    public let step: Rational
    public let start: Vector<Rational>
    public let epochs: Int

    public init(problem: QuadraticFiniteSum<Rational>, mu: Rational, smoothness: Rational,
                step: Rational, start: Vector<Rational>, epochs: Int) {
        self.problem = problem
        self.mu = mu
        self.smoothness = smoothness
        self.step = step
        self.start = start
        self.epochs = epochs
    }

    public var summary: String {
        "n=\(problem.count), d=\(problem.dimension), μ=\(mu), L=\(smoothness), γ=\(step), K=\(epochs), x₀=\(start)"
    }

    /// Gershgorin bounds: min over rows of Aᵣᵣ − Σ|Aᵣₛ| and max of Aᵣᵣ + Σ|Aᵣₛ|, over all components.
    public static func gershgorin(_ hessians: [Matrix<Rational>]) -> (mu: Rational, smoothness: Rational) {
        var lo: Rational? = nil, hi: Rational? = nil
        for a in hessians {
            for r in 0..<a.rows {
                let off = Rational.sum((0..<a.columns).filter { $0 != r }.map { a[r, $0].absoluteValue })
                lo = min(lo ?? a[r, r] - off, a[r, r] - off)
                hi = max(hi ?? a[r, r] + off, a[r, r] + off)
            }
        }
        return (lo ?? 0, hi ?? 0)
    }

    /// Whether every component satisfies μI ⪯ Aᵢ ⪯ LI (exact LDLᵀ); nil when it does.
    public func certificationFailure() -> String? {
        let id = Matrix<Rational>.identity(problem.dimension)
        for (i, a) in problem.hessians.enumerated() {
            guard a.isSymmetric else { return "A_\(i + 1) is not symmetric" }
            guard (a - mu * id).isPositiveSemidefinite else { return "A_\(i + 1) − μI is not PSD" }
            guard (smoothness * id - a).isPositiveSemidefinite else { return "L·I − A_\(i + 1) is not PSD" }
        }
        return mu > 0 ? nil : "μ ≤ 0"
    }

    /// A seeded G2 draw: integer diagonals in [3, 9], off-diagonals in {−1, −½, 0, ½, 1},
    /// integer bᵢ; step γ = L⁻¹·stepFraction; start either x* (r₀ = 0) or an integer point.
    public static func random(n: Int, d: Int, epochs: Int, stepFraction: Rational, startAtOptimum: Bool,
                              using rng: inout SeededGenerator) -> QuadraticSumInstance {
        let hessians: [Matrix<Rational>] = (0..<n).map { _ in
            var m = Matrix<Rational>.zero(rows: d, columns: d)
            for r in 0..<d {
                m[r, r] = Rational(rng.int(in: 3...9))
                for s in 0..<r {
                    let x = Rational(rng.int(in: -2...2), 2)
                    m[r, s] = x
                    m[s, r] = x
                }
            }
            return m
        }
        let linears = (0..<n).map { _ in Vector((0..<d).map { _ in Rational(rng.int(in: -4...4)) }) }
        let problem = QuadraticFiniteSum(hessians: hessians, linears: linears)
        let (mu, smoothness) = gershgorin(hessians)
        let start: Vector<Rational>
        if startAtOptimum, let x = try? problem.optimum() {
            start = x
        } else {
            start = Vector((0..<d).map { _ in Rational(rng.int(in: -3...3)) })
        }
        return QuadraticSumInstance(problem: problem, mu: mu, smoothness: smoothness,
                                    step: stepFraction / smoothness, start: start, epochs: epochs)
    }
}
