import ExactMath
import FloatMath
import Optimizers

/// Mirror descent with ψ(w) = ⅓‖w‖₃³ (p-GD, p = 3) on an under-determined least-squares problem
/// converges to the interpolant closest to w₀ in the Bregman divergence of ψ:
/// w∞ = argmin D_ψ(w, w₀) subject to Xw = y (Sun–Gatmiry–Ahn–Azizan, JMLR 2023, regression part;
/// classical since Gunasekar et al. 2018 and Azizan–Hassibi 2019).
///
/// The limit is decided exactly: the instance is built backwards so that a rational w* satisfies
/// the KKT conditions Xw* = y and ∇ψ(w*) − ∇ψ(w₀) = Xᵀν, re-verified in ℚ (convexity makes them
/// sufficient). The dynamics run in Float64 with a residual stopping rule; a run that does not
/// reach the residual target within its budget is rerun at twice the budget while it is short
/// of the target (``LimitEvidence/extending(from:doublings:budgets:_:undecided:)``), up to
/// 3.2·10⁶ steps at every scale, the budgets run recorded in the measurement and the verdict's
/// reason; still short of the target, it is inconclusive, never refuted. (Small steps on an
/// ill-conditioned X need about 10⁶ steps: quick seed 272 stops at 1.05·10⁶.)
/// See Proofs/sun-gatmiry-ahn-azizan-2023/mirror-descent-bregman-interpolant.md.
public struct MirrorDescentBregmanInterpolant: Theorem {
    public struct Instance: Sendable {
        public let x: Matrix<Rational>, y: Vector<Rational>
        public let w0: Vector<Rational>, wStar: Vector<Rational>
        public let step: Rational
        /// The first step budget.
        public let budget: Int
        /// How many times a run short of the residual target is rerun at twice the budget.
        public let doublings: Int

        public init(x: Matrix<Rational>, y: Vector<Rational>, w0: Vector<Rational>, wStar: Vector<Rational>,
                    step: Rational, budget: Int, doublings: Int = 0) {
            self.x = x; self.y = y; self.w0 = w0; self.wStar = wStar
            self.step = step; self.budget = budget; self.doublings = doublings
        }
    }

    public struct Measurement: Sendable {
        public let run: RegressionRun
        public let target: Double
        /// w₀ + X⁺(y − Xw₀) (the Euclidean projection of w₀) and X⁺y (the minimum-norm interpolant), exact.
        public let euclideanFromW0: Vector<Rational>, minimumNorm: Vector<Rational>
        /// The step budgets run, in order (each twice the previous; `run` is the last one's).
        public var budgets: [Int]

        /// Whether the run stopped on its budget short of the residual target with finite
        /// iterates: undecided, and worth a larger budget.
        var shortOfTarget: Bool {
            run.residual.isFinite && run.residual > target && run.w.allSatisfy(\.isFinite)
        }

        /// The budgets run, for a reason.
        var budgetText: String {
            budgets.count == 1 ? "budget \(budgets[0])" : "budgets \(budgets), doubled while short of the target"
        }
    }

    public let id = "sun-gatmiry-ahn-azizan-2023/mirror-descent-bregman-interpolant"
    public let family = Family.landscapes
    public let citation = Citation.sunGatmiryAhnAzizan2023.at("regression: mirror descent converges to the Bregman-closest interpolant")
    public let provenance = Provenance.paperShape(
        "the abstract states the unified mirror-descent approach for regression and classification; the regression limit argmin D_ψ(w, w₀) s.t. Xw = y is the classical statement (Gunasekar et al. 2018, Azizan–Hassibi 2019) the paper builds on; its step-size condition was not read; the backward KKT construction, step η = 1/(2‖X‖_F²) and tolerance are the project's (Proofs document)")
    public let statement = "p-GD (ψ = ⅓‖w‖₃³) from w₀ with η = 1/(2‖X‖_F²) on ½‖Xw − y‖² (X full row rank, n < d) converges to argmin D_ψ(w, w₀) s.t. Xw = y: ‖w_T − w*‖∞ ≤ 10⁻⁷ once ‖Xw_T − y‖₂ ≤ 10⁻¹¹·max(1, ‖y‖∞)."

    static let tolerance = 1e-7
    public let method: MirrorDescentRegressionMaker

    public init(method: MirrorDescentRegressionMaker = .project) { self.method = method }

