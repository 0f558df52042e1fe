import ExactMath
import FloatMath
import Optimizers

/// On the one-dimensional equal-curvature sum fᵢ(x) = (a/2)(x − cᵢ)², Σcᵢ = 0, the exact
/// expected squared error of RR, SS, with-replacement SGD and IGD after K epochs equals the
/// closed forms in q = 1 − γa (epoch variance V₁ = (ns²/(n−1))[Σw² − (Σw)²/n], wⱼ = γa qⁿ⁻ʲ).
///
/// The setting is that of Safran–Shamir (COLT 2020), whose matching upper bounds are proved
/// for univariate quadratics (abstract); the closed forms are the project's, derived in
/// Proofs/safran-shamir-2020/univariate-closed-forms.md and decided here exactly against the
/// methods under test: their exact expectations (enumeration over all n! permutations, moment
/// propagation, the IGD orbit) and their large-n evaluator, both in rationals.
public struct UnivariateClosedForms: Theorem {
    public typealias Instance = ScalarShufflingInstance

    /// Per scheme: (E x_K, E x_K²) from the exact engine, the large-n evaluator and the closed forms.
    public struct Measurement: Sendable {
        public let engine: [ShufflingScheme: (mean: Rational, square: Rational)]
        public let evaluator: [ShufflingScheme: (mean: Rational, square: Rational)]
        public let closed: [ShufflingScheme: (mean: Rational, square: Rational)]
        /// RR's closed form with the with-replacement epoch variance s²Σw² (no n/(n−1) correction).
        public let rrWithoutFinitePopulationCorrection: Rational
    }

    public let id = "safran-shamir-2020/univariate-closed-forms"
    public let family = Family.shuffling
    public let citation = Citation.safranShamir2020.at("univariate quadratic setting of the matching upper bounds")
    public let provenance = Provenance.derived("closed forms derived in Proofs/safran-shamir-2020/univariate-closed-forms.md; the paper is cited for the univariate setting (abstract, PMLR 125)")
    public let statement = "On fᵢ(x) = (a/2)(x − cᵢ)² with Σcᵢ = 0 and 0 < γa ≤ 1, the exact E[x_K] and E[x_K²] of RR, SS, with-replacement SGD and IGD equal closed forms in q = 1 − γa (RR's epoch variance V₁ with the finite-population factor n/(n−1))."

    public let methods: any ShufflingMethods
    public let generators: ShufflingGenerators

    public init(methods: any ShufflingMethods = .project, generators: ShufflingGenerators = .project) {
        self.methods = methods
        self.generators = generators
    }

    static let schemes: [ShufflingScheme] = [.randomReshuffling, .singleShuffle, .withReplacement, .incremental]

    public var hypotheses: [Hypothesis<Instance>] { Self.univariateHypotheses }

    /// Σcᵢ = 0, a > 0, 0 < γa ≤ 1, n ≥ 2 — the hypotheses of every univariate theorem of the family.
    static let univariateHypotheses: [Hypothesis<Instance>] = [
        Hypothesis("Σcᵢ = 0") { Rational.sum($0.offsets).isZero ? nil : "Σcᵢ = \(Rational.sum($0.offsets))" },
        Hypothesis("0 < γa ≤ 1, a > 0, n ≥ 2") { i in
            let ga = i.step * i.curvature
            return i.curvature > 0 && ga > 0 && ga <= 1 && i.offsets.count >= 2 ? nil : "γa = \(ga), n = \(i.offsets.count)"
        },
    ]

