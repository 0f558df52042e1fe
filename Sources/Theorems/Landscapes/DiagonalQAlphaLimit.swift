import ExactMath
import FloatMath
import Optimizers

extension Citation {
    /// B. Woodworth, S. Gunasekar, J. D. Lee, E. Moroshko, P. Savarese, I. Golan, D. Soudry,
    /// N. Srebro, "Kernel and Rich Regimes in Overparametrized Models", COLT 2020 (PMLR 125),
    /// arXiv 2002.09277.
    public static let woodworthEtAl2020 = Citation(
        authors: ["Blake Woodworth", "Suriya Gunasekar", "Jason D. Lee", "Edward Moroshko", "Pedro Savarese", "Itay Golan",
                  "Daniel Soudry", "Nathan Srebro"],
        title: "Kernel and Rich Regimes in Overparametrized Models",
        venue: "Proceedings of the Thirty Third Conference on Learning Theory (COLT)", year: 2020, arxiv: "2002.09277",
        bibtexKey: "woodworth2020kernel", entryType: "inproceedings", volume: "125",
        series: "Proceedings of Machine Learning Research")
}

/// Gradient descent on a depth-2 diagonal network w = u⊙u − v⊙v from u₀ = v₀ = α·1 on an
/// under-determined regression reaches the interpolant minimising the Q_α potential,
/// Q_α(w) = α²Σᵢ q(wᵢ/α²), q(z) = 2 − √(4 + z²) + z·arcsinh(z/2); equivalently
/// w = 2α²sinh(Xᵀν) with Xw = y (Woodworth et al., COLT 2020). The ℓ1 endpoint (α → 0) is the
/// exact rational LP min ‖w‖₁ s.t. Xw = y, and the ℓ2 endpoint (α → ∞) the exact X⁺y.
/// Float64 dynamics and dual; tolerance calibrated in the Proofs document; a finite-budget
/// shortfall is inconclusive. See Proofs/woodworth-et-al-2020/diagonal-q-alpha-limit.md.
public struct DiagonalQAlphaLimit: Theorem {
    public struct Instance: Sendable {
        public let x: Matrix<Rational>, y: Vector<Rational>
        public let alpha: Rational, step: Rational
        public let budget: Int
    }

    public struct Measurement: Sendable {
        public let run: RegressionRun
        public let target: Double
        /// The Q_α minimiser (Float64 Newton on the convex dual), and with α² in place of α.
        public let qAlpha: [Double], qAlphaSquared: [Double]
        /// X⁺y and min ‖w‖₁ s.t. Xw = y, exact.
        public let minimumNorm: Vector<Rational>
        public let minimumL1: Rational
    }

    public let id = "woodworth-et-al-2020/diagonal-q-alpha-limit"
    public let family = Family.landscapes
    public let citation = Citation.woodworthEtAl2020.at("Theorem 1 (gradient flow on the depth-2 diagonal model reaches argmin Q_α; as recalled)")
    public let provenance = Provenance.derived(
        "the Q_α characterisation is recalled from Woodworth et al. (not read); the project re-derives it from the flow's closed form w(t) = 2α²sinh(Xᵀμ(t)) (Proofs document); the step size, tolerance and instance class are the project's")
    public let statement = "GD (η = 1/(25‖X‖_F²(1 + ‖w*‖∞))) on w = u⊙u − v⊙v from u₀ = v₀ = α·1, α ∈ {1/5, 1/2}, reaches argmin Q_α(w) s.t. Xw = y within 5·10⁻³·max(1, ‖w_Q‖∞) once ‖Xw − y‖ ≤ 10⁻⁸·max(1, ‖y‖∞); and ‖w_T‖₁ ≥ min ‖w‖₁ (exact LP) − tolerance."

    public let method: DiagonalRegressionMaker