    static func gradPsi(_ w: Vector<Rational>) -> Vector<Rational> { Vector(w.elements.map { $0 * $0.absoluteValue }) }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("X full row rank with n < d") { i in
                i.x.rows < i.x.columns && i.x.rank(tolerance: 0) == i.x.rows ? nil : "rank X < n or n ≥ d"
            },
            Hypothesis("KKT certificate in ℚ: Xw* = y and ∇ψ(w*) − ∇ψ(w₀) ∈ range Xᵀ") { i in
                guard i.x * i.wStar == i.y else { return "Xw* ≠ y" }
                let g = Self.gradPsi(i.wStar) - Self.gradPsi(i.w0)
                guard let nu = try? (i.x * i.x.transposed).solve(i.x * g), i.x.transposed * nu == g else {
                    return "∇ψ(w*) − ∇ψ(w₀) ∉ range Xᵀ"
                }
                return nil
            },
            Hypothesis("every |w*ᵢ| ≥ ½ (ψ's Hessian 2|w| bounded below near the limit)") { i in
                i.wStar.elements.allSatisfy { $0.absoluteValue >= Rational(1, 2) } ? nil : "a coordinate of w* below ½"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 10, thorough: 30)
        let budget = scale.pick(quick: 100_000, standard: 200_000, thorough: 400_000)
        let doublings = scale.pick(quick: 5, standard: 4, thorough: 3)   // every scale up to 3.2·10⁶ steps
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 6, hypotheses: hypotheses) { _, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let n = rng.int(in: 2...3), d = n + rng.int(in: 1...3)
            let wStar = Vector((0..<d).map { _ in Rational(rng.int(in: 1...4) * (rng.int(in: 0...1) == 0 ? -1 : 1), 2) })
            let w0 = Vector((0..<d).map { _ in Rational(rng.int(in: -4...4), 2) })
            let z = Self.gradPsi(wStar) - Self.gradPsi(w0)
            guard z.elements.contains(where: { $0 != 0 }) else { return .reject("w* = w₀") }
            let rows = [z.elements] + (1..<n).map { _ in (0..<d).map { _ in Rational(rng.int(in: -3...3)) } }
            let x = Matrix(rows)
            let frob = x.elements.reduce(Rational.zero) { $0 + $1 * $1 }
            return .accept(Instance(x: x, y: x * wStar, w0: w0, wStar: wStar, step: 1 / (2 * frob), budget: budget, doublings: doublings))
        }
    }

    public func summary(of i: Instance) -> String {
        "n=\(i.x.rows), d=\(i.x.columns), w*=\(i.wStar.elements), w₀=\(i.w0.elements), η=\(i.step), budget \(i.budget) (doubled at most \(i.doublings) times while short of the target)"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("n", i.x.rows), .int("d", i.x.columns), .exact("eta", i.step), .int("budget", i.budget), .int("doublings", i.doublings)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let problem = RegressionProblem(x: (0..<i.x.rows).map { i.x.row($0).map(\.doubleValue) }, y: i.y.elements.map(\.doubleValue))
        let target = 1e-11 * max(1, i.y.elements.map { $0.absoluteValue.doubleValue }.max() ?? 1)
        let gram = i.x * i.x.transposed
        let fromW0 = i.w0 + i.x.transposed * (try gram.solve(i.y - i.x * i.w0))
        let minNorm = i.x.transposed * (try gram.solve(i.y))
        let step = i.step.doubleValue, w0 = i.w0.elements.map(\.doubleValue)
        return LimitEvidence.extending(from: i.budget, doublings: i.doublings, budgets: \.budgets, { steps in
            Measurement(run: method.run(problem, 3, step, w0, steps, target), target: target,
                        euclideanFromW0: fromW0, minimumNorm: minNorm, budgets: [steps])
        }, undecided: \.shortOfTarget)
    }

    /// ‖w_T − point‖∞ against the tolerance, once the run has converged (else inconclusive).
    static func judgeDistance(_ m: Measurement, to point: Vector<Rational>, _ relation: Relation, name: String) -> Judgement {
        guard m.run.w.allSatisfy(\.isFinite), m.run.residual.isFinite else { return .inconclusive("numerical trouble: non-finite iterate") }
        guard m.run.residual <= m.target else {
            return .inconclusive("finite budget: ‖Xw_T − y‖ = \(Quantity.format(m.run.residual)) > \(Quantity.format(m.target)) after \(m.run.steps) steps (\(m.budgetText))")
        }
        let dist = zip(m.run.w, point.elements).map { abs($0 - $1.doubleValue) }.max() ?? 0
        let holds = relation == .atMost ? dist <= tolerance : dist > tolerance
        return Judgement(holds ? .holds : .refuted, predicted: .float(tolerance), measured: .float(dist), relation: relation,
                         tolerance: .float(0), reason: "‖w_T − \(name)‖∞ after \(m.run.steps) steps (residual \(Quantity.format(m.run.residual)); \(m.budgetText))")
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("‖w_T − argmin D_ψ(·, w₀)|_{Xw=y}‖∞ ≤ 10⁻⁷ (Float64 dynamics, exact KKT limit)", kind: .upperBound, exact: false) { i, m in
            Self.judgeDistance(m, to: i.wStar, .atMost, name: "w*")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("p-GD converges to the Euclidean projection of w₀, w₀ + X⁺(y − Xw₀) (as GD would)", kind: .upperBound, exact: false) { _, m in
                Self.judgeDistance(m, to: m.euclideanFromW0, .atMost, name: "w₀ + X⁺(y − Xw₀)")
            },
            Claim("p-GD converges to the minimum-ℓ2-norm interpolant X⁺y whatever w₀", kind: .upperBound, exact: false) { _, m in
                Self.judgeDistance(m, to: m.minimumNorm, .atMost, name: "X⁺y")
            },
        ]
    }
}
