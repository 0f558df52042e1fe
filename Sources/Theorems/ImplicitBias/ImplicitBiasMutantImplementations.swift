import FloatMath
import Optimizers

/// Adam with one change to the project's ``Adam`` (the same log-scaled moments, the same
/// gradients): a bias correction dropped, β₁ and β₂ exchanged, or (equivalent) the two
/// corrections folded into the step size α_t = η_t·√(1−β₂ᵗ)/(1−β₁ᵗ), the form Kingma–Ba 2015
/// give after Algorithm 1 ("the order of computation can be changed").
struct AdamVariant: Sendable {
    enum Change: Sendable {
        /// v̂ = v: the 1/(1−β₂ᵗ) correction dropped.
        case noSecondMomentCorrection
        /// m̂ = m: the 1/(1−β₁ᵗ) correction dropped.
        case noFirstMomentCorrection
        /// β₁ and β₂ exchanged (corrections included, with the exchanged betas).
        case swappedBetas
        /// Equivalent for ε = 0: w ← w − α_t·(m/√v), α_t = η_t√(1−β₂ᵗ)/(1−β₁ᵗ).
        case correctionsInStepSize
    }

    let change: Change

    var runner: AdamRunner {
        let variant = self
        return AdamRunner { adam, data, steps, marks in variant.run(adam, data, steps: steps, checkpoints: marks) }
    }

    func run(_ adam: Adam, _ data: SeparableData, steps: Int, checkpoints: [Int]) -> MarginRun {
        let d = data.dimension
        let (beta1, beta2) = change == .swappedBetas ? (adam.beta2, adam.beta1) : (adam.beta1, adam.beta2)
        var w = [Double](repeating: 0, count: d)
        var m = LogScaledVector(dimension: d), v = LogScaledVector(dimension: d)
        var power1 = 1.0, power2 = 1.0
        var snaps: [Int: [Double]] = [:]
        let marks = Set(checkpoints)
        for t in 0..<max(steps, 0) {
            let (s, g) = data.stepGradient(adam.mode, loss: adam.loss, t: t, w)
            m.decayAdd(decay: beta1, weight: 1 - beta1, logScale: s, g)
            v.decayAdd(decay: beta2, weight: 1 - beta2, logScale: 2 * s, g.map { $0 * $0 })
            power1 *= beta1
            power2 *= beta2
            let c1 = change == .noFirstMomentCorrection ? 1 : 1 - power1
            let c2 = change == .noSecondMomentCorrection ? 1 : 1 - power2
            let eta = adam.schedule.at(t)
            if adam.epsilon == 0 {
                let scale = deterministicExp(m.logScale - v.logScale / 2)
                if change == .correctionsInStepSize {
                    let alpha = eta * (c2.squareRoot() / c1)
                    for j in 0..<d where v.vector[j] != 0 { w[j] -= alpha * (scale * (m.vector[j] / v.vector[j].squareRoot())) }
                } else {
                    let c = (c2.squareRoot() / c1) * scale
                    for j in 0..<d where v.vector[j] != 0 { w[j] -= eta * (c * (m.vector[j] / v.vector[j].squareRoot())) }
                }
            } else {
                let mScale = deterministicExp(m.logScale) / c1
                let vScale = deterministicExp(v.logScale / 2) / c2.squareRoot()
                for j in 0..<d { w[j] -= eta * (mScale * m.vector[j]) / (vScale * v.vector[j].squareRoot() + adam.epsilon) }
            }
            if marks.contains(t + 1) { snaps[t + 1] = w }
        }
        return MarginRun(snapshots: snaps, final: w)
    }
}

/// SAM on a linear classifier with one change to the ascent of the project's
/// ``SharpnessAwareClassifier`` (the descent step is unchanged).
struct SAMLinearVariant: Sendable {
    enum Change: Sendable {
        /// δ = ρ·a for the ascent direction a (∝ ∇L, unit softmax mass), not ρ·a/‖a‖₂ or ρ·sign(a).
        case unnormalizedAscent
        /// δ = 0: the perturbation is computed but not applied (SAM is NGD).
        case perturbationUnused
        /// δ = −ρ·a/‖a‖₂ (or −ρ·sign(a)): a descent step where the ascent belongs.
        case ascentSignFlipped
    }

    let change: Change

    var runner: SAMLinearRunner {
        let variant = self
        return SAMLinearRunner { sam, data, steps, marks in variant.run(sam, data, steps: steps, checkpoints: marks) }
    }

    func run(_ sam: SharpnessAwareClassifier, _ data: SeparableData, steps: Int, checkpoints: [Int]) -> MarginRun {
        let d = data.dimension
        var w = [Double](repeating: 0, count: d)
        var snaps: [Int: [Double]] = [:]
        let marks = Set(checkpoints)
        for t in 1...max(steps, 1) where steps > 0 {
            let (q, _) = data.softmaxOfNegativeMargins(w)
            let ascent = data.combine(q).map { -$0 }
            var probe = w
            switch change {
            case .unnormalizedAscent:
                for j in 0..<d { probe[j] += sam.radius * ascent[j] }
            case .perturbationUnused:
                break
            case .ascentSignFlipped:
                sam.perturbation.ascend(&probe, along: ascent.map { -$0 }, radius: sam.radius)
            }
            let (q2, _) = data.softmaxOfNegativeMargins(probe)
            let g = data.combine(q2)
            for j in 0..<d { w[j] += sam.step * g[j] }
            if marks.contains(t) { snaps[t] = w }
        }
        return MarginRun(snapshots: snaps, final: w)
    }
}
