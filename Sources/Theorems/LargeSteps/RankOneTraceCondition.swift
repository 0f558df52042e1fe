import ExactMath
import FloatMath
import Optimizers

/// The trace condition for single-sample SGD with rank-one per-sample Hessians Hᵢ = aᵢaᵢᵀ
/// (square loss at an interpolating minimum, scalar outputs): mean-square stability
/// ρ(T₁) < 1 forces η·tr H < 2, H = (1/n)ΣHᵢ (the shape Wu–Su, ICML 2023, state in their
/// abstract: linear stability for SGD needs tr H ≤ 2/η, GD only λ_max ≤ 2/η). Decided by
/// Schur–Cohn on T₁ at every step of a grid; the converse and the claim without the rank-one
/// hypothesis are refuted. See Proofs/wu-su-2023/rank-one-trace-condition.md.
public struct RankOneTraceCondition: Theorem {
    public struct Instance: Sendable {
        /// The aᵢ of the rank-one components.
        public let vectors: [Vector<Rational>]
        public let steps: [Rational]
        /// A full-rank control: n copies of s·I_d at step 3/(2s).
        public let controlDimension: Int, controlScale: Rational, controlCount: Int
        public var components: [Matrix<Rational>] { vectors.map(LargeStepsAlgebra.outer) }
        /// tr H = (1/n)Σ‖aᵢ‖².
        public var traceH: Rational { Rational(1, vectors.count) * vectors.map(\.squaredNorm).reduce(0, +) }
        public var controlComponents: [Matrix<Rational>] {
            Array(repeating: controlScale * Matrix<Rational>.identity(controlDimension), count: controlCount)
        }
        public var controlStep: Rational { 3 / (2 * controlScale) }
    }

    public struct Measurement: Sendable {
        /// ρ(T₁) < 1 at each step (nil: a certificate failed verification).
        public let stable: [Bool?]
        /// ρ(T₁) < 1 for the control.
        public let controlStable: Bool?
    }

    public let id = "wu-su-2023/rank-one-trace-condition"
    public let family = Family.largeSteps
    public let citation = Citation.wuSu2023.at("abstract: linear stability of a global minimum for SGD implies tr H ≤ 2/η; hypotheses reconstructed")
    public let provenance = Provenance.paperShape(
        "the abstract states tr(H) ≤ 2/η as necessary for SGD linear stability (λ_max ≤ 2/η for GD); the hypotheses (rank-one per-sample Hessians, B = 1, mean-square stability) and the strict form η·tr H < 2 are the project's reconstruction with its own proof (Cauchy–Schwarz on P − T₁(P) = C ≻ 0), in the Proofs document")
    public let statement = "For Hᵢ = aᵢaᵢᵀ and single-sample SGD: ρ(E_i[(I − ηHᵢ)⊗(I − ηHᵢ)]) < 1 ⇒ η·tr H < 2, H = (1/n)ΣHᵢ, at every step of the grid."
    public let method: MinibatchSGDMaker
    public let tests: RootRadiusTests

