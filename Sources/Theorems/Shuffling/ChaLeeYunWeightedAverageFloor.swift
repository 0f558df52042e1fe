import ExactMath
import FloatMath
import Optimizers

/// A weighted-average lower bound for random reshuffling, κ-dependent, decided exactly — the
/// project's own stand-in for Cha–Lee–Yun (ICML 2023, arXiv 2303.07160), whose
/// constructions and constants could not be read; the paper is cited only for the shape its
/// abstract confirms (lower bounds for arbitrary weighted-average iterates of RR, with the
/// condition number κ, and arbitrary permutations doing better than RR).
///
/// Construction (the Safran–Shamir 2021 RR instance, with its initialisation): n = 2p
/// components on (x, y); p components (μ/2)x² − (G/2)y and p components
/// (μ/2)x² + (L/2)y² + (G/2)y, so F = (μ/2)x² + (L/4)y², x* = 0, κ = L/μ with 2μ ≤ L;
/// x₀ = (−G/(2μ), −G/(2L)). For every step 0 < η ≤ 1/L, every K and every weighting
/// x̂ = Σₖ αₖ x_k (αₖ ≥ 0, Σαₖ = 1) of the epoch-end iterates x_0, …, x_K:
///
///   E_RR[F(x̂) − F*] ≥ B(η) = (μ/2)(G/(2μ))²(1 − ημ)^{2nK} + (L/4)·ȳ(η)²,
///   ȳ(η) = −G/(2(p+1)L) · (1 − p t r^p/(1 − r^p)), t = ηL, r = 1 − t,
///
/// and, when K ≥ (n+2)κ/(2n), B(η) ≥ R = 9κG²/(1024 μ n² K²) at every such step.
/// Proofs/cha-lee-yun-2023/rr-weighted-average-bias-floor.md gives the argument (RR's mean
/// recursion at epoch boundaries has the fixed point ȳ ≠ x*; x₀ lies beyond it, so every
/// E y_k stays beyond ȳ; Jensen).
public struct ChaLeeYunWeightedAverageFloor: Theorem {
    /// Where a step lies in the proof's case split.
    public enum StepRegime: String, Sendable {
        /// η ≤ 1/(μnK): the slow x-coordinate keeps (μ/2)x̂² ≥ μD²/32.
        case tooSmall = "η ≤ 1/(μnK)"
        /// 1/(μnK) < η ≤ 1/((p+1)L): |ȳ| ≥ 3ηG/16.
        case moderate = "1/(μnK) < η ≤ 1/((p+1)L)"
        /// 1/((p+1)L) < η ≤ 1/L: |ȳ| ≥ 3G/(16(p+1)L).
        case large = "1/((p+1)L) < η ≤ 1/L"
    }

    public struct Instance: Sendable {
        /// n = 2p components.
        public let n: Int
        public let mu: Rational
        /// The component smoothness L (curvature of the "minus" components in y).
        public let smoothness: Rational
        public let g: Rational
        public let epochs: Int
        public let step: Rational
        public let regime: StepRegime

        /// κ = L/μ.
        public var kappa: Rational { smoothness / mu }
        /// The Safran–Shamir initialisation (−G/(2μ), −G/(2L)).
        public var start: (x: Rational, y: Rational) { (-g / (2 * mu), -g / (2 * smoothness)) }
        /// The y-coordinate as a two-class scalar chain: p steps y ↦ y + ηG/2, p steps y ↦ (1 − ηL)y − ηG/2.
        public func yChain() throws -> TwoClassScalarShuffling<Rational> {
            try TwoClassScalarShuffling(countA: n / 2, alphaA: 1, betaA: step * g / 2,
                                        countB: n / 2, alphaB: 1 - step * smoothness, betaB: -step * g / 2)
        }
        /// The same sum as a general quadratic finite sum (plus components first, then minus).
        public var finiteSum: QuadraticFiniteSum<Rational> {
            SafranShamirConstruction(n: n, lambda: 1, lambdaMax: 1, g: 1)
                .finiteSum(lambda: mu, lambdaMax: smoothness, g: g)
        }
        /// The corollary's epoch threshold (n+2)κ/(2n).
        public var epochThreshold: Rational { Rational(n + 2) * kappa / Rational(2 * n) }
        /// R = 9κG²/(1024 μ n² K²).
        public var rate: Rational {
            9 * kappa * g * g / (1024 * mu * Rational(n * n) * Rational(epochs * epochs))
        }
    }

