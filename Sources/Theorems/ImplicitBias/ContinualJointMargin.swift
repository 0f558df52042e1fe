import ExactMath
import FloatMath
import Optimizers

extension Citation {
    /// H. Jung, H. Cho, C. Yun, "Convergence and Implicit Bias of Gradient Descent on
    /// Continual Linear Classification", ICLR 2025.
    public static let jungChoYun2025 = Citation(
        authors: ["Hyunji Jung", "Hanseul Cho", "Chulhee Yun"],
        title: "Convergence and Implicit Bias of Gradient Descent on Continual Linear Classification",
        venue: "International Conference on Learning Representations (ICLR)", year: 2025, arxiv: "2504.12712", bibtexKey: "jung2025convergence", entryType: "inproceedings")
}

/// Cyclic continual GD — a fixed number of GD steps per task, tasks visited in cyclic order —
/// on jointly separable tasks converges in direction to the **joint** ℓ2 max-margin
/// classifier, not to any single task's (Jung–Cho–Yun, ICLR 2025, main result for cyclic
/// order; implicit-bias note check C11). The claim is asymptotic, so no finite budget
/// refutes it by a shortfall: the check races the joint ŵ₂ against the nearest task's ŵ₂
/// (``LimitEvidence``, on the direction errors of the iterate and of the increment
/// w_J − w_{J/10}), doubling the number of cycles while undecided. See Proofs/jung-cho-yun-2025/continual-joint-l2-margin.md.
public struct ContinualJointMargin: Theorem {
    public struct Instance: Sendable {
        public let joint: MarginInstance
        /// Row indices of each task, and each task's exact ℓ2 max-margin vector.
        public let tasks: [[Int]]
        public let taskDirections: [[Rational]]
        public let cycles: Int
        /// How many times an undecided run's number of cycles is doubled.
        public let doublings: Int
        public let stepsPerTask: Int
        /// η = 1/max_k β_k with β_k = σ_max(Z_k)²/(4n_k) the smoothness of task k's mean logistic loss.
        public let step: Double
    }

    public struct Measurement: Sendable {
        public let gaps: MarginGaps
        /// ‖u − ŵ/‖ŵ‖‖ to the joint ŵ₂ and to each task's ŵ₂^{(k)}.
        public let jointError: Double
        public let taskErrors: [Double]
        /// ‖ŵ/‖ŵ‖ − ŵ^{(k)}/‖ŵ^{(k)}‖‖ between the joint and each task's ŵ₂ (the normalization).
        public let taskSeparations: [Double]
        /// The same direction errors for the increment w_J − w_{J/10} (a second witness).
        public let incrementJointError: Double
        public let incrementTaskErrors: [Double]
        /// The numbers of cycles run; the errors are those of the last one.
        public internal(set) var budgets: [Int] = []

        /// The joint ŵ₂ against the task whose ŵ₂ the iterate is nearest to (so a decision for
        /// the joint limit is one against every task): the ratio is e_joint/min_k e_k.
        public var evidence: LimitEvidence {
            let k = taskErrors.indices.min { taskErrors[$0] < taskErrors[$1] } ?? 0
            let j = incrementTaskErrors.indices.min { incrementTaskErrors[$0] < incrementTaskErrors[$1] } ?? 0
            return LimitEvidence(claimed: jointError / taskSeparations[k], competitor: taskErrors[k] / taskSeparations[k],
                                 budgets: budgets, incrementClaimed: incrementJointError / taskSeparations[j],
                                 incrementCompetitor: incrementTaskErrors[j] / taskSeparations[j])
        }

        /// The joint ŵ₂ against task k's.
        public func evidence(against k: Int) -> LimitEvidence {
            LimitEvidence(claimed: jointError / taskSeparations[k], competitor: taskErrors[k] / taskSeparations[k], budgets: budgets,
                          incrementClaimed: incrementJointError / taskSeparations[k],
                          incrementCompetitor: incrementTaskErrors[k] / taskSeparations[k])
        }
    }

    public let id = "jung-cho-yun-2025/continual-joint-l2-margin"
    public let family = Family.implicitBias
    public let citation = Citation.jungChoYun2025.at("main theorem, cyclic order (joint ℓ2 max-margin limit)")
    public let provenance = Provenance.paperShape("limit as recalled from Jung–Cho–Yun 2025 (cyclic order), not re-read; the finite-budget criterion (LimitEvidence) is the project's")
    public let statement = "Sequential GD over jointly separable tasks, a fixed number of steps per task in cyclic order, converges in direction to the joint ℓ2 max-margin classifier."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [
            MarginHypotheses.separated(Rational(1, 20)) { $0.joint },
            Hypothesis("each task's ℓ2 max-margin vector differs from the joint one: cos² ≤ 0.97² (exact)") { Self.taskGate($0) },
            Hypothesis("η ≤ 1/smoothness of every task's mean logistic loss") { $0.step > 0 ? nil : "no valid step" },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        Self.instances(seed: seed, scale: scale, taskCount: 2)
    }

