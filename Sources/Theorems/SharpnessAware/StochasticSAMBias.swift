import ExactMath
import FloatMath
import Optimizers

/// Stochastic SAM has an O(ρ²) floor that decaying steps do not remove: on components
/// fᵢ(x) = (a/2)(x − cᵢ)² sampled uniformly, with x* = c̄ between two centres and
/// σ = E[sign(x* − cᵢ)] ≠ 0, the mean SAM direction near x* is a(x − c̄) + aρσ, for the same
/// sample in ascent and descent and for independent samples alike; it is aρσ ≠ 0 at x*, it
/// vanishes at x̄ = x* − ρσ, and f(x̄) − f* = aρ²σ²/2 (Si–Yun 2023, the additive O(ρ²) term of
/// stochastic SAM). Exact: the expectation over the sample(s) of the implementation's own step.
/// See Proofs/si-yun-2023/stochastic-sam-bias.md.
public struct StochasticSAMBias: Theorem {
    public struct Instance: Sendable {
        public let curvature: Rational, centres: [Rational], radius: Rational, step: Rational
        public var optimum: Rational { Rational.sum(centres) / Rational(centres.count) }
        /// σ = E[sign(x* − cᵢ)].
        public var signBalance: Rational { Rational.sum(centres.map { Rational((optimum - $0).signum) }) / Rational(centres.count) }
        public var biasedPoint: Rational { optimum - radius * signBalance }
    }

    public struct Measurement: Sendable {
        /// (x − E[x⁺])/η at x* and at x̄, with the same sample and with independent samples.
        public let driftAtOptimum: (same: Rational, independent: Rational)
        public let driftAtBiasedPoint: (same: Rational, independent: Rational)
        /// f(x̄) − f*.
        public let gap: Rational
    }

    public let id = "si-yun-2023/stochastic-sam-bias"
    public let family = Family.sharpnessAware
    public let citation = Citation.siYun2023.at("stochastic SAM converges only to a neighbourhood: the additive O(ρ²) term (abstract; the example is the project's)")
    public let provenance = Provenance.paperShape(
        "the abstract states that stochastic SAM carries an additive O(ρ²) term that cannot be removed in general; this finite-sum example, its mean field and the constant aρ²σ²/2 are the project's derivation (Proofs document)")
    public let statement = "For fᵢ = (a/2)(x − cᵢ)² sampled uniformly with σ = E[sign(x* − cᵢ)] ≠ 0, the expected SAM step's drift (x − E[x⁺])/η is aρσ ≠ 0 at x* and 0 at x̄ = x* − ρσ, with the same or independent ascent and descent samples; f(x̄) − f* = aρ²σ²/2."

    public let methods: SAMMethods

    public init(methods: SAMMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("a > 0, ρ > 0, η > 0") { i in i.curvature > 0 && i.radius > 0 && i.step > 0 ? nil : "a = \(i.curvature), ρ = \(i.radius)" },
            Hypothesis("x* is no centre and σ ≠ 0") { i in
                !i.centres.contains(i.optimum) && i.signBalance != 0 ? nil : "x* = \(i.optimum), σ = \(i.signBalance)"
            },
            Hypothesis("x̄ lies strictly between the same two centres as x* (the mean field is affine there)") { i in
                let lo = i.centres.filter { $0 < i.optimum }.max(), hi = i.centres.filter { $0 > i.optimum }.min()
                guard let lo, let hi else { return "x* outside the centres" }
                return lo < i.biasedPoint && i.biasedPoint < hi ? nil : "x̄ = \(i.biasedPoint) leaves (\(lo), \(hi))"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 8, thorough: 24)
        let patterns: [[Int]] = [[-1, -1, 2], [-1, -2, 3], [-2, -1, 3], [-1, -1, -1, 3], [1, 1, -2], [-3, 1, 2], [-1, -1, -1, 1, 2]]
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 12, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let pattern = slot == 0 ? patterns[0] : patterns[rng.int(in: 0...(patterns.count - 1))]
            let k = Rational(rng.int(in: 1...3)), shift = Rational(rng.int(in: -4...4), 2)
            let a = Rational(rng.int(in: 1...4))
            let rho = [Rational(1, 10), Rational(1, 5), Rational(3, 10)][rng.int(in: 0...2)]
            return .accept(Instance(curvature: a, centres: pattern.map { k * Rational($0) + shift }, radius: rho,
                                    step: Rational(1, 10 * rng.int(in: 1...5)) / a))
        }
    }

    public func summary(of i: Instance) -> String { "a=\(i.curvature), c=\(i.centres.map(\.description)), ρ=\(i.radius), η=\(i.step), σ=\(i.signBalance)" }
    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.exact("a", i.curvature), .int("n", i.centres.count), .exact("rho", i.radius), .exact("eta", i.step), .exact("sigma", i.signBalance)]
    }

    /// The drift (x − E[x⁺])/η of stochastic SAM at x.
    func drift(_ i: Instance, at x: Rational) throws -> (same: Rational, independent: Rational) {
        let components = i.centres.map { SeparableQuadratic(curvatures: [i.curvature], center: [$0]) }
        let n = Rational(components.count)
        var same: [Rational] = [], independent: [Rational] = []
        for f in components {
            same.append(try methods.sam.step([x], on: f, step: i.step, radius: i.radius)[0])
            for g in components { independent.append(try methods.sam.step([x], ascent: f, descent: g, step: i.step, radius: i.radius)[0]) }
        }
        return ((x - Rational.sum(same) / n) / i.step, (x - Rational.sum(independent) / (n * n)) / i.step)
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let full = SeparableQuadratic(curvatures: [Rational(i.centres.count) * i.curvature], center: [i.optimum])
        let gap = (full.value([i.biasedPoint]) - full.value([i.optimum])) / Rational(i.centres.count)
        return Measurement(driftAtOptimum: try drift(i, at: i.optimum), driftAtBiasedPoint: try drift(i, at: i.biasedPoint), gap: gap)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("drift(x*) = aρσ and drift(x* − ρσ) = 0 for the same and for independent samples; f(x̄) − f* = aρ²σ²/2", kind: .tight, exact: true) { i, m in
            let bias = i.curvature * i.radius * i.signBalance
            return Judgement.allOf([
                .exact(measured: m.driftAtOptimum.same, .equal, predicted: bias, certificate: "same-sample drift at x* exactly"),
                .exact(measured: m.driftAtOptimum.independent, .equal, predicted: bias, certificate: "independent-sample drift at x* exactly"),
                .exact(measured: m.driftAtBiasedPoint.same, .equal, predicted: 0, certificate: "same-sample drift at x̄ exactly"),
                .exact(measured: m.driftAtBiasedPoint.independent, .equal, predicted: 0, certificate: "independent-sample drift at x̄ exactly"),
                .exact(measured: m.gap, .equal, predicted: i.curvature * i.radius * i.radius * i.signBalance * i.signBalance / 2,
                       certificate: "f(x̄) − f* exactly"),
            ])
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("stochastic SAM is unbiased: its mean drift vanishes at x* (so Robbins–Monro steps reach x*)", kind: .tight, exact: true) { _, m in
                .exact(measured: m.driftAtOptimum.same, .equal, predicted: 0, certificate: "same-sample drift at x* exactly")
            },
            Claim("independent ascent and descent samples remove the bias: drift(x*) = 0", kind: .tight, exact: true) { _, m in
                .exact(measured: m.driftAtOptimum.independent, .equal, predicted: 0, certificate: "independent-sample drift at x* exactly")
            },
        ]
    }
}
