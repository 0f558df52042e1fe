import ExactMath
import FloatMath
import Optimizers

/// Beyond exact enumeration (n = 16 … 256), seeded Float64 Monte Carlo of RR, SS and
/// with-replacement SGD on the 1-D equal-curvature sum agrees with the exact closed forms of
/// Proofs/safran-shamir-2020/univariate-closed-forms.md (Safran–Shamir COLT 2020 univariate
/// setting), within the empirical Bernstein bound of Maurer–Pontil (2009, Theorem 4) at
/// confidence 1 − 10⁻⁷ per comparison: a rigorous, distribution-free interval (x_K² lies in
/// [0, B²], B = max(|x₀|, maxᵢ|cᵢ|), because every step is a convex combination). The same
/// runs refute the false variant that RR's error is SGD's. See
/// Proofs/safran-shamir-2020/univariate-monte-carlo.md.
public struct UnivariateMonteCarlo: Theorem {
    public struct Instance: Sendable {
        public let problem: ScalarShufflingInstance
        public let trajectories: Int
        public let seed: UInt64
        /// B² = max(x₀², maxᵢ cᵢ²), an upper bound on every x_K².
        public let range: Double
        /// Whether the trajectory count was chosen so that the RR–SGD gap exceeds three
        /// half-widths of the bound (the instance that must refute the false variant).
        public let resolvesSGDGap: Bool
    }

    public struct Measurement: Sendable {
        public let samples: [ShufflingScheme: SampleSummary]
        /// Exact closed forms (rounded once to Float64) per scheme.
        public let exact: [ShufflingScheme: Double]
    }

    /// IGD is deterministic: its samples are all equal (variance 0), which checks the Monte
    /// Carlo's fixed-order loop against the closed form at the cost of the bound's range term.
    static let schemes: [ShufflingScheme] = [.randomReshuffling, .singleShuffle, .withReplacement, .incremental]
    /// δ, the probability per comparison that the bound fails for a correct implementation.
    static let falseAlarm = 1e-7

    public let id = "safran-shamir-2020/univariate-monte-carlo"
    public let family = Family.shuffling
    public let citation = Citation.safranShamir2020.at("univariate quadratic setting, by Monte Carlo beyond enumeration")
    public let provenance = Provenance.derived("closed forms and the Monte Carlo criterion (empirical Bernstein bound, Maurer–Pontil 2009, Theorem 4) in Proofs/safran-shamir-2020/univariate-monte-carlo.md; the paper is cited for the univariate setting")
    public let statement = "For n from 16 to 256, seeded Monte Carlo estimates of E[x_K²] for RR, SS, SGD and IGD on fᵢ = (a/2)(x − cᵢ)² lie within the empirical Bernstein bound (confidence 1 − 10⁻⁷ per comparison) of the exact closed forms."

    public let methods: any ShufflingMethods

