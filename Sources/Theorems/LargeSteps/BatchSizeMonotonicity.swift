import ExactMath
import FloatMath
import Optimizers

/// Mean-square stability of minibatch SGD on interpolating quadratics is monotone in the batch
/// size: with T_B = E_b[(I − ηH_b)⊗(I − ηH_b)], ρ(T_B) < 1 ⇒ ρ(T_{B+1}) < 1, and B = n is GD,
/// so SGD-stable ⇒ GD-stable (Mulayoff–Michaeli, COLT 2024: the threshold is non-decreasing
/// in B). Decided by Schur–Cohn on every T_B over a rational step grid.
/// See Proofs/mulayoff-michaeli-2024/batch-size-monotonicity.md.
public struct BatchSizeMonotonicity: Theorem {
    public struct Instance: Sendable {
        public let components: [Matrix<Rational>]
        public let steps: [Rational]
        public var n: Int { components.count }
        public var d: Int { components[0].rows }
    }

    public struct Measurement: Sendable {
        /// stable[k][B − 1]: ρ(T_B) < 1 at steps[k] (nil: a certificate failed verification).
        public let stable: [[Bool?]]
    }

    public let id = "mulayoff-michaeli-2024/batch-size-monotonicity"
    public let family = Family.largeSteps
    public let citation = Citation.mulayoffMichaeli2024.at("abstract: the mean-square stability threshold is non-decreasing in the batch size")
    public let provenance = Provenance.paperShape(
        "the abstract states that the stability threshold never decreases as B grows; the cone-order argument T_GD ≤ T_B ≤ T_1 and the instance class (PSD components, rational step grid) are the project's, in the Proofs document")
    public let statement = "For PSD Hᵢ and every rational η on the grid: ρ(T_B) < 1 ⇒ ρ(T_{B+1}) < 1 for B = 1…n − 1 (T_n = T_GD), so single-sample stability ⇒ minibatch stability ⇒ GD stability."
    public let method: MinibatchSGDMaker
    public let tests: RootRadiusTests

    public init(method: MinibatchSGDMaker = .project, tests: RootRadiusTests = .verified) {
        self.method = method
        self.tests = tests
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("n ≥ 2 symmetric components (built as sums of aaᵀ, hence PSD), η > 0") { i in
                guard i.n >= 2, i.components.allSatisfy({ $0.isSquare && $0.rows == i.d && $0.isSymmetric }) else { return "shape" }
                return i.steps.allSatisfy { $0 > 0 } ? nil : "a step is not positive"
            },
        ]
    }

    /// Grid η = c/tr H for c ∈ {1/2, 1, 3/2, 2, 5/2, 3, 4} (tr H ≥ λ_max(H) for PSD H).
    static let gridFactors: [Rational] = [Rational(1, 2), 1, Rational(3, 2), 2, Rational(5, 2), 3, 4]

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 10, thorough: 30)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 4, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            if slot == 0 {
                let k = rng.int(in: 1...3)
                return .accept(Instance(components: OrthogonalCounterexample.vectors(scale: k).map(LargeStepsAlgebra.outer),
                                        steps: [OrthogonalCounterexample.step(scale: k)]))
            }
            let n = 2 + slot % 3
            let d = 2 + slot % scale.pick(quick: 1, standard: 2, thorough: 2)
            let hs = (0..<n).map { _ in
                (0..<rng.int(in: 1...2)).map { _ in LargeStepsAlgebra.outer(LargeStepsAlgebra.nonzeroVector(d, 2, using: &rng)) }
                    .reduce(Matrix<Rational>.zero(rows: d, columns: d), +)
            }
            let trace = LargeStepsAlgebra.mean(hs).trace
            return .accept(Instance(components: hs, steps: Self.gridFactors.map { $0 / trace }))
        }
    }

    public func summary(of i: Instance) -> String { "n = \(i.n), d = \(i.d), \(i.steps.count) steps from \(i.steps.first ?? 0)" }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("n", i.n), .int("d", i.d), .int("steps", i.steps.count), .exact("trace_H", LargeStepsAlgebra.mean(i.components).trace)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        Measurement(stable: try i.steps.map { eta in
            try (1...i.n).map { b in
                SpectralRadiusEvidence(matrix: try method.secondMoment(i.components, b, eta), reportsBracket: false, tests: tests).isBelow(1)
            }
        })
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("at every step of the grid, ρ(T_B) < 1 ⇒ ρ(T_{B+1}) < 1 for B = 1…n − 1 (B = n is GD)", kind: .tight, exact: true) { i, m in
            var failures: [String] = []
            for (k, row) in m.stable.enumerated() {
                guard row.allSatisfy({ $0 != nil }) else { return .inconclusive("a Schur–Cohn certificate failed verification") }
                for b in 1..<i.n where row[b - 1] == true && row[b] == false {
                    failures.append("η = \(i.steps[k]): stable at B = \(b), unstable at B = \(b + 1)")
                }
            }
            let pattern = m.stable.map { $0.map { $0 == true ? "s" : "u" }.joined() }.joined(separator: " ")
            return LargeStepsAlgebra.tally(failures, of: i.steps.count * (i.n - 1), "Schur–Cohn (verified) stability B = 1…n per step: \(pattern)")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("GD stability implies single-sample SGD stability: ρ(T_GD) < 1 ⇒ ρ(T_1) < 1", kind: .tight, exact: true) { i, m in
                var failures: [String] = []
                for (k, row) in m.stable.enumerated() where row[i.n - 1] == true && row[0] == false {
                    failures.append("η = \(i.steps[k]): GD stable, single-sample SGD unstable")
                }
                return LargeStepsAlgebra.tally(failures, of: i.steps.count, "GD-stable ⇒ SGD₁-stable")
            },
        ]
    }
}
