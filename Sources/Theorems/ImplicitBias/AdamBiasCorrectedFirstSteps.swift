import ExactMath
import FloatMath
import Optimizers

/// Bias-corrected Adam's first steps in closed form (Kingma–Ba, ICLR 2015, Algorithm 1 with
/// ε = 0, from w₀ = 0): unrolling the moment recursions,
///
///     m̂_t = Σ_{s≤t} (1−β₁)β₁^{t−s} g_s / (1−β₁^{t+1}),  v̂_t = Σ_{s≤t} (1−β₂)β₂^{t−s} g_s² / (1−β₂^{t+1}),
///     w_{t+1} − w_t = −α_t m̂_t/√v̂_t   (coordinatewise, g_s = ∇L(w_s)),
///
/// and at t = 0 the corrections cancel the (1−β) weights exactly: w₁ = −α₀·sign(g₀) for any
/// β₁, β₂ (without them it would be −α₀(1−β₁)/√(1−β₂)·sign(g₀)). The check runs the Adam
/// implementation under test for k = 5 steps at seeded β₁ ∈ [0.3, 0.7), β₂ ∈ [0.95, 0.999),
/// recomputes each step from the gradients at the implementation's own iterates by the
/// closed form, and compares within a Float64 rounding allowance derived in
/// Proofs/kingma-ba-2015/adam-bias-corrected-first-steps.md. Unlike
/// ``AdamZeroBetasIsSignGD`` (β = 0, where the corrections are 1), this sees a bias
/// correction dropped and β₁, β₂ exchanged.
public struct AdamBiasCorrectedFirstSteps: Theorem {
    public struct Instance: Sendable {
        public let margins: MarginInstance
        public let beta1: Double
        public let beta2: Double
    }

    public struct Measurement: Sendable {
        /// maxₜ,ⱼ |Δw_t,j − closed form| / allowance_t,j over the first k steps.
        public let stepRatio: Double
        /// The same ratio against the closed form with β₁ and β₂ exchanged (false variant).
        public let swappedRatio: Double
        /// maxⱼ |w₁,ⱼ + α₀ sign(g₀,ⱼ)| / α₀ (the first-step identity, relative).
        public let firstStepDeviation: Double
        /// maxⱼ |w₁,ⱼ + α₀(1−β₁)/√(1−β₂)·sign(g₀,ⱼ)| / allowance₀,ⱼ (the uncorrected first step, false variant).
        public let uncorrectedRatio: Double
        /// The largest allowance relative to α_t·A_t,j (i.e. the largest κ_t·u).
        public let relativeAllowance: Double
    }

    /// Steps compared.
    public static let steps = 5
    /// The schedule of ``AdamZeroBetasIsSignGD`` and the full-batch Adam check.
    public static let schedule = StepSchedule.inverseSquareRoot(0.1, offset: 2)

    public let id = "kingma-ba-2015/adam-bias-corrected-first-steps"
    public let family = Family.implicitBias
    public let citation = Citation.kingmaBa2015.at("Algorithm 1 (bias-corrected moment estimates), ε = 0")
    public let provenance = Provenance.derived("the unrolled moment recursions and the first-step identity w₁ = −α₀ sign(g₀) are algebra on Kingma–Ba Algorithm 1; the Float64 allowance is the project's")
    public let statement = "Bias-corrected Adam (ε = 0) from w₀ = 0 steps by w_{t+1} − w_t = −α_t m̂_t/√v̂_t with m̂_t, v̂_t the bias-corrected exponential averages of the gradients so far; in particular w₁ = −α₀ sign(∇L(0)) for every β₁, β₂."

    let adam: AdamRunner