    public init(methods: any ShufflingMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("Σcᵢ = 0, 0 < γa ≤ 1, n ≥ 2") { i in UnivariateClosedForms.univariateHypotheses.lazy.compactMap { $0.check(i.problem) }.first }]
    }

    /// Half-width of the two-sided empirical Bernstein interval for the mean of N i.i.d. values
    /// in [0, R] with unbiased sample variance V: √(2V·ln(4/δ)/N) + 7R·ln(4/δ)/(3(N − 1)).
    static func halfWidth(variance v: Double, count n: Int, range r: Double) -> Double {
        let l = deterministicLog(4 / falseAlarm)
        return (2 * v * l / Double(n)).squareRoot() + 7 * r * l / (3 * Double(n - 1))
    }

    /// The fewest trajectories (growing by 25 %) whose half-width, with the variance bound
    /// Var(x_K²) ≤ B²·E[x_K²], is at most gap/3; nil beyond `cap`.
    static func trajectoriesResolving(gap: Double, mean: Double, range: Double, floor: Int, cap: Int) -> Int? {
        var n = floor
        while halfWidth(variance: range * mean, count: n, range: range) > gap / 3 {
            guard n < cap else { return nil }
            n = min(cap, n + (n + 3) / 4)
        }
        return n
    }

    /// n = 16 with γa ∈ [1/8, 1/4] (trajectories sized to resolve the RR–SGD gap), then
    /// n = 64 (and 256 at standard and thorough) at a fixed trajectory count. Offsets come in
    /// ± pairs of magnitudes ½ … 2 (Σcᵢ = 0 exactly), x₀ ∈ {−2, …, 2}.
    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let ns = scale.pick(quick: [16, 64], standard: [16, 64, 256], thorough: [16, 64, 256, 256])
        let floor = scale.pick(quick: 2_000, standard: 8_000, thorough: 20_000)
        let cap = scale.pick(quick: 60_000, standard: 120_000, thorough: 240_000)
        var out: [Instance] = []
        for (slot, n) in ns.enumerated() {
            let resolving = slot == 0
            let drawn = try InstanceSearch.draw(count: 1, maxAttempts: 8, hypotheses: hypotheses) { attempt in
                var rng = SeededGenerator.stream(seed: seed, index: UInt64(slot * 1_000 + attempt))
                let magnitudes = (0..<(n / 2)).map { _ in Rational(rng.int(in: 1...4), 2) }
                let offsets = magnitudes.flatMap { [$0, -$0] }
                let a = Rational(rng.int(in: 1...2))
                let ga = resolving ? Rational(rng.int(in: 2...4), 16) : Rational(rng.int(in: 1...8), 64)
                let x0 = Rational(rng.int(in: -2...2))
                let p = ScalarShufflingInstance(curvature: a, offsets: offsets, step: ga / a, start: x0, epochs: rng.int(in: 1...4))
                let range = max(x0 * x0, magnitudes.map { $0 * $0 }.max() ?? 0).doubleValue * (1 + 1e-12)
                var trajectories = floor
                if resolving {
                    let cf = p.closedForm
                    let rr = cf.expectedSquare(.randomReshuffling, from: x0, epochs: p.epochs).doubleValue
                    let sgd = cf.expectedSquare(.withReplacement, from: x0, epochs: p.epochs).doubleValue
                    guard let t = Self.trajectoriesResolving(gap: sgd - rr, mean: rr, range: range, floor: floor, cap: cap) else {
                        return .reject("the RR–SGD gap is below what \(cap) trajectories resolve")
                    }
                    trajectories = t
                }
                return .accept(Instance(problem: p, trajectories: trajectories, seed: rng.next(), range: range, resolvesSGDGap: resolving))
            }
            out += drawn
        }
        return out
    }

    public func summary(of i: Instance) -> String {
        let p = i.problem
        return "1-D n=\(p.offsets.count), a=\(p.curvature), γ=\(p.step), x₀=\(p.start), K=\(p.epochs), \(i.trajectories) trajectories, x_K² ≤ B² = \(Quantity.format(i.range))"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        UnivariateClosedForms.parameters(i.problem) + [.int("trajectories", i.trajectories), .float("B²", i.range), .text("schemes", "rr, ss, sgd, igd")]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let p = i.problem
        var samples: [ShufflingScheme: SampleSummary] = [:], exact: [ShufflingScheme: Double] = [:]
        for (k, s) in Self.schemes.enumerated() {
            samples[s] = try methods.monteCarloSquaredError(s, curvature: p.curvature.doubleValue, offsets: p.offsets.map(\.doubleValue),
                                                            step: p.step.doubleValue, from: p.start.doubleValue, epochs: p.epochs,
                                                            trajectories: i.trajectories, seed: i.seed &+ UInt64(k))
            exact[s] = p.closedForm.expectedSquare(s, from: p.start, epochs: p.epochs).doubleValue
        }
        return Measurement(samples: samples, exact: exact)
    }

    static func within(_ s: SampleSummary, _ exact: Double, range: Double, _ label: String) -> Judgement {
        guard s.count >= 2, s.minimum >= 0, s.maximum <= range else {
            return .inconclusive("\(label): \(s.count) samples in [\(s.minimum), \(s.maximum)], outside [0, B² = \(range)] — the bound does not apply")
        }
        let h = halfWidth(variance: s.variance, count: s.count, range: range)
        return .approximate(measured: s.mean, .equal, predicted: exact, tolerance: h,
                            reason: "\(label): empirical Bernstein half-width of \(s.count) seeded trajectories, δ = 10⁻⁷")
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("|MC mean − exact closed form| ≤ empirical Bernstein half-width (δ = 10⁻⁷) for RR, SS, SGD and IGD", kind: .tight, exact: false) { i, m in
            var parts: [(String, Judgement)] = []
            for s in Self.schemes {
                guard let sample = m.samples[s], let e = m.exact[s] else { return .inconclusive("missing \(s)") }
                parts.append((s.rawValue, Self.within(sample, e, range: i.range, s.rawValue)))
            }
            return JudgementConjunction.all(parts)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("RR's expected error equals with-replacement SGD's (MC of RR within the bound of the SGD closed form)", kind: .tight, exact: false) { i, m in
                guard let rr = m.samples[.randomReshuffling], let sgd = m.exact[.withReplacement] else { return .inconclusive("missing") }
                return Self.within(rr, sgd, range: i.range, "RR vs SGD closed form")
            },
        ]
    }
}
