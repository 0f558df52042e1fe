import FloatMath

/// Gradient descent on a deterministic Float64 objective given by its gradient — the trainer the
/// in-context-learning training checks run (Ahn–Cheng–Daneshmand–Sra, NeurIPS 2023, §4–5 train
/// linear attention on its population loss; the checks do so with exact population gradients).
///
/// A conformance is the method under test: the project's ``ProjectGradientDescent`` is the
/// default, and a researcher's own implementation runs through the same checks unchanged.
public protocol GradientDescentTrainer: Sendable {
    /// Runs θ_{t+1} = θ_t − η ∇f(θ_t) for t = 0, 1, …, `steps` − 1 from θ₀ = `start`.
    ///
    /// `observe(t, θ_t)` is called for every t = 0, 1, …, `steps` (before each step and once after
    /// the last); when it returns `false` the run stops there. Returns the last iterate.
    func descend(from start: [Double], step: Double, steps: Int,
                 gradient: ([Double]) -> [Double],
                 observe: (_ step: Int, _ parameters: [Double]) -> Bool) -> [Double]
}

/// The hyperparameters of an Adam run (Kingma–Ba, ICLR 2015, Algorithm 1): the decay rates β₁, β₂,
/// the ε of the denominator, and a learning rate α_t decaying geometrically from `rate` (t = 0) to
/// `finalRate` (t = `steps` − 1).
public struct AdamSettings: Sendable, Hashable {
    /// α₀ and α_{steps−1} of the geometric schedule.
    public var rate: Double
    public var finalRate: Double
    /// The length of the schedule.
    public var steps: Int
    /// β₁, β₂ and ε of Kingma–Ba's Algorithm 1.
    public var beta1: Double
    public var beta2: Double
    public var epsilon: Double

    public init(rate: Double, finalRate: Double, steps: Int,
                beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-12) {
        self.rate = rate
        self.finalRate = finalRate
        self.steps = steps
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    /// α_t = rate · (finalRate / rate)^{t/(steps − 1)}, with the platform-independent exp and log,
    /// so the schedule is bit-reproducible.
    public func learningRate(at t: Int) -> Double {
        let fraction = steps > 1 ? Double(t) / Double(steps - 1) : 0
        return rate * deterministicExp(fraction * deterministicLog(finalRate / rate))
    }

    /// The same settings over another number of steps (the schedule is stretched to it).
    public func with(steps n: Int) -> AdamSettings {
        var s = self
        s.steps = n
        return s
    }
}

/// Adam on a deterministic Float64 objective given by its gradient (Kingma–Ba, ICLR 2015,
/// Algorithm 1), the optimizer Ahn–Cheng–Daneshmand–Sra train with (NeurIPS 2023, §4–5).
/// The project's ``ProjectAdam`` is the default conformance.
public protocol AdamTrainer: Sendable {
    /// Runs `settings.steps` Adam steps from `start`: with g_t = ∇f(θ_t),
    /// m_t = β₁m_{t−1} + (1 − β₁)g_t, v_t = β₂v_{t−1} + (1 − β₂)g_t², m̂_t = m_t/(1 − β₁^{t+1}),
    /// v̂_t = v_t/(1 − β₂^{t+1}), θ_{t+1} = θ_t − α_t m̂_t/(√v̂_t + ε) coordinatewise (t counted from 0).
    ///
    /// `observe(t, θ_t)` is called for every t = 0, 1, …, `settings.steps`; when it returns `false`
    /// the run stops there. Returns the last iterate.
    func adam(from start: [Double], settings: AdamSettings,
              gradient: ([Double]) -> [Double],
              observe: (_ step: Int, _ parameters: [Double]) -> Bool) -> [Double]
}

/// The project's gradient descent.
public struct ProjectGradientDescent: GradientDescentTrainer {
    public init() {}

    public func descend(from start: [Double], step: Double, steps: Int,
                        gradient: ([Double]) -> [Double],
                        observe: (Int, [Double]) -> Bool) -> [Double] {
        var x = start
        for t in 0..<max(steps, 0) {
            guard observe(t, x) else { return x }
            let g = gradient(x)
            for k in x.indices { x[k] -= step * g[k] }
        }
        _ = observe(max(steps, 0), x)
        return x
    }
}

/// The project's Adam, with both bias corrections (Kingma–Ba, ICLR 2015, Algorithm 1 and §3).
public struct ProjectAdam: AdamTrainer {
    public init() {}

    public func adam(from start: [Double], settings s: AdamSettings,
                     gradient: ([Double]) -> [Double],
                     observe: (Int, [Double]) -> Bool) -> [Double] {
        var x = start
        var m = [Double](repeating: 0, count: x.count), v = m
        var p1 = 1.0, p2 = 1.0
        for t in 0..<max(s.steps, 0) {
            guard observe(t, x) else { return x }
            let g = gradient(x)
            p1 *= s.beta1
            p2 *= s.beta2
            let lr = s.learningRate(at: t)
            for k in x.indices {
                m[k] = s.beta1 * m[k] + (1 - s.beta1) * g[k]
                v[k] = s.beta2 * v[k] + (1 - s.beta2) * g[k] * g[k]
                let mHat = m[k] / (1 - p1), vHat = v[k] / (1 - p2)
                x[k] -= lr * mHat / (vHat.squareRoot() + s.epsilon)
            }
        }
        _ = observe(max(s.steps, 0), x)
        return x
    }
}

extension GradientDescentTrainer {
    /// The run without observation: the iterate after `steps` steps.
    public func descend(from start: [Double], step: Double, steps: Int,
                        gradient: ([Double]) -> [Double]) -> [Double] {
        descend(from: start, step: step, steps: steps, gradient: gradient) { _, _ in true }
    }
}

extension AdamTrainer {
    /// The run without observation: the iterate after `settings.steps` steps.
    public func adam(from start: [Double], settings: AdamSettings, gradient: ([Double]) -> [Double]) -> [Double] {
        adam(from: start, settings: settings, gradient: gradient) { _, _ in true }
    }
}