    public init(method: MinibatchSGDMaker = .project, tests: RootRadiusTests = .verified) {
        self.method = method
        self.tests = tests
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("n ≥ 2 nonzero rank-one components aᵢaᵢᵀ of one dimension, η > 0") { i in
                guard i.vectors.count >= 2, i.vectors.allSatisfy({ $0.count == i.vectors[0].count && $0.squaredNorm > 0 }) else { return "shape" }
                return i.steps.allSatisfy { $0 > 0 } ? nil : "a step is not positive"
            },
            Hypothesis("control: s > 0, d ≥ 2") { i in i.controlScale > 0 && i.controlDimension >= 2 ? nil : "s = \(i.controlScale)" },
        ]
    }

    /// Grid η = c/tr H for c ∈ {1/2, 1, 3/2, 7/4, 2, 9/4, 5/2, 3}.
    static let gridFactors: [Rational] = [Rational(1, 2), 1, Rational(3, 2), Rational(7, 4), 2, Rational(9, 4), Rational(5, 2), 3]

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 10, thorough: 30)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 4, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let controlD = rng.int(in: 2...3), controlS = Rational(rng.int(in: 1...6), rng.int(in: 1...3)), controlN = rng.int(in: 1...3)
            let vectors: [Vector<Rational>], steps: [Rational]
            if slot == 0 {
                let k = rng.int(in: 1...3)
                vectors = OrthogonalCounterexample.vectors(scale: k)
                steps = [OrthogonalCounterexample.step(scale: k)]
            } else {
                let d = 2 + slot % scale.pick(quick: 1, standard: 2, thorough: 2)
                let n = d + rng.int(in: 0...2)
                vectors = (0..<n).map { _ in LargeStepsAlgebra.nonzeroVector(d, 3, using: &rng) }
                let trace = Rational(1, n) * vectors.map(\.squaredNorm).reduce(0, +)
                steps = Self.gridFactors.map { $0 / trace }
            }
            return .accept(Instance(vectors: vectors, steps: steps, controlDimension: controlD, controlScale: controlS, controlCount: controlN))
        }
    }

    public func summary(of i: Instance) -> String {
        "n = \(i.vectors.count), d = \(i.vectors[0].count), tr H = \(i.traceH), \(i.steps.count) steps; control \(i.controlCount)×\(i.controlScale)·I_\(i.controlDimension)"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("n", i.vectors.count), .int("d", i.vectors[0].count), .exact("trace_H", i.traceH), .int("steps", i.steps.count)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let hs = i.components
        let stable = try i.steps.map { eta in
            SpectralRadiusEvidence(matrix: try method.secondMoment(hs, 1, eta), reportsBracket: false, tests: tests).isBelow(1)
        }
        let control = SpectralRadiusEvidence(matrix: try method.secondMoment(i.controlComponents, 1, i.controlStep),
                                             reportsBracket: false, tests: tests).isBelow(1)
        return Measurement(stable: stable, controlStable: control)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("at every step of the grid, ρ(T₁) < 1 ⇒ η·tr H < 2", kind: .upperBound, exact: true) { i, m in
            guard m.stable.allSatisfy({ $0 != nil }) else { return .inconclusive("a Schur–Cohn certificate failed verification") }
            let failures = zip(i.steps, m.stable).filter { $0.1 == true && !($0.0 * i.traceH < 2) }
                .map { "η = \($0.0): mean-square stable with η·tr H = \($0.0 * i.traceH)" }
            let stableSteps = zip(i.steps, m.stable).filter { $0.1 == true }.map { $0.0 * i.traceH }
            return LargeStepsAlgebra.tally(failures, of: i.steps.count,
                                           "Schur–Cohn (verified) on T₁; largest stable η·tr H on the grid: \(stableSteps.max().map { "\($0)" } ?? "none")")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the trace condition is sufficient: η·tr H ≤ 2 ⇒ ρ(T₁) < 1", kind: .tight, exact: true) { i, m in
                let failures = zip(i.steps, m.stable).filter { $0.0 * i.traceH <= 2 && $0.1 == false }
                    .map { "η = \($0.0): η·tr H = \($0.0 * i.traceH) ≤ 2 yet ρ(T₁) ≥ 1" }
                return LargeStepsAlgebra.tally(failures, of: i.steps.count, "η·tr H ≤ 2 ⇒ stable")
            },
            Claim("tr H ≤ 2/η is necessary for every SGD instance (rank one dropped), checked on Hᵢ = s·I_d", kind: .upperBound, exact: true) { i, m in
                guard let stable = m.controlStable else { return .inconclusive("a Schur–Cohn certificate failed verification") }
                let product = i.controlStep * Rational(i.controlDimension) * i.controlScale
                let bad = stable && !(product <= 2)
                return LargeStepsAlgebra.tally(bad ? ["Hᵢ = \(i.controlScale)·I_\(i.controlDimension), η = \(i.controlStep): ρ(T₁) < 1 with η·tr H = \(product)"] : [],
                                               of: 1, "control: \(stable ? "stable" : "unstable"), η·tr H = \(product)")
            },
        ]
    }
}