    /// The check of `adam` (the project's ``Adam`` by default).
    public init(adam: AdamRunner = .project) { self.adam = adam }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("0 ≤ β₁ < 1, 0 ≤ β₂ < 1") { i in
            (0..<1).contains(i.beta1) && (0..<1).contains(i.beta2) ? nil : "β = (\(i.beta1), \(i.beta2)) outside [0, 1)"
        }]
    }

    /// The exact-check datasets (G1 and G2), each with one seeded β pair.
    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        ImplicitBiasScale.exactInstances(seed: seed, scale: scale).enumerated().map { k, x in
            var rng = SeededGenerator.stream(seed: seed ^ 0xADA, index: UInt64(k))
            let beta1 = rng.uniform(0.3, 0.7)
            let beta2 = rng.uniform(0.95, 0.999)
            return Instance(margins: x, beta1: beta1, beta2: beta2)
        }
    }

    public func summary(of i: Instance) -> String {
        "\(i.margins.summary), β=(\(Quantity.format(i.beta1)), \(Quantity.format(i.beta2)))"
    }

    public func measure(_ i: Instance) -> Measurement {
        let k = Self.steps, data = i.margins.data, d = data.dimension
        let configuration = Adam(schedule: Self.schedule, beta1: i.beta1, beta2: i.beta2, epsilon: 0, mode: .fullBatch, loss: .logistic)
        let run = adam.run(configuration, data, k, Array(1...k))
        let zero = [Double](repeating: 0, count: d)
        let iterates = [zero] + (1...k).map { run.snapshots[$0] ?? [] }
        guard iterates.allSatisfy({ $0.count == d }) else {
            return Measurement(stepRatio: .infinity, swappedRatio: .infinity, firstStepDeviation: .infinity,
                               uncorrectedRatio: .infinity, relativeAllowance: 0)
        }
        let u = Double.ulpOfOne
        var logScales: [Double] = []
        var gradients: [[Double]] = []
        var stepRatio = 0.0, swappedRatio = 0.0, uncorrected = 0.0, firstStep = 0.0, relative = 0.0
        for t in 0..<k {
            let (s, g) = MarginLoss.logistic.gradient(data, iterates[t])
            logScales.append(s)
            gradients.append(g.map { deterministicExp(s) * $0 })
            let alpha = Self.schedule.at(t)
            let kappa = Self.kappa(t: t, beta1: i.beta1, beta2: i.beta2, maxLogScale: logScales.map(abs).max() ?? 0)
            relative = max(relative, kappa * u)
            let exact = Self.closedForm(gradients, beta1: i.beta1, beta2: i.beta2)
            let swapped = Self.closedForm(gradients, beta1: i.beta2, beta2: i.beta1)
            for j in 0..<d {
                let step = iterates[t + 1][j] - iterates[t][j]
                let allowance = alpha * exact.bound[j] * kappa * u + 4 * u * max(abs(iterates[t][j]), abs(iterates[t + 1][j]))
                stepRatio = max(stepRatio, Self.ratio(abs(step + alpha * exact.direction[j]), allowance))
                swappedRatio = max(swappedRatio, Self.ratio(abs(step + alpha * swapped.direction[j]), allowance))
                if t == 0 {
                    let sign = Self.signum(gradients[0][j])
                    firstStep = max(firstStep, abs(step + alpha * sign) / alpha)
                    let plain = (1 - i.beta1) / (1 - i.beta2).squareRoot()
                    uncorrected = max(uncorrected, Self.ratio(abs(step + alpha * plain * sign), allowance))
                }
            }
        }
        return Measurement(stepRatio: stepRatio, swappedRatio: swappedRatio, firstStepDeviation: firstStep,
                           uncorrectedRatio: uncorrected, relativeAllowance: relative)
    }

    /// deviation/allowance, with 0/0 = 0 (a coordinate that neither moves nor should).
    static func ratio(_ deviation: Double, _ allowance: Double) -> Double {
        deviation == 0 ? 0 : (allowance > 0 ? deviation / allowance : .infinity)
    }

    static func signum(_ x: Double) -> Double { x > 0 ? 1 : (x < 0 ? -1 : 0) }

    /// For the last of `gradients` (t = count − 1): m̂_t/√v̂_t and the magnitude
    /// A_t = (Σ_s (1−β₁)β₁^{t−s}|g_s|/(1−β₁^{t+1}))/√v̂_t that bounds its rounding, per coordinate
    /// (both 0 where v̂_t = 0).
    static func closedForm(_ gradients: [[Double]], beta1: Double, beta2: Double) -> (direction: [Double], bound: [Double]) {
        let t = gradients.count - 1, d = gradients.first?.count ?? 0
        let c1 = 1 - beta1.integerPower(t + 1), c2 = 1 - beta2.integerPower(t + 1)
        var direction = [Double](repeating: 0, count: d), bound = [Double](repeating: 0, count: d)
        for j in 0..<d {
            var first = 0.0, magnitude = 0.0, second = 0.0
            for (s, g) in gradients.enumerated() {
                let a = (1 - beta1) * beta1.integerPower(t - s), b = (1 - beta2) * beta2.integerPower(t - s)
                first += a * g[j]
                magnitude += a * abs(g[j])
                second += b * g[j] * g[j]
            }
            guard second > 0 else { continue }
            let root = (second / c2).squareRoot()
            direction[j] = (first / c1) / root
            bound[j] = (magnitude / c1) / root
        }
        return (direction, bound)
    }

    /// κ_t of the allowance α_t·A_t·κ_t·u (Proofs document): 4·(t+1)·(4Λ_t + 16 + 1/(1−β₁^{t+1}) + 1/(1−β₂^{t+1})),
    /// Λ_t = 2·max_{s≤t}|σ_s| + (t+1)(|log β₁| + |log β₂|) + |log(1−β₁)| + |log(1−β₂)| + 1 bounding every
    /// log scale the log-scaled moments form in t+1 steps.
    static func kappa(t: Int, beta1: Double, beta2: Double, maxLogScale: Double) -> Double {
        func logMagnitude(_ x: Double) -> Double { x > 0 ? abs(deterministicLog(x)) : 0 }
        let lambda = 2 * maxLogScale + Double(t + 1) * (logMagnitude(beta1) + logMagnitude(beta2))
            + logMagnitude(1 - beta1) + logMagnitude(1 - beta2) + 1
        let corrections = 1 / (1 - beta1.integerPower(t + 1)) + 1 / (1 - beta2.integerPower(t + 1))
        return 4 * Double(t + 1) * (4 * lambda + 16 + corrections)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("each of the first \(Self.steps) steps equals −α_t m̂_t/√v̂_t (bias-corrected closed form) within the Float64 allowance: ratio ≤ 1", kind: .tight, exact: false) { _, m in
            .approximate(measured: m.stepRatio, .atMost, predicted: 1, tolerance: 0,
                         reason: "first step |w₁ + α₀ sign(g₀)|/α₀ = \(Quantity.format(m.firstStepDeviation)); allowance up to \(Quantity.format(m.relativeAllowance))·α_t·A_t; β exchanged: ratio \(Quantity.format(m.swappedRatio)); uncorrected first step: ratio \(Quantity.format(m.uncorrectedRatio))")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("without bias correction the first step is −α₀(1−β₁)/√(1−β₂)·sign(g₀) (the uncorrected m/√v), within the allowance", kind: .tight, exact: false) { _, m in
                .approximate(measured: m.uncorrectedRatio, .atMost, predicted: 1, tolerance: 0)
            },
            Claim("the steps are those of the closed form with β₁ and β₂ exchanged, within the allowance", kind: .tight, exact: false) { _, m in
                .approximate(measured: m.swappedRatio, .atMost, predicted: 1, tolerance: 0)
            },
        ]
    }
}
