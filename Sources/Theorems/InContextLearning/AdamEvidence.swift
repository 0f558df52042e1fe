import ExactMath
import FloatMath
import Optimizers

/// What Adam runs on the block-sparse population loss showed
/// (Proofs/ahn-cheng-daneshmand-sra-2023/sparse-training-reaches-optimum.md):
///
/// - the first step θ₁ − θ₀ and the gradient g₀ at the start (bias-corrected Adam's first step is
///   exactly −α₀ g₀/(|g₀| + ε), coordinatewise: m̂₀ = g₀ and v̂₀ = g₀²);
/// - the largest step relative to its bound, maxₜ,ₖ |θₜ₊₁,ₖ − θₜ,ₖ| / (αₜ Cₜ), where
///   Cₜ = (1 − β₁)√(1 − β₂^{t+1}) / ((1 − β₁^{t+1}) √((1 − β₂)(1 − β₁²/β₂))) bounds |m̂ₜ|/√v̂ₜ for any
///   gradient sequence (Cauchy–Schwarz; C₀ = 1);
/// - the iterate closest to the minimizer of L by the certified distance ‖∇L(Γₜ)‖_F / (2λ_min(Σ)λ_min(H))
///   (L is 2λ_min(Σ)λ_min(H)-strongly convex in Γ), which needs no closed form.
///
/// The budget doubles from `initial` steps up to `cap` (each attempt a fresh run with the learning-rate
/// schedule stretched to its length) until the certified distance falls below `target`·‖Γₜ‖_F/2.
public struct AdamEvidence: Sendable {
    /// The settings of the first run (later runs stretch the schedule).
    public let settings: AdamSettings
    /// Runs made (1 + doublings), steps of the last run, the cap.
    public let attempts: Int
    public let steps: Int
    public let cap: Int
    /// θ₀, θ₁ and g₀ = ∇f(θ₀).
    public let start: [Double]
    public let firstIterate: [Double]
    public let firstGradient: [Double]
    /// maxₜ,ₖ (|Δₜ,ₖ| − 4u·max(|θₜ,ₖ|, |θₜ₊₁,ₖ|)) / (αₜ Cₜ) over every step of every run.
    public let worstStepRatio: Double
    public let worstStep: Int
    /// The iterate with the smallest certified distance to the minimizer of L, its step and that distance.
    public let best: Matrix<Double>
    public let bestStep: Int
    public let bestCertifiedDistance: Double
    /// (t, Γₜ) every `stride` steps of the last run, for plots.
    public let trajectory: [(step: Int, preconditioner: Matrix<Double>)]

    /// Cₜ of the step bound.
    static func stepBound(_ s: AdamSettings, step t: Int) -> Double {
        let q = s.beta1 * s.beta1 / s.beta2
        let c1 = SparseLossLinearization.power(s.beta1, t + 1), c2 = SparseLossLinearization.power(s.beta2, t + 1)
        let geometric = ((1 - SparseLossLinearization.power(q, t + 1)) / (1 - q)).squareRoot()
        return (1 - s.beta1) * (1 - c2).squareRoot() / ((1 - c1) * (1 - s.beta2).squareRoot()) * geometric
    }

    init(trainer: any AdamTrainer, loss: SparseAttentionPopulationLoss, start: [Double], settings: AdamSettings,
         cap: Int, target: Double, strongConvexity: Double, stride: Int) {
        var attempts = 0, length = settings.steps
        var worst = -Double.infinity, worstStep = 0
        var best = loss.preconditioner(start), bestStep = 0, bestDistance = Double.infinity
        var first: [Double] = start, taken = 0
        var trajectory: [(Int, Matrix<Double>)] = []
        var reached = false
        let u = Double.ulpOfOne
        repeat {
            attempts += 1
            let run = settings.with(steps: length)
            var previous: [Double]? = nil
            trajectory = []
            _ = trainer.adam(from: start, settings: run, gradient: loss.gradient) { t, theta in
                taken = t
                let gamma = loss.preconditioner(theta)
                if t % stride == 0 { trajectory.append((t, gamma)) }
                if t == 1 { first = theta }
                if let last = previous {
                    let bound = run.learningRate(at: t - 1) * Self.stepBound(run, step: t - 1)
                    for k in theta.indices {
                        let excess = (abs(theta[k] - last[k]) - 4 * u * max(abs(theta[k]), abs(last[k]))) / bound
                        if excess > worst { worst = excess; worstStep = t - 1 }
                    }
                }
                previous = theta
                let distance = frobeniusNorm(2.0 * (loss.covariance * gamma * loss.curvature) - 2.0 * loss.cross) / strongConvexity
                if distance < bestDistance { bestDistance = distance; best = gamma; bestStep = t }
                if distance <= 0.5 * target * frobeniusNorm(gamma) { reached = true; return false }
                return true
            }
            length *= 2
        } while !reached && length <= cap
        self.settings = settings
        self.attempts = attempts
        steps = taken
        self.cap = cap
        self.start = start
        firstIterate = first
        firstGradient = loss.gradient(start)
        worstStepRatio = worst
        self.worstStep = worstStep
        self.best = best
        self.bestStep = bestStep
        bestCertifiedDistance = bestDistance
        self.trajectory = trajectory
    }

    /// The largest deviation of the first step from −α₀ g₀/(|g₀| + ε), relative to α₀, and the
    /// rounding allowance (10⁻¹² plus the subtraction θ₁ − θ₀, 4u·max|θ₀|/α₀).
    public var firstStepDeviation: (deviation: Double, allowance: Double) {
        let alpha = settings.learningRate(at: 0)
        let deviation = firstGradient.indices.map { k in
            abs((firstIterate[k] - start[k]) + alpha * firstGradient[k] / (abs(firstGradient[k]) + settings.epsilon)) / alpha
        }.max() ?? 0
        return (deviation, 1e-12 + 4 * Double.ulpOfOne * (start.map(abs).max() ?? 0) / alpha)
    }
}
