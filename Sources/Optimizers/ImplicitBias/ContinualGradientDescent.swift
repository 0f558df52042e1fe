import Foundation

/// Continual (sequential) gradient descent over tasks: each visit to a task takes a fixed
/// number of GD steps on that task's mean loss; tasks are visited in cyclic order or in a
/// seeded random order per cycle (Jung–Cho–Yun, ICLR 2025: on jointly separable tasks the
/// iterate converges in direction to the joint ℓ2 max-margin classifier).
public struct ContinualGradientDescent: Sendable {
    public enum Order: Sendable, Hashable {
        case cyclic
        /// A fresh permutation of the tasks per cycle from this seed.
        case random(seed: UInt64)
    }

    public var step: Double
    public var stepsPerTask: Int
    public var order: Order
    public var loss: MarginLoss

    public init(step: Double, stepsPerTask: Int, order: Order, loss: MarginLoss = .logistic) {
        self.step = step
        self.stepsPerTask = stepsPerTask
        self.order = order
        self.loss = loss
    }

    /// Runs `cycles` cycles over `tasks` (each a subset of rows of the joint data),
    /// recording the iterate after each cycle in `checkpoints` (cycle counts).
    public func run(tasks: [SeparableData], cycles: Int, checkpoints: [Int] = []) -> MarginRun {
        let d = tasks.first?.dimension ?? 0
        let gd = GradientDescentClassifier(step: step, loss: loss)
        var w = [Double](repeating: 0, count: d)
        var snaps: [Int: [Double]] = [:]
        let marks = Set(checkpoints)
        var rng: SeededGenerator? = nil
        if case .random(let seed) = order { rng = SeededGenerator(seed: seed) }
        for cycle in 1...max(cycles, 1) where cycles > 0 {
            var visit = Array(tasks.indices)
            if rng != nil {
                for i in stride(from: visit.count - 1, to: 0, by: -1) {
                    let j = rng!.int(below: i + 1)
                    visit.swapAt(i, j)
                }
            }
            for k in visit { w = gd.run(tasks[k], steps: stepsPerTask, start: w).final }
            if marks.contains(cycle) { snaps[cycle] = w }
        }
        return MarginRun(snapshots: snaps, final: w)
    }
}
