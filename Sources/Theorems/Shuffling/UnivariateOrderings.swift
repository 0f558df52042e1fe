import ExactMath
import FloatMath
import Optimizers

/// Exact orderings on the one-dimensional equal-curvature sum:
/// for every n ≥ 2, K ≥ 1 and 0 < γa ≤ 1, E_RR ≤ E_SGD (random reshuffling is never worse
/// than with-replacement SGD with the same step and the same nK gradient steps) and
/// E_SS ≥ E_RR (reusing one permutation is never better than reshuffling).
///
/// The shape is the prediction of Ahn–Yun–Sra (NeurIPS 2020) and Safran–Shamir (COLT 2020)
/// that permutation-based SGD beats with-replacement SGD; the exact orderings are the
/// project's own statements on this family, proved in
/// Proofs/safran-shamir-2020/univariate-orderings.md and decided exactly on the expectations
/// of the methods under test.
public struct UnivariateOrderings: Theorem {
    public typealias Instance = ScalarShufflingInstance

    /// Exact E[x_K²] of RR, SS and SGD.
    public struct Measurement: Sendable {
        public let rr: Rational
        public let ss: Rational
        public let sgd: Rational
    }

    public let id = "safran-shamir-2020/univariate-orderings"
    public let family = Family.shuffling
    public let citation = Citation.safranShamir2020.at("univariate quadratic setting of the matching upper bounds")
    public let provenance = Provenance.derived("orderings proved in Proofs/safran-shamir-2020/univariate-orderings.md; the papers' abstracts (Safran–Shamir 2020, Ahn–Yun–Sra 2020) give the shape: permutations beat with-replacement sampling")
    public let statement = "On fᵢ(x) = (a/2)(x − cᵢ)² with Σcᵢ = 0 and 0 < γa ≤ 1: E_RR[x_K²] ≤ E_SGD[x_K²] and E_RR[x_K²] ≤ E_SS[x_K²] for every n ≥ 2 and K ≥ 1, exactly."

    public let methods: any ShufflingMethods
    public let generators: ShufflingGenerators

    public init(methods: any ShufflingMethods = .project, generators: ShufflingGenerators = .project) {
        self.methods = methods
        self.generators = generators
    }

    public var hypotheses: [Hypothesis<Instance>] { UnivariateClosedForms.univariateHypotheses }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 8, standard: 24, thorough: 60)
        let maxN = scale.pick(quick: 5, standard: 6, thorough: 7)
        let maxK = scale.pick(quick: 6, standard: 8, thorough: 10)
        return try UnivariateClosedForms.draw(count: count, seed: seed, generators: generators) { i, rng in
            let n = rng.int(in: 2...maxN)
            return (n, i % 4 == 0 ? 1 : rng.int(in: 2...maxK))
        }
    }

    public func summary(of instance: Instance) -> String { instance.summary }

    public func parameters(of i: Instance) -> [InstanceParameter] { UnivariateClosedForms.parameters(i) + [.text("schemes", "rr, ss, sgd")] }

    public func measure(_ instance: Instance) throws -> Measurement {
        let x0 = Vector([instance.start])
        func e(_ s: ShufflingScheme) throws -> Rational {
            try methods.expectation(s, problem: instance.problem, step: instance.step, from: x0, epochs: instance.epochs).expectedSquaredDistance
        }
        return Measurement(rr: try e(.randomReshuffling), ss: try e(.singleShuffle), sgd: try e(.withReplacement))
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("E_RR ≤ E_SGD and E_RR ≤ E_SS, exactly", kind: .upperBound, exact: true) { _, m in
            JudgementConjunction.all([
                ("E_RR ≤ E_SGD", .exact(measured: m.rr, .atMost, predicted: m.sgd)),
                ("E_RR ≤ E_SS", .exact(measured: m.rr, .atMost, predicted: m.ss)),
            ])
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("single shuffle is at least as good as reshuffling: E_SS ≤ E_RR for K ≥ 2", kind: .upperBound, exact: true) { i, m in
                guard i.epochs >= 2 else { return .inapplicable("stated for K ≥ 2") }
                return .exact(measured: m.ss, .atMost, predicted: m.rr)
            },
            Claim("with-replacement SGD is at least as good as RR: E_SGD ≤ E_RR", kind: .upperBound, exact: true) { _, m in
                .exact(measured: m.sgd, .atMost, predicted: m.rr)
            },
        ]
    }
}
