import ExactMath
import FloatMath
import Optimizers

/// Continual GD with the tasks visited in a **random** order — a fresh seeded permutation
/// per cycle — on jointly separable tasks converges in direction to the joint ℓ2 max-margin
/// classifier, as in cyclic order (Jung–Cho–Yun, ICLR 2025, the random-order case of the
/// main result; implicit-bias note check C12; decided by ``LimitEvidence`` like the cyclic case). The permutations come from the project's `SeededGenerator`, seeded from the
/// run's seed and the instance index, so a run is reproduced from `--seed`.
/// See Proofs/jung-cho-yun-2025/continual-random-order-joint-l2-margin.md.
public struct ContinualRandomOrderMargin: Theorem {
    /// A G4 instance (three tasks) and the seed of its task order.
    public struct Instance: Sendable {
        public let base: ContinualJointMargin.Instance
        public let orderSeed: UInt64
    }

    /// The C11 measurement plus which task the final cycle visited last.
    public struct Measurement: Sendable {
        public let continual: ContinualJointMargin.Measurement
        /// The index (0-based) of the task visited last in cycle J.
        public let lastTask: Int
        /// Cycles (of J) in which each task was visited last — a diagnostic that the order varies.
        public let lastVisitCounts: [Int]
    }

    /// Number of tasks (three, so that a random order is more than a coin flip per cycle).
    public static let taskCount = 3

    public let id = "jung-cho-yun-2025/continual-random-order-joint-l2-margin"
    public let family = Family.implicitBias
    public let citation = Citation.jungChoYun2025.at("main theorem, random task order (joint ℓ2 max-margin limit)")
    public let provenance = Provenance.paperShape("limit as recalled from Jung–Cho–Yun 2025 (random order), not re-read; the finite-budget criterion (LimitEvidence) is the project's")
    public let statement = "Sequential GD over jointly separable tasks, a fixed number of steps per task, tasks in a fresh random order each cycle, converges in direction to the joint ℓ2 max-margin classifier."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        ContinualJointMargin().hypotheses.map { h in Hypothesis(h.statement) { h.check($0.base) } }
    }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        ContinualJointMargin.instances(seed: seed, scale: scale, taskCount: Self.taskCount).enumerated().map { k, base in
            var rng = SeededGenerator.stream(seed: seed ^ 0xC012, index: UInt64(k))
            return Instance(base: base, orderSeed: rng.next())
        }
    }

    public func summary(of i: Instance) -> String {
        ContinualJointMargin().summary(of: i.base) + ", random order (seed \(i.orderSeed))"
    }

    public func measure(_ i: Instance) -> Measurement {
        let order = ContinualGradientDescent.Order.random(seed: i.orderSeed)
        let visits = ContinualGradientDescent(step: i.base.step, stepsPerTask: i.base.stepsPerTask, order: order)
            .visits(taskCount: i.base.tasks.count, cycles: i.base.cycles)
        var counts = [Int](repeating: 0, count: i.base.tasks.count)
        for v in visits { if let l = v.last { counts[l] += 1 } }
        return Measurement(continual: ContinualJointMargin.measure(i.base, order: order),
                           lastTask: visits.last?.last ?? 0, lastVisitCounts: counts)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("random-order continual GD → the joint ŵ₂: e_joint(w_J) ≤ ½·e_k(w_J) for the nearest task k (direction errors; cycles doubled while undecided)", kind: .upperBound, exact: false) { _, m in
            ContinualJointMargin.judge(m.continual, note: "; last-visited counts \(m.lastVisitCounts)")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("random-order continual GD converges to task 1's ŵ₂ rather than the joint one (same evidence)", kind: .upperBound, exact: false) { _, m in
                m.continual.evidence(against: 0).competitorJudgement()
            },
            Claim("random-order continual GD follows the task visited last: w_J heads to that task's ŵ₂ (same evidence)", kind: .upperBound, exact: false) { _, m in
                m.continual.evidence(against: m.lastTask).competitorJudgement()
            },
        ]
    }
}
