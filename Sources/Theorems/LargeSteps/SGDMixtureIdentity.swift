import ExactMath
import FloatMath
import Optimizers

/// The mean-square operator of minibatch SGD (B-subsets without replacement) on interpolating
/// quadratics is a mixture of the full-batch and the single-sample operators, exactly:
/// T_B = (1 − p)·(I − ηH)⊗(I − ηH) + p·(1/n)Σ(I − ηHᵢ)⊗(I − ηHᵢ), p = (n − B)/(B(n − 1)).
/// Mulayoff–Michaeli (COLT 2024) state that SGD has the stability of this mixture; the
/// operator identity is checked entrywise over ℚ for every B.
/// See Proofs/mulayoff-michaeli-2024/sgd-mixture-identity.md.
public struct SGDMixtureIdentity: Theorem {
    public struct Instance: Sendable {
        public let components: [Matrix<Rational>]
        public let step: Rational
        public var n: Int { components.count }
        public var d: Int { components[0].rows }
    }

    public struct Measurement: Sendable {
        /// T_B from the method under test, B = 1…n.
        public let operators: [Matrix<Rational>]
        /// T_GD and T_1, computed independently.
        public let gd: Matrix<Rational>, single: Matrix<Rational>
    }

    public let id = "mulayoff-michaeli-2024/sgd-mixture-identity"
    public let family = Family.largeSteps
    public let citation = Citation.mulayoffMichaeli2024.at("abstract: SGD is as stable as a mixture of full-batch and single-sample steps with p = (n − B)/(B(n − 1)); operator form the project's")
    public let provenance = Provenance.paperShape(
        "the abstract states that SGD's mean-square stability equals that of the mixture taking a full-batch step with probability 1 − p and a single-sample step with probability p, p = (n − B)/(B(n − 1)); the identity between the two second-moment operators is the project's derivation (inclusion probabilities of B-subsets), in the Proofs document")
    public let statement = "For symmetric Hᵢ (n ≥ 3), every batch size B and uniform B-subsets without replacement: E_b[(I − ηH_b)⊗(I − ηH_b)] = (1 − p)(I − ηH)⊗(I − ηH) + p(1/n)Σ(I − ηHᵢ)⊗(I − ηHᵢ), p = (n − B)/(B(n − 1)), entrywise in ℚ."
    public let method: MinibatchSGDMaker

    public init(method: MinibatchSGDMaker = .project) { self.method = method }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("n ≥ 3 symmetric d × d components, not all equal") { i in
                guard i.n >= 3, i.components.allSatisfy({ $0.isSquare && $0.rows == i.d && $0.isSymmetric }) else { return "n = \(i.n) or a component is not symmetric" }
                return Set(i.components.map(\.elements)).count > 1 ? nil : "all components equal"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 12, thorough: 30)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 4, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let n = 3 + slot % scale.pick(quick: 2, standard: 3, thorough: 3)
            let d = 2 + slot % scale.pick(quick: 1, standard: 2, thorough: 2)
            let hs = (0..<n).map { _ in LargeStepsAlgebra.symmetric(d, 3, using: &rng) }
            return .accept(Instance(components: hs, step: Rational(rng.int(in: 1...6), rng.int(in: 2...12))))
        }
    }

    public func summary(of i: Instance) -> String { "n = \(i.n), d = \(i.d), η = \(i.step)" }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("n", i.n), .int("d", i.d), .exact("eta", i.step)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let ops = try (1...i.n).map { try method.secondMoment(i.components, $0, i.step) }
        let (gd, single) = LargeStepsAlgebra.gdAndSingleSample(i.components, eta: i.step)
        return Measurement(operators: ops, gd: gd, single: single)
    }

    /// The batch sizes B at which T_B differs from the mixture with weight `weight(B)`.
    static func mismatches(_ i: Instance, _ m: Measurement, weight: (Int) -> Rational) -> [String] {
        (1...i.n).compactMap { b in
            let p = weight(b)
            let mixture = (1 - p) * m.gd + p * m.single
            let t = m.operators[b - 1]
            guard t.rows == mixture.rows, t.columns == mixture.columns else { return "B = \(b): T_B is \(t.rows)×\(t.columns)" }
            let diff = (t - mixture).elements.map(\.absoluteValue).max() ?? 0
            return diff == 0 ? nil : "B = \(b), p = \(p): max |T_B − mixture| = \(diff)"
        }
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("T_B equals the mixture with p = (n − B)/(B(n − 1)) entrywise, for every B = 1…n", kind: .tight, exact: true) { i, m in
            LargeStepsAlgebra.tally(Self.mismatches(i, m) { LargeStepsAlgebra.mixtureWeight(n: i.n, batch: $0) }, of: i.n,
                                    "T_B = (1 − p)T_GD + pT_1 for B = 1…\(i.n)")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the mixture weight is p = 1/B (with-replacement intuition)", kind: .tight, exact: true) { i, m in
                LargeStepsAlgebra.tally(Self.mismatches(i, m) { Rational(1, $0) }, of: i.n, "T_B = (1 − 1/B)T_GD + T_1/B")
            },
            Claim("minibatch SGD has the mean-square operator of GD: T_B = (I − ηH)⊗(I − ηH) for every B", kind: .tight, exact: true) { i, m in
                LargeStepsAlgebra.tally(Self.mismatches(i, m) { _ in 0 }, of: i.n, "T_B = T_GD")
            },
        ]
    }
}