    public struct Measurement: Sendable {
        /// ȳ from the engine's moment recursion, E v/(1 − m).
        public let stationaryMean: Rational
        /// ȳ from the closed form.
        public let stationaryMeanClosedForm: Rational
        /// E y_K under RR and under SS (the method under test's two-class chain): equal, since a
        /// single arrangement has the same E v and both means follow E y ↦ m·E y + E v.
        public let reshufflingMean: Rational
        public let singleShuffleMean: Rational
        /// min over k = 0…K of E y_k / ȳ (≥ 1 iff every E y_k lies beyond ȳ on ȳ's side).
        public let meanRatio: Rational
        /// E_RR[F(x̂) − F*] for x̂ = x_K, the uniform average of x_0…x_K, and the tail average of x_⌈K/2⌉…x_K.
        public let finalError: Rational
        public let uniformError: Rational
        public let tailError: Rational
        /// B(η).
        public let floor: Rational
        /// IGD in the balanced order (−, +, −, +, …): F(x_K) − F* and the tail average's.
        public let balancedFinalError: Rational
        public let balancedTailError: Rational
    }

    public let id = "cha-lee-yun-2023/rr-weighted-average-bias-floor"
    public let family = Family.shuffling
    public let citation = Citation.chaLeeYun2023.at("weighted-average RR lower bounds with κ (abstract)")
    public let provenance = Provenance.derived("construction, bound and constants are the project's (Proofs/cha-lee-yun-2023/rr-weighted-average-bias-floor.md); only the abstract's shape is the paper's: lower bounds for arbitrary weighted averages of RR iterates, κ-dependent, and permutation choices that do better")
    public let statement = "On the two-class construction (n = 2p, κ = L/μ ≥ 2) with the Safran–Shamir start, for every step 0 < η ≤ 1/L and every weighting of the epoch-end iterates, E_RR[F(x̂) − F*] ≥ (μ/2)(G/2μ)²(1−ημ)^{2nK} + (L/4)ȳ(η)², which is ≥ 9κG²/(1024μn²K²) once K ≥ (n+2)κ/(2n)."

    public let methods: any ShufflingMethods