    /// G4 instances: G1 draws split into `taskCount` contiguous blocks of rows (tasks), kept
    /// when the separation gate and the exact task gate pass (shared with ``ContinualRandomOrderMargin``).
    static func instances(seed: UInt64, scale: Scale, taskCount: Int) -> [Instance] {
        let cycles = scale.pick(quick: 1000, standard: 1000, thorough: 1000)
        let count = scale.pick(quick: 1, standard: 4, thorough: 8)
        let (n, d) = scale.pick(quick: (10, 4), standard: (20, 10), thorough: (20, 10))
        var out: [Instance] = []
        var index = 0
        // G4: G1 instances split into taskCount blocks, kept when both gates pass (at most 8·count draws).
        while out.count < count && index < 8 * count {
            defer { index += 1 }
            guard let x = MarginInstances.gaussianPlanted(n: n, d: d, separation: Rational(1, 20), seed: seed ^ 0xC011, index: index)
            else { continue }
            let tasks = (0..<taskCount).map { k in Array((k * n / taskCount)..<((k + 1) * n / taskCount)) }
            var directions: [[Rational]] = []
            var beta = 0.0
            for t in tasks {
                let zk = x.z.submatrix(rows: t, columns: Array(0..<d))
                guard let m = try? L2MaxMargin(zk), let sigma = try? spectralNorm(zk.map(\.doubleValue)) else { break }
                directions.append(m.direction)
                beta = max(beta, sigma * sigma / (4 * Double(t.count)))
            }
            guard directions.count == tasks.count else { continue }
            let instance = Instance(joint: x, tasks: tasks, taskDirections: directions, cycles: cycles,
                                    doublings: LimitEvidence.doublings(scale), stepsPerTask: 100,
                                    step: 1 / beta)
            if Self.taskGate(instance) == nil { out.append(instance) }
        }
        return out
    }

    /// nil when every task's ŵ₂ has cos² ≤ 0.97² to the joint ŵ₂ (exact), else why not.
    static func taskGate(_ i: Instance) -> String? {
        let joint = i.joint.l2.direction
        for (k, t) in i.taskDirections.enumerated() {
            let dot = Rational.dot(t, joint)
            let cos2 = dot * dot / (Rational.dot(t, t) * Rational.dot(joint, joint))
            if cos2 > Rational(9409, 10000) { return "task \(k + 1)'s ŵ₂ has cosine > 0.97 to the joint ŵ₂" }
        }
        return nil
    }

    public func summary(of i: Instance) -> String {
        i.joint.summary + ", \(i.tasks.count) tasks, \(i.cycles) cycles × \(i.stepsPerTask) steps, η=\(Quantity.format(i.step))"
    }

    public func measure(_ i: Instance) -> Measurement { Self.measure(i, order: .cyclic) }

    /// Runs continual GD on the instance's tasks in the given order for J cycles, or 2J, 4J, …
    /// while the evidence is undecided (shared with ``ContinualRandomOrderMargin``).
    static func measure(_ i: Instance, order: ContinualGradientDescent.Order) -> Measurement {
        LimitEvidence.extending(from: i.cycles, doublings: i.doublings, budgets: \.budgets, { measure(i, order: order, cycles: $0) },
                                evidence: \.evidence)
    }

    /// Continual GD for `cycles` cycles: the joint gaps at J/10 and J and the direction errors.
    static func measure(_ i: Instance, order: ContinualGradientDescent.Order, cycles: Int) -> Measurement {
        let data = i.tasks.map { i.joint.data.subset($0) }
        let run = ContinualGradientDescent(step: i.step, stepsPerTask: i.stepsPerTask, order: order)
            .run(tasks: data, cycles: cycles, checkpoints: [cycles / 10])
        let w = run.final
        func distance(_ a: [Double], _ target: [Rational]) -> Double {
            let h = target.map(\.doubleValue)
            let hn = pNorm(h, 2), an = pNorm(a, 2)
            return zip(a, h).map { ($0 / an - $1 / hn) * ($0 / an - $1 / hn) }.reduce(0, +).squareRoot()
        }
        let joint = i.joint.l2.direction.map(\.doubleValue)
        // A missing checkpoint (cycles < 10) gives a zero increment, whose NaN errors leave the witness undecided.
        let early = run.snapshots[cycles / 10] ?? w
        let increment = zip(w, early).map { $0 - $1 }
        return Measurement(gaps: MarginGaps(i.joint, run, steps: cycles), jointError: distance(w, i.joint.l2.direction),
                           taskErrors: i.taskDirections.map { distance(w, $0) },
                           taskSeparations: i.taskDirections.map { distance(joint, $0) },
                           incrementJointError: distance(increment, i.joint.l2.direction),
                           incrementTaskErrors: i.taskDirections.map { distance(increment, $0) })
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("continual GD → the joint ŵ₂: e_joint(w_J) ≤ ½·e_k(w_J) for the nearest task k (direction errors; cycles doubled while undecided)", kind: .upperBound, exact: false) { _, m in
            Self.judge(m, note: "")
        }
    }

    /// The claim shared with ``ContinualRandomOrderMargin``, with the numbers in the reason.
    static func judge(_ m: Measurement, note: String) -> Judgement {
        m.evidence.judgement("direction error joint \(Quantity.format(m.jointError)), tasks \(m.taskErrors.map(Quantity.format)), task separations \(m.taskSeparations.map(Quantity.format)); joint ρ₂ = \(Quantity.format(m.gaps.l2)), at J/10 \(Quantity.format(m.gaps.l2Early))" + note)
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("continual GD follows the last task: w_J heads to the last task's ŵ₂ rather than the joint one (same evidence)", kind: .upperBound, exact: false) { _, m in
                m.evidence(against: m.taskErrors.count - 1).competitorJudgement()
            },
        ]
    }
}
