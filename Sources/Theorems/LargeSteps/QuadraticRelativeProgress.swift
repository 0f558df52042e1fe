import ExactMath
import FloatMath
import Optimizers

/// The relative progress of one GD step on a quadratic f(θ) = ½θᵀHθ − cᵀθ, with the ratio
/// RP(θ) = [f(θ − η∇f(θ)) − f(θ)]/(η‖∇f(θ)‖²) that Ahn–Zhang–Sra (ICML 2022) track in the
/// unstable-convergence regime: RP = −1 + (η/2)·gᵀHg/‖g‖² exactly, so sign(RP) =
/// sign(R_H(g) − 2/η), and η < 2/λ_max ⇒ RP < 0. Decided in ℚ on the step of the method
/// under test. See Proofs/ahn-zhang-sra-2022/quadratic-relative-progress.md.
public struct QuadraticRelativeProgress: Theorem {
    public struct Instance: Sendable {
        public let objective: QuadraticObjective<Rational>
        public let point: Vector<Rational>
        public let steps: [Rational]
        public var gradient: Vector<Rational> { objective.gradient(point) }
        /// The Rayleigh quotient R_H(g) = gᵀHg/‖g‖².
        public var rayleigh: Rational { let g = gradient; return g.dot(objective.hessian * g) / g.squaredNorm }
    }

    public struct Row: Sendable {
        public let step: Rational
        /// RP from the method's step.
        public let progress: Rational
        /// λ_max(H) < 2/η (Schur–Cohn on (η/2)H; nil when a certificate failed).
        public let belowEdge: Bool?
    }

    public struct Measurement: Sendable {
        public let rows: [Row]
    }

    public let id = "ahn-zhang-sra-2022/quadratic-relative-progress"
    public let family = Family.largeSteps
    public let citation = Citation.ahnZhangSra2022.at("relative progress ratio of the unstable-convergence analysis; quadratic identity the project's")
    public let provenance = Provenance.derived(
        "the identity RP = −1 + (η/2)R_H(g) on quadratics is exact algebra derived by the project; the ratio's definition is recalled, not read from the paper, which is cited for the unstable-convergence phenomenon")
    public let statement = "For a quadratic with H ≻ 0 and ∇f(θ) = g ≠ 0: RP = [f(θ − ηg) − f(θ)]/(η‖g‖²) = −1 + (η/2)·gᵀHg/‖g‖², so sign(RP) = sign(gᵀHg/‖g‖² − 2/η) and η < 2/λ_max(H) ⇒ RP < 0."
    public let method: QuadraticStepMaker
    public let tests: RootRadiusTests