    public init(methods: any ShufflingMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("n = 2p even, n ≥ 2; 0 < 2μ ≤ L; G > 0") { i in
                guard i.n >= 2, i.n % 2 == 0 else { return "n = \(i.n) is not an even number ≥ 2" }
                guard i.mu > 0, 2 * i.mu <= i.smoothness else { return "need 0 < 2μ ≤ L (μ = \(i.mu), L = \(i.smoothness))" }
                return i.g > 0 ? nil : "G = \(i.g) is not positive"
            },
            Hypothesis("0 < η ≤ 1/L (constant step)") { i in
                i.step > 0 && i.step * i.smoothness <= 1 ? nil : "η = \(i.step) is outside (0, 1/L]"
            },
            Hypothesis("K ≥ (n+2)κ/(2n) and nK ≥ 2") { i in
                guard i.n * i.epochs >= 2 else { return "nK < 2" }
                return Rational(i.epochs) >= i.epochThreshold ? nil : "K = \(i.epochs) < (n+2)κ/(2n) = \(i.epochThreshold)"
            },
        ]
    }

    /// Per (n, κ, K): a grid of rational steps across the three cases of the step-size split.
    /// μ ∈ {1/2, 1, 2} and G ∈ {1, 2, 3} are drawn from the seed; L = κμ.
    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let shapes: [(n: Int, kappa: Int)] = scale.pick(quick: [(4, 4), (6, 8)],
                                                          standard: [(4, 8), (6, 16), (8, 32)],
                                                          thorough: [(4, 8), (6, 16), (8, 32), (10, 32), (12, 16)])
        // The cost grows about like K³ (rationals whose size grows with K, O(K) sums), so the
        // longest runs are kept for the thorough scale.
        let multipliers = scale.pick(quick: [1, 2], standard: [1, 2], thorough: [1, 2, 3])
        var out: [Instance] = []
        for (index, shape) in shapes.enumerated() {
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(index))
            let mu = [Rational(1, 2), Rational(1), Rational(2)][rng.int(in: 0...2)]
            let g = Rational(rng.int(in: 1...3))
            let l = Rational(shape.kappa) * mu
            let k0 = Int((Rational(shape.n + 2) * Rational(shape.kappa) / Rational(2 * shape.n)).ceiling)
            for mult in multipliers {
                let k = k0 * mult
                for (eta, regime) in Self.stepGrid(n: shape.n, mu: mu, smoothness: l, epochs: k) {
                    out.append(Instance(n: shape.n, mu: mu, smoothness: l, g: g, epochs: k, step: eta, regime: regime))
                }
            }
        }
        // The grid is deterministic given the draws; every cell is checked against the hypotheses.
        return try InstanceSearch.draw(count: out.count, maxAttempts: out.count, hypotheses: hypotheses) { .accept(out[$0]) }
    }

    /// Two steps in the first case, up to three in the second (when it is non-empty), two in the third.
    static func stepGrid(n: Int, mu: Rational, smoothness l: Rational, epochs k: Int) -> [(Rational, StepRegime)] {
        let lo = 1 / (mu * Rational(n * k))            // 1/(μnK)
        let mid = 1 / (Rational(n / 2 + 1) * l)         // 1/((p+1)L)
        let hi = 1 / l                                   // 1/L
        var grid: [(Rational, StepRegime)] = [(lo / 2, .tooSmall), (lo, .tooSmall)]
        if lo < mid {
            grid += [((3 * lo + mid) / 4, .moderate), ((lo + mid) / 2, .moderate), (mid, .moderate)]
        }
        grid += [((max(lo, mid) + hi) / 2, .large), (hi, .large)]
        return grid
    }


    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("n", i.n), .int("d", 2), .int("K", i.epochs), .exact("μ", i.mu), .exact("L", i.smoothness), .exact("κ", i.kappa),
         .exact("G", i.g), .exact("η", i.step), .text("step regime", i.regime.rawValue), .text("schemes", "rr, igd")]
    }

    public func summary(of i: Instance) -> String {
        "n=\(i.n), μ=\(i.mu), L=\(i.smoothness) (κ=\(i.kappa)), G=\(i.g), K=\(i.epochs), η=\(i.step) [\(i.regime.rawValue)]"
    }

    public func measure(_ i: Instance) throws -> Measurement {
        guard i.n >= 2, i.n % 2 == 0, i.epochs >= 1 else { throw BiasFloorError.badShape(n: i.n, epochs: i.epochs) }
        let chain = try i.yChain()
        guard let ybar = chain.reshufflingStationaryMean, ybar != 0 else {
            throw BiasFloorError.noStationaryBias(step: i.step, smoothness: i.smoothness)
        }
        let p = i.n / 2, t = i.step * i.smoothness, r = 1 - t
        let rp = r.power(p)
        let closed = -i.g / (2 * Rational(p + 1) * i.smoothness) * (1 - Rational(p) * t * rp / (1 - rp))
        let (x0, y0) = i.start
        let k = i.epochs
        let moments = try methods.twoClassEpochMoments(.randomReshuffling, chain, from: y0, epochs: k)
        guard moments.count == k + 1 else { throw ShufflingError.dimensionMismatch(expected: k + 1, got: moments.count) }
        let meanRatio = moments.map { $0.mean / ybar }.min() ?? 0
        // The x-coordinate is deterministic: x_k = x₀ ρ^k, ρ = (1 − ημ)^n.
        let rho = (1 - i.step * i.mu).power(i.n)
        var xs = [x0]
        for _ in 0..<k { xs.append(xs[xs.count - 1] * rho) }
        func error(_ w: [Rational]) throws -> Rational {
            let xhat = Rational.sum(zip(w, xs).map { $0 * $1 })
            let y = try chain.reshufflingWeightedAverageMoments(weights: w, epochMoments: moments)
            return i.mu / 2 * xhat * xhat + i.smoothness / 4 * y.square
        }
        let weights = Self.weights(epochs: k)
        let floor = i.mu / 2 * x0 * x0 * rho.power(2 * k) + i.smoothness / 4 * ybar * ybar
        // IGD in the balanced order (−, +, −, +, …): the method's one-epoch IGD on the sum reordered so, read
        // off as an affine map e ↦ Me + v from three starts (0, e₁, e₂; x* = 0, so errors are iterates), then iterated.
        let balanced = try i.finiteSum.reordered((0..<p).flatMap { [p + $0, $0] })
        func epoch(_ x: Vector<Rational>) throws -> Vector<Rational> {
            try methods.expectation(.incremental, problem: balanced, step: i.step, from: x, epochs: 1).mean
        }
        let v = try epoch(.zero(2))
        let c1 = try epoch(Vector([1, 0])) - v, c2 = try epoch(Vector([0, 1])) - v
        var path = [Vector<Rational>([x0, y0])]
        for _ in 0..<k {
            let e = path[path.count - 1]
            path.append(e[0] * c1 + e[1] * c2 + v)
        }
        let meanHessian = i.finiteSum.meanHessian
        func deterministicError(_ w: [Rational]) -> Rational {
            var e = Vector<Rational>.zero(2)
            for (wk, ek) in zip(w, path) { e = e + wk * ek }
            return e.dot(meanHessian * e) / 2
        }
        let ssMean = try methods.twoClassFinalMoments(.singleShuffle, chain, from: y0, epochs: k).mean
        return Measurement(stationaryMean: ybar, stationaryMeanClosedForm: closed,
                           reshufflingMean: moments[k].mean, singleShuffleMean: ssMean, meanRatio: meanRatio,
                           finalError: try error(weights.final), uniformError: try error(weights.uniform),
                           tailError: try error(weights.tail), floor: floor,
                           balancedFinalError: deterministicError(weights.final),
                           balancedTailError: deterministicError(weights.tail))
    }

    /// The three weightings checked: x_K alone, uniform over x_0…x_K, uniform over x_⌈K/2⌉…x_K.
    static func weights(epochs k: Int) -> (final: [Rational], uniform: [Rational], tail: [Rational]) {
        let final = (0...k).map { $0 == k ? Rational(1) : Rational(0) }
        let uniform = (0...k).map { _ in Rational(1, k + 1) }
        let first = (k + 1) / 2
        let tail = (0...k).map { $0 >= first ? Rational(1, k + 1 - first) : Rational(0) }
        return (final, uniform, tail)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("E_RR[F(x̂) − F*] ≥ B(η) for x_K, the uniform and the tail average (and every E y_k lies beyond ȳ, so every weighting); B(η) ≥ 9κG²/(1024μn²K²); ȳ = closed form; all exact",
              kind: .lowerBound, exact: true) { i, m in
            JudgementConjunction.all([
                ("E_RR[F(x_K) − F*] ≥ B(η)", .exact(measured: m.finalError, .atLeast, predicted: m.floor)),
                ("E_RR[F(tail avg) − F*] ≥ B(η)", .exact(measured: m.tailError, .atLeast, predicted: m.floor)),
                ("E_RR[F(uniform avg) − F*] ≥ B(η)", .exact(measured: m.uniformError, .atLeast, predicted: m.floor)),
                ("min_k E y_k/ȳ ≥ 1", .exact(measured: m.meanRatio, .atLeast, predicted: 1)),
                ("B(η) ≥ 9κG²/(1024μn²K²)", .exact(measured: m.floor, .atLeast, predicted: i.rate)),
                ("ȳ (engine) = closed form", .exact(measured: m.stationaryMean, .equal, predicted: m.stationaryMeanClosedForm)),
                ("E y_K under SS = under RR", .exact(measured: m.singleShuffleMean, .equal, predicted: m.reshufflingMean)),
            ])
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the RR floor binds every permutation-based method: IGD in the balanced order (−,+,−,+,…) also has F(x̂) − F* ≥ B(η) for x̂ = x_K and the tail average",
                  kind: .lowerBound, exact: true) { _, m in
                JudgementConjunction.all([
                    ("IGD(balanced) F(x_K) − F* ≥ B(η)", .exact(measured: m.balancedFinalError, .atLeast, predicted: m.floor)),
                    ("IGD(balanced) F(tail avg) − F* ≥ B(η)", .exact(measured: m.balancedTailError, .atLeast, predicted: m.floor)),
                ])
            },
            Claim("the κ factor removed: RR's final iterate reaches the κ-free rate, E_RR[F(x_K) − F*] ≤ 9G²/(1024μn²K²)",
                  kind: .upperBound, exact: true) { i, m in
                .exact(measured: m.finalError, .atMost, predicted: i.rate / i.kappa)
            },
            Claim("RR is unbiased at epoch boundaries, as with-replacement SGD's mean recursion is: ȳ = 0",
                  kind: .tight, exact: true) { _, m in
                .exact(measured: m.stationaryMean, .equal, predicted: 0)
            },
        ]
    }
}

/// Why the bias floor cannot be measured on an instance (only reachable when the hypotheses fail).
public enum BiasFloorError: Error, Equatable, CustomStringConvertible {
    /// ηL = 0 (no contraction, so no fixed point) or ȳ = 0 (G = 0).
    case noStationaryBias(step: Rational, smoothness: Rational)
    /// n is not an even number ≥ 2, or K < 1.
    case badShape(n: Int, epochs: Int)

    public var description: String {
        switch self {
        case let .noStationaryBias(step, smoothness):
            "the RR mean recursion has no non-zero fixed point at η = \(step), L = \(smoothness); use 0 < η ≤ 1/L and G > 0"
        case let .badShape(n, epochs):
            "the construction needs an even n ≥ 2 and K ≥ 1 (got n = \(n), K = \(epochs))"
        }
    }
}