    /// Draws univariate instances through ``InstanceSearch`` (hypotheses checked on every draw);
    /// a draw whose offsets are all zero (no noise, every scheme exact) is re-drawn.
    static func draw(count: Int, seed: UInt64, generators: ShufflingGenerators,
                     shape: (Int, inout SeededGenerator) -> (n: Int, epochs: Int)) throws -> [Instance] {
        try InstanceSearch.draw(count: count, maxAttempts: 4 * count, minimumAcceptance: 0.5,
                                hypotheses: univariateHypotheses) { index in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(index))
            let (n, k) = shape(index, &rng)
            let instance = generators.scalar(n, k, &rng)
            return instance.offsetVariance > 0 ? .accept(instance) : .reject("all offsets zero (no noise)")
        }
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 6, standard: 16, thorough: 40)
        let maxN = scale.pick(quick: 5, standard: 6, thorough: 7)
        return try Self.draw(count: count, seed: seed, generators: generators) { i, rng in (rng.int(in: 2...maxN), 1 + i % 3) }
    }

    public func summary(of instance: Instance) -> String { instance.summary }

    public func parameters(of i: Instance) -> [InstanceParameter] { Self.parameters(i) + [.text("schemes", "rr, ss, sgd, igd")] }

    /// n, a, γ, γa, x₀, K of a univariate instance.
    static func parameters(_ i: Instance) -> [InstanceParameter] {
        [.int("n", i.offsets.count), .int("d", 1), .exact("a", i.curvature), .exact("γ", i.step), .exact("γa", i.step * i.curvature),
         .exact("x0", i.start), .int("K", i.epochs)]
    }

    public func measure(_ instance: Instance) throws -> Measurement {
        let closedForm = instance.closedForm
        var e: [ShufflingScheme: (mean: Rational, square: Rational)] = [:]
        var v: [ShufflingScheme: (mean: Rational, square: Rational)] = [:]
        var c: [ShufflingScheme: (mean: Rational, square: Rational)] = [:]
        for scheme in Self.schemes {
            let x = try methods.expectation(scheme, problem: instance.problem, step: instance.step,
                                            from: Vector([instance.start]), epochs: instance.epochs)
            e[scheme] = (x.mean[0], x.expectedSquaredDistance)
            v[scheme] = try methods.scalarMoments(scheme, curvature: instance.curvature, offsets: instance.offsets,
                                                  step: instance.step, from: instance.start, epochs: instance.epochs)
            c[scheme] = (closedForm.expectedMean(scheme, from: instance.start, epochs: instance.epochs),
                         closedForm.expectedSquare(scheme, from: instance.start, epochs: instance.epochs))
        }
        // The wrong epoch variance s²Σw² (i.i.d. within the epoch), propagated like RR.
        let n = instance.offsets.count
        let q = 1 - instance.step * instance.curvature
        let qn = q.power(n)
        let ga = instance.step * instance.curvature
        let sumW2 = Rational.sum((0..<n).map { ga * ga * (q * q).power($0) })
        let wrongV1 = closedForm.meanSquareOffset * sumW2
        let geometric = Rational.sum((0..<instance.epochs).map { (qn * qn).power($0) })
        let wrong = (qn * qn).power(instance.epochs) * instance.start * instance.start + wrongV1 * geometric
        return Measurement(engine: e, evaluator: v, closed: c, rrWithoutFinitePopulationCorrection: wrong)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("E[x_K] and E[x_K²] of the exact engine and of the large-n evaluator = the closed forms, for RR, SS, SGD and IGD, exactly",
              kind: .tight, exact: true) { _, m in
            var parts: [(String, Judgement)] = []
            for s in Self.schemes {
                guard let e = m.engine[s], let v = m.evaluator[s], let c = m.closed[s] else { return .inconclusive("missing scheme \(s)") }
                parts.append(("E x_K² (\(s.rawValue), engine)", .exact(measured: e.square, .equal, predicted: c.square)))
                parts.append(("E x_K (\(s.rawValue), engine)", .exact(measured: e.mean, .equal, predicted: c.mean)))
                parts.append(("E x_K² (\(s.rawValue), evaluator)", .exact(measured: v.square, .equal, predicted: c.square)))
                parts.append(("E x_K (\(s.rawValue), evaluator)", .exact(measured: v.mean, .equal, predicted: c.mean)))
            }
            return JudgementConjunction.all(parts)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("single shuffle has the same expected error as random reshuffling (reusing the permutation does not matter)",
                  kind: .tight, exact: true) { i, m in
                guard i.epochs >= 2 else { return .inapplicable("equal at K = 1 by definition") }
                guard let ss = m.engine[.singleShuffle], let rr = m.closed[.randomReshuffling] else { return .inconclusive("missing") }
                return .exact(measured: ss.square, .equal, predicted: rr.square)
            },
            Claim("RR's epoch noise is that of i.i.d. sampling within the epoch, V₁ = s²Σw² (no finite-population factor)",
                  kind: .tight, exact: true) { _, m in
                guard let rr = m.engine[.randomReshuffling] else { return .inconclusive("missing") }
                return .exact(measured: rr.square, .equal, predicted: m.rrWithoutFinitePopulationCorrection)
            },
        ]
    }
}
