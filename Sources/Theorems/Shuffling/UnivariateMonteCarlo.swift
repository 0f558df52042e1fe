import ExactMath
import FloatMath
import Optimizers

/// Beyond exact enumeration (n up to 256), seeded Float64 Monte Carlo of RR, SS and
/// with-replacement SGD on the 1-D equal-curvature sum agrees with the exact closed forms of
/// note §3.1 within 4 standard errors (Safran–Shamir COLT 2020 univariate setting; closed
/// forms [DERIVED], see Proofs/safran-shamir-2020/univariate-monte-carlo.md). The same runs
/// refute the false variant that RR's error is SGD's.
public struct UnivariateMonteCarlo: Theorem {
    public struct Instance: Sendable {
        public let problem: ScalarShufflingInstance
        public let trajectories: Int
        public let seed: UInt64
    }

    public struct Measurement: Sendable {
        public let samples: [ShufflingScheme: SampleSummary]
        /// Exact closed forms (as Float64) per scheme.
        public let exact: [ShufflingScheme: Double]
    }

    static let schemes: [ShufflingScheme] = [.randomReshuffling, .singleShuffle, .withReplacement]

    public let id = "safran-shamir-2020/univariate-monte-carlo"
    public let family = Family.shuffling
    public let citation = Citation.safranShamir2020.at("univariate quadratic setting (closed forms [DERIVED], note §3.1), Monte Carlo for n beyond enumeration")
    public let statement = "For n up to 256, seeded Monte Carlo estimates of E[x_K²] for RR, SS and SGD on fᵢ = (a/2)(x − cᵢ)² lie within 4 standard errors of the exact closed forms."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("Σcᵢ = 0, 0 < γa ≤ 1") { i in UnivariateClosedForms().hypotheses.lazy.compactMap { $0.check(i.problem) }.first }]
    }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let ns = scale.pick(quick: [16, 64], standard: [16, 64, 256], thorough: [16, 64, 256, 256])
        let trajectories = scale.pick(quick: 10_000, standard: 100_000, thorough: 200_000)
        return ns.enumerated().map { j, n in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(j))
            var p = ScalarShufflingInstance.random(n: n, epochs: rng.int(in: 1...4), using: &rng)
            // Keep the noise visible: γa ≤ 1/4 so the transient does not swamp it.
            if p.step * p.curvature > Rational(1, 4) {
                p = ScalarShufflingInstance(curvature: p.curvature, offsets: p.offsets, step: p.step / 4, start: p.start, epochs: p.epochs)
            }
            return Instance(problem: p, trajectories: trajectories, seed: rng.next())
        }
    }

    public func summary(of i: Instance) -> String {
        let p = i.problem
        return "1-D n=\(p.offsets.count), a=\(p.curvature), γ=\(p.step), x₀=\(p.start), K=\(p.epochs), \(i.trajectories) trajectories"
    }

    public func measure(_ i: Instance) -> Measurement {
        let p = i.problem
        let mc = ScalarShufflingMonteCarlo(curvature: p.curvature.doubleValue, offsets: p.offsets.map(\.doubleValue), step: p.step.doubleValue)
        var samples: [ShufflingScheme: SampleSummary] = [:], exact: [ShufflingScheme: Double] = [:]
        for (k, s) in Self.schemes.enumerated() {
            samples[s] = mc.squaredError(s, from: p.start.doubleValue, epochs: p.epochs, trajectories: i.trajectories,
                                         seed: i.seed &+ UInt64(k))
            exact[s] = p.closedForm.expectedSquare(s, from: p.start, epochs: p.epochs).doubleValue
        }
        return Measurement(samples: samples, exact: exact)
    }

    static func within(_ s: SampleSummary, _ exact: Double, _ label: String) -> Judgement {
        .approximate(measured: s.mean, .equal, predicted: exact, tolerance: 4 * s.standardError,
                     reason: "\(label): 4 standard errors of \(s.count) seeded trajectories")
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("|MC mean − exact closed form| ≤ 4·SE for RR, SS and SGD", kind: .tight, exact: false) { _, m in
            for s in Self.schemes {
                guard let sample = m.samples[s], let e = m.exact[s] else { return .inconclusive("missing \(s)") }
                let j = Self.within(sample, e, s.rawValue)
                if j.outcome != .holds || s == Self.schemes.last { return j }
            }
            return .inconclusive("unreachable")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("RR's expected error equals with-replacement SGD's (MC of RR within 4·SE of the SGD closed form)", kind: .tight, exact: false) { _, m in
                guard let rr = m.samples[.randomReshuffling], let sgd = m.exact[.withReplacement] else { return .inconclusive("missing") }
                return Self.within(rr, sgd, "RR vs SGD closed form")
            },
        ]
    }
}
