import ExactMath
import FloatMath
import Optimizers

/// Adam with β₁ = β₂ = 0 and ε = 0 is sign gradient descent, step by step: m = g,
/// v = g², so m/√v = g/|g| = sign(g) (and both leave a coordinate with g = 0 alone).
///
/// Kingma–Ba, ICLR 2015, Algorithm 1 with β₁ = β₂ = 0, ε = 0 (bias corrections are 1);
/// the project's derivation. In IEEE-754 binary64 √(fl(g²)) = |g| exactly unless
/// g² under- or overflows, so the two trajectories must agree bitwise. The check runs the
/// project's ``Adam`` and ``SignGradientDescent`` on the same data and schedule and counts
/// the steps at which the iterates differ in any bit (a missing iterate counts as a
/// mismatch); the Adam implementation is a parameter (``AdamRunner``). See
/// Proofs/kingma-ba-2015/adam-zero-betas-is-sign-gd.md.
public struct AdamZeroBetasIsSignGD: Theorem {
    public struct Measurement: Sendable {
        /// Steps t ≤ T at which Adam(0, 0, ε=0) and sign-GD differ (bitwise).
        public let mismatches: Int
        /// The same count for Adam(0.9, 0.999, ε=0) (for the false variant).
        public let momentumMismatches: Int
        public let steps: Int
    }

    public let id = "kingma-ba-2015/adam-zero-betas-is-sign-gd"
    public let family = Family.implicitBias
    public let citation = Citation.kingmaBa2015.at("Algorithm 1 with β₁ = β₂ = ε = 0")
    public let provenance = Provenance.derived("an algebraic identity of the update rule (Kingma–Ba Algorithm 1 with β₁ = β₂ = ε = 0); the bitwise comparison is the project's")
    public let statement = "Adam with β₁ = β₂ = 0 and ε = 0 takes exactly the sign-GD step w ← w − η_t sign(∇L(w)) at every step."

    let adam: AdamRunner

    /// The check of `adam` (the project's ``Adam`` by default; sign-GD is always the project's).
    public init(adam: AdamRunner = .project) { self.adam = adam }

    public func instances(seed: UInt64, scale: Scale) -> [MarginInstance] {
        ImplicitBiasScale.exactInstances(seed: seed, scale: scale)
    }

    public func summary(of instance: MarginInstance) -> String { instance.summary }

    public func measure(_ x: MarginInstance) -> Measurement {
        let steps = 2000
        let schedule = StepSchedule.inverseSquareRoot(0.1, offset: 2)
        let marks = Array(1...steps)
        let sign = SignGradientDescent(schedule: schedule, loss: .logistic).run(x.data, steps: steps, checkpoints: marks)
        func mismatches(_ b1: Double, _ b2: Double) -> Int {
            let configuration = Adam(schedule: schedule, beta1: b1, beta2: b2, epsilon: 0, mode: .fullBatch, loss: .logistic)
            let run = adam.run(configuration, x.data, steps, marks)
            return marks.filter { t in
                guard let a = run.snapshots[t], let b = sign.snapshots[t], a.count == b.count else { return true }
                return zip(a, b).contains { $0.bitPattern != $1.bitPattern }
            }.count
        }
        return Measurement(mismatches: mismatches(0, 0), momentumMismatches: mismatches(0.9, 0.999), steps: steps)
    }

    public var claim: Claim<MarginInstance, Measurement> {
        Claim("the two trajectories agree bitwise at every step: mismatches = 0", kind: .tight, exact: false) { _, m in
            .exact(measured: Rational(m.mismatches), .equal, predicted: 0,
                   certificate: "\(m.steps) steps compared bit for bit")
        }
    }

    public var falseVariants: [Claim<MarginInstance, Measurement>] {
        [
            Claim("Adam with the default β₁ = 0.9, β₂ = 0.999 (ε = 0) is also sign-GD step by step", kind: .tight, exact: false) { _, m in
                .exact(measured: Rational(m.momentumMismatches), .equal, predicted: 0)
            },
        ]
    }
}
