import Foundation

/// Sign gradient descent, w ← w − η_t·sign(∇L(w)): steepest descent with respect to ℓ∞
/// up to the step's scale (Gunasekar–Lee–Soudry–Srebro, ICML 2018, §4: ℓ∞ steepest
/// descent on separable data reaches the ℓ∞ max margin). sign(0) = 0.
public struct SignGradientDescent: Sendable {
    public var schedule: StepSchedule
    public var loss: MarginLoss

    public init(schedule: StepSchedule, loss: MarginLoss = .exponential) {
        self.schedule = schedule
        self.loss = loss
    }

    public func run(_ data: SeparableData, steps: Int, checkpoints: [Int] = []) -> MarginRun {
        var w = [Double](repeating: 0, count: data.dimension)
        var snaps: [Int: [Double]] = [:]
        let marks = Set(checkpoints)
        for t in 0..<steps {
            let (_, g) = loss.gradient(data, w)
            let eta = schedule.at(t)
            for j in w.indices where g[j] != 0 { w[j] -= eta * (g[j] > 0 ? 1 : -1) }
            if marks.contains(t + 1) { snaps[t + 1] = w }
        }
        return MarginRun(snapshots: snaps, final: w)
    }
}

/// Signum (sign momentum), m ← βm + (1−β)g, w ← w − η_t·sign(m), full batch or
/// per-sample (Baek–Song–Yun 2025, Theorem 5.1: incremental Signum → ℓ∞ max margin).
public struct Signum: Sendable {
    public var schedule: StepSchedule
    public var momentum: Double
    public var mode: BatchMode
    public var loss: MarginLoss

    public init(schedule: StepSchedule, momentum: Double, mode: BatchMode, loss: MarginLoss = .exponential) {
        self.schedule = schedule
        self.momentum = momentum
        self.mode = mode
        self.loss = loss
    }

    public func run(_ data: SeparableData, steps: Int, checkpoints: [Int] = []) -> MarginRun {
        var w = [Double](repeating: 0, count: data.dimension)
        var m = LogScaledVector(dimension: data.dimension)
        var snaps: [Int: [Double]] = [:]
        let marks = Set(checkpoints)
        for t in 0..<steps {
            let (s, g) = data.stepGradient(mode, loss: loss, t: t, w)
            m.decayAdd(decay: momentum, weight: 1 - momentum, logScale: s, g)
            let eta = schedule.at(t)
            for j in w.indices where m.vector[j] != 0 { w[j] -= eta * (m.vector[j] > 0 ? 1 : -1) }
            if marks.contains(t + 1) { snaps[t + 1] = w }
        }
        return MarginRun(snapshots: snaps, final: w)
    }
}