    public init(method: QuadraticStepMaker = .project, tests: RootRadiusTests = .verified) {
        self.method = method
        self.tests = tests
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("H symmetric positive definite (Sylvester)") { i in
                LargeStepsAlgebra.isPositiveDefinite(i.objective.hessian) ? nil : "H is not positive definite"
            },
            Hypothesis("g = ∇f(θ) ≠ 0, η > 0") { i in
                i.gradient.squaredNorm > 0 && i.steps.allSatisfy { $0 > 0 } ? nil : "g = 0 or a step ≤ 0"
            },
        ]
    }

    /// Steps η = c/tr H with c ∈ {1/2, 1, 2, 3, 4, 6}: below and above 2/λ_max.
    static let gridFactors: [Rational] = [Rational(1, 2), 1, 2, 3, 4, 6]

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 5, standard: 16, thorough: 48)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 8, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            if slot == 0 {
                // λ_max = 4k > 2/η = 2k, yet g = m(1, 4) has R_H(g) = 20k/17 < 2k: RP < 0.
                let k = Rational(rng.int(in: 1...3)), m = Rational(rng.int(in: 1...3))
                let h = Matrix<Rational>.diagonal([4 * k, k])
                let theta = Vector([Rational(rng.int(in: -3...3)), Rational(rng.int(in: -3...3))])
                let c = h * theta - m * Vector([1, 4])
                return .accept(Instance(objective: QuadraticObjective(hessian: h, linear: c), point: theta, steps: [1 / k]))
            }
            let d = 2 + slot % scale.pick(quick: 2, standard: 2, thorough: 3)
            let a = Matrix<Rational>(rows: d + 1, columns: d) { _, _ in Rational(rng.int(in: -3...3)) }
            let h = a.transposed * a + Rational(rng.int(in: 1...3), 2) * Matrix<Rational>.identity(d)
            let theta = LargeStepsAlgebra.nonzeroVector(d, 4, using: &rng)
            let c = Vector((0..<d).map { _ in Rational(rng.int(in: -4...4), rng.int(in: 1...2)) })
            return .accept(Instance(objective: QuadraticObjective(hessian: h, linear: c), point: theta,
                                    steps: Self.gridFactors.map { $0 / h.trace }))
        }
    }

    public func summary(of i: Instance) -> String {
        "d = \(i.point.count), tr H = \(i.objective.hessian.trace), R_H(g) = \(i.rayleigh), \(i.steps.count) steps"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d", i.point.count), .exact("trace_H", i.objective.hessian.trace), .exact("rayleigh", i.rayleigh), .int("steps", i.steps.count)]
    }

    public func measure(_ i: Instance) -> Measurement {
        let f = i.objective, g = i.gradient, f0 = f.value(i.point)
        return Measurement(rows: i.steps.map { eta in
            let next = method.step(f, i.point, eta)
            let progress = (f.value(next) - f0) / (eta * g.squaredNorm)
            let edge = SpectralRadiusEvidence(matrix: (eta / 2) * f.hessian, reportsBracket: false, tests: tests).isBelow(1)
            return Row(step: eta, progress: progress, belowEdge: edge)
        })
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("RP = −1 + (η/2)R_H(g) exactly, sign(RP) = sign(R_H(g) − 2/η), and λ_max < 2/η ⇒ RP < 0, at every step", kind: .tight, exact: true) { i, m in
            let r = i.rayleigh
            var failures: [String] = []
            for row in m.rows {
                guard let below = row.belowEdge else { return .inconclusive("a Schur–Cohn certificate failed verification") }
                let predicted = -1 + (row.step / 2) * r
                if row.progress != predicted { failures.append("η = \(row.step): RP = \(row.progress) ≠ \(predicted)") }
                if row.progress.signum != (r - 2 / row.step).signum { failures.append("η = \(row.step): sign(RP) ≠ sign(R − 2/η)") }
                if below && !(row.progress < 0) { failures.append("η = \(row.step): λ_max < 2/η but RP = \(row.progress)") }
            }
            return LargeStepsAlgebra.tally(failures, of: 3 * m.rows.count,
                                           "R_H(g) = \(r); RP per step: \(m.rows.map { "\($0.progress)" }.joined(separator: ", "))")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("past the edge the loss increases: λ_max(H) ≥ 2/η ⇒ RP > 0", kind: .lowerBound, exact: true) { _, m in
                let failures = m.rows.filter { $0.belowEdge == false && !($0.progress > 0) }
                    .map { "η = \($0.step): λ_max ≥ 2/η yet RP = \($0.progress) ≤ 0" }
                return LargeStepsAlgebra.tally(failures, of: m.rows.count, "λ_max ≥ 2/η ⇒ RP > 0")
            },
            Claim("RP = −1 + η·R_H(g) (the factor ½ dropped)", kind: .tight, exact: true) { i, m in
                let failures = m.rows.filter { $0.progress != -1 + $0.step * i.rayleigh }.map { "η = \($0.step): RP = \($0.progress)" }
                return LargeStepsAlgebra.tally(failures, of: m.rows.count, "RP = −1 + ηR")
            },
        ]
    }
}
