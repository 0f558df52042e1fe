import ExactMath
import FloatMath
import Optimizers

/// On the one-dimensional equal-curvature sum fᵢ(x) = (a/2)(x − cᵢ)², Σcᵢ = 0, the exact
/// expected squared error of RR, SS, with-replacement SGD and IGD after K epochs equals the
/// closed forms of note §3.1 (epoch variance V₁ = (ns²/(n−1))[(1−q)(1−q²ⁿ)/(1+q) − (1−qⁿ)²/n]).
///
/// The setting is that of Safran–Shamir (COLT 2020), whose matching upper bounds are proved
/// for univariate quadratics (abstract); the closed forms themselves are [DERIVED] in
/// Proofs/safran-shamir-2020/univariate-closed-forms.md and decided here exactly against
/// enumeration over all n! permutations, exact moment propagation and the IGD orbit.
public struct UnivariateClosedForms: Theorem {
    public typealias Instance = ScalarShufflingInstance

    /// Engine values and closed forms, per scheme: (E x_K, E x_K²).
    public struct Measurement: Sendable {
        public let engine: [ShufflingScheme: (mean: Rational, square: Rational)]
        public let closed: [ShufflingScheme: (mean: Rational, square: Rational)]
        /// RR's closed form with the with-replacement epoch variance s²Σw² (no n/(n−1) correction).
        public let rrWithoutFinitePopulationCorrection: Rational
    }

    public let id = "safran-shamir-2020/univariate-closed-forms"
    public let family = Family.shuffling
    public let citation = Citation.safranShamir2020.at("univariate quadratic setting (closed forms [DERIVED], note §3.1)")
    public let statement = "On fᵢ(x) = (a/2)(x − cᵢ)² with Σcᵢ = 0 and 0 < γa ≤ 1, the exact E[x_K] and E[x_K²] of RR, SS, with-replacement SGD and IGD equal the closed forms in q = 1 − γa (V₁ with the finite-population factor n/(n−1))."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("Σcᵢ = 0") { Rational.sum($0.offsets).isZero ? nil : "Σcᵢ = \(Rational.sum($0.offsets))" },
            Hypothesis("0 < γa ≤ 1, a > 0, n ≥ 2") { i in
                let ga = i.step * i.curvature
                return i.curvature > 0 && ga > 0 && ga <= 1 && i.offsets.count >= 2 ? nil : "γa = \(ga), n = \(i.offsets.count)"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let count = scale.pick(quick: 6, standard: 16, thorough: 40)
        let maxN = scale.pick(quick: 5, standard: 6, thorough: 7)
        return (0..<count).map { i in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(i))
            return ScalarShufflingInstance.random(n: rng.int(in: 2...maxN), epochs: 1 + i % 3, using: &rng)
        }
    }

    public func summary(of instance: Instance) -> String { instance.summary }

    public func measure(_ instance: Instance) throws -> Measurement {
        let engine = try ExactShuffling(problem: instance.problem, step: instance.step)
        let closedForm = instance.closedForm
        var e: [ShufflingScheme: (mean: Rational, square: Rational)] = [:]
        var c: [ShufflingScheme: (mean: Rational, square: Rational)] = [:]
        for scheme in ShufflingScheme.allCases {
            let x = try engine.expectation(scheme, from: Vector([instance.start]), epochs: instance.epochs)
            e[scheme] = (x.mean[0], x.expectedSquaredDistance)
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
        return Measurement(engine: e, closed: c, rrWithoutFinitePopulationCorrection: wrong)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("E[x_K] and E[x_K²] by enumeration/moment propagation = the §3.1 closed forms, for RR, SS, SGD and IGD, exactly",
              kind: .tight, exact: true) { _, m in
            let order: [ShufflingScheme] = [.randomReshuffling, .singleShuffle, .withReplacement, .incremental]
            var parts: [(String, Judgement)] = []
            for s in order {
                guard let e = m.engine[s], let c = m.closed[s] else { return .inconclusive("missing scheme \(s)") }
                parts.append(("E x_K² (\(s.rawValue))", .exact(measured: e.square, .equal, predicted: c.square)))
                parts.append(("E x_K (\(s.rawValue))", .exact(measured: e.mean, .equal, predicted: c.mean)))
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