    public init(method: DiagonalRegressionMaker = .project) { self.method = method }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("X full row rank with n < d") { i in
                i.x.rows < i.x.columns && i.x.rank(tolerance: 0) == i.x.rows ? nil : "rank X < n or n ≥ d"
            },
            Hypothesis("α > 0, η > 0") { $0.alpha > 0 && $0.step > 0 ? nil : "α = \($0.alpha), η = \($0.step)" },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 8, thorough: 24)
        let budget = scale.pick(quick: 150_000, standard: 200_000, thorough: 400_000)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 6, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let n = rng.int(in: 2...3), d = rng.int(in: 5...7)
            let x = Matrix<Rational>(rows: n, columns: d) { _, _ in Rational(rng.int(in: -2...2), 2) }
            var w = [Rational](repeating: 0, count: d)
            let a = rng.int(in: 0...(d - 1)), b = (a + rng.int(in: 1...(d - 1))) % d
            w[a] = Rational(rng.int(in: 1...3) * (rng.int(in: 0...1) == 0 ? -1 : 1), 2)
            w[b] = Rational(rng.int(in: 1...3) * (rng.int(in: 0...1) == 0 ? -1 : 1), 2)
            let frob = x.elements.reduce(Rational.zero) { $0 + $1 * $1 }
            guard frob > 0 else { return .reject("X = 0") }
            let maxW = w.map(\.absoluteValue).max()!
            return .accept(Instance(x: x, y: x * Vector(w), alpha: slot % 2 == 0 ? Rational(1, 5) : Rational(1, 2),
                                    step: 1 / (25 * frob * (1 + maxW)), budget: budget))
        }
    }

    public func summary(of i: Instance) -> String { "n=\(i.x.rows), d=\(i.x.columns), α=\(i.alpha), η=\(i.step), budget \(i.budget)" }
    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("n", i.x.rows), .int("d", i.x.columns), .exact("alpha", i.alpha), .exact("eta", i.step), .int("budget", i.budget)]
    }

    /// argmin Q_a s.t. Xw = y as 2a²sinh(Xᵀν), ν minimising the strictly convex dual
    /// Φ(ν) = Σ2a²cosh(Xᵀν) − yᵀν, by damped Newton (Armijo backtracking).
    static func qMinimiser(_ x: [[Double]], _ y: [Double], _ a: Double) throws -> [Double] {
        let n = x.count, d = x[0].count, c = 2 * a * a
        func z(_ nu: [Double]) -> [Double] { (0..<d).map { j in (0..<n).reduce(0) { $0 + x[$1][j] * nu[$1] } } }
        func sinh(_ t: Double) -> Double { (deterministicExp(t) - deterministicExp(-t)) / 2 }
        func cosh(_ t: Double) -> Double { (deterministicExp(t) + deterministicExp(-t)) / 2 }
        func phi(_ nu: [Double]) -> Double { z(nu).reduce(0) { $0 + c * cosh($1) } - zip(y, nu).reduce(0) { $0 + $1.0 * $1.1 } }
        var nu = [Double](repeating: 0, count: n)
        for _ in 0..<200 {
            let zz = z(nu)
            let g = (0..<n).map { i in (0..<d).reduce(0) { $0 + x[i][$1] * c * sinh(zz[$1]) } - y[i] }
            if g.map(abs).max()! < 1e-14 { break }
            let h = Matrix<Double>(rows: n, columns: n) { i, k in (0..<d).reduce(0) { $0 + x[i][$1] * c * cosh(zz[$1]) * x[k][$1] } }
            let step = try h.solve(Matrix(rows: n, columns: 1, elements: g.map { -$0 })).elements
            let slope = zip(g, step).reduce(0) { $0 + $1.0 * $1.1 }
            var t = 1.0
            let f0 = phi(nu)
            while t > 1e-12 && !(phi(zip(nu, step).map { $0 + t * $1 }) <= f0 + 1e-4 * t * slope) { t /= 2 }
            nu = zip(nu, step).map { $0 + t * $1 }
        }
        return z(nu).map { c * sinh($0) }
    }

    /// min ‖w‖₁ s.t. Xw = y, exactly, as the LP dual max yᵀν s.t. ‖Xᵀν‖∞ ≤ 1 (ν = ν⁺ − ν⁻).
    static func minimumL1(_ x: Matrix<Rational>, _ y: Vector<Rational>) throws -> Rational {
        let n = x.rows, d = x.columns
        let a = Matrix<Rational>(rows: 2 * d, columns: 2 * n) { r, c in
            let sign: Rational = (r < d) == (c < n) ? 1 : -1
            return sign * x[c % n, r % d]
        }
        let lp = try LinearProgram(constraints: a, bounds: Array(repeating: 1, count: 2 * d), objective: y.elements + y.elements.map { -$0 })
        guard case .optimal(_, _, let value) = try lp.solve() else { throw LandscapeError.undecided("the ℓ1 LP is unbounded (Xw = y infeasible)") }
        return value
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let rows = (0..<i.x.rows).map { i.x.row($0).map(\.doubleValue) }, y = i.y.elements.map(\.doubleValue)
        let problem = RegressionProblem(x: rows, y: y)
        let target = 1e-8 * max(1, y.map(abs).max() ?? 1)
        let run = method.run(problem, i.alpha.doubleValue, i.step.doubleValue, i.budget, target)
        let a = i.alpha.doubleValue
        return Measurement(run: run, target: target, qAlpha: try Self.qMinimiser(rows, y, a), qAlphaSquared: try Self.qMinimiser(rows, y, a * a),
                           minimumNorm: i.x.transposed * (try (i.x * i.x.transposed).solve(i.y)), minimumL1: try Self.minimumL1(i.x, i.y))
    }

    static func tolerance(_ m: Measurement) -> Double { 5e-3 * max(1, m.qAlpha.map(abs).max() ?? 1) }

    static func converged(_ m: Measurement) -> Judgement? {
        guard m.run.w.allSatisfy(\.isFinite), m.qAlpha.allSatisfy(\.isFinite) else { return .inconclusive("numerical trouble: non-finite value") }
        guard m.run.residual <= m.target else {
            return .inconclusive("finite budget: ‖Xw_T − y‖ = \(Quantity.format(m.run.residual)) > \(Quantity.format(m.target)) after \(m.run.steps) steps")
        }
        return nil
    }

    static func distance(_ m: Measurement, _ point: [Double], name: String) -> Judgement {
        if let j = converged(m) { return j }
        let dist = zip(m.run.w, point).map { abs($0 - $1) }.max() ?? 0
        return Judgement.approximate(measured: dist, .atMost, predicted: 0, tolerance: tolerance(m),
                                     reason: "‖w_T − \(name)‖∞ after \(m.run.steps) steps")
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("‖w_T − argmin Q_α‖∞ ≤ 5·10⁻³·max(1, ‖w_Q‖∞), and ‖w_T‖₁ ≥ min ‖w‖₁ − tol (exact LP)", kind: .upperBound, exact: false) { _, m in
            let j = Self.distance(m, m.qAlpha, name: "argmin Q_α")
            guard j.outcome == .holds else { return j }
            let l1 = m.run.w.map(abs).reduce(0, +)
            if l1 < m.minimumL1.doubleValue - Self.tolerance(m) {
                return Judgement(.refuted, predicted: .exact(m.minimumL1), measured: .float(l1), relation: .atLeast, tolerance: .float(Self.tolerance(m)),
                                 reason: "an interpolant below the exact ℓ1 minimum")
            }
            return j
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the limit is the minimum-ℓ2-norm interpolant X⁺y (the kernel regime) at every α", kind: .upperBound, exact: false) { _, m in
                Self.distance(m, m.minimumNorm.elements.map(\.doubleValue), name: "X⁺y")
            },
            Claim("the limit has the exact minimal ℓ1 norm (the rich regime) already at α ≤ 1/2", kind: .upperBound, exact: false) { _, m in
                if let j = Self.converged(m) { return j }
                return Judgement.approximate(measured: m.run.w.map(abs).reduce(0, +), .atMost, predicted: m.minimumL1.doubleValue,
                                             tolerance: Self.tolerance(m), reason: "‖w_T‖₁ against the exact LP minimum")
            },
            Claim("the potential is Q at scale α² (w₀'s scale confused with u₀'s): the limit is argmin Q_{α²}", kind: .upperBound, exact: false) { _, m in
                Self.distance(m, m.qAlphaSquared, name: "argmin Q_{α²}")
            },
        ]
    }
}
