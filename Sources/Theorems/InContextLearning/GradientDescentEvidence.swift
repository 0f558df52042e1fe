import ExactMath
import FloatMath
import Optimizers

/// What a gradient-descent run on the block-sparse population loss showed, with the quantities the
/// training claim is decided on (Proofs/ahn-cheng-daneshmand-sra-2023/sparse-training-reaches-optimum.md):
/// the increments vₜ = θₜ₊₁ − θₜ at the start and the end of the linear-regime window, and the final
/// iterate. The run stops once the increments reach 10³ times their rounding floor (the evidence is
/// complete) or at the budget cap.
public struct GradientDescentEvidence: Sendable {
    /// The step η.
    public let step: Double
    /// Steps taken and the cap.
    public let steps: Int
    public let cap: Int
    /// θ at the end of the run (b_y first, then A_x row by row) and its effective preconditioner.
    public let final: [Double]
    public let preconditioner: Matrix<Double>
    /// The window [t_a, t_b]: t_a the first step with ‖vₜ‖ ≤ 10⁻⁸·max(1, ‖θₜ‖) (the linear regime),
    /// t_b the last step with ‖vₜ‖ ≥ 10³·νₜ (νₜ the rounding floor of an increment); nil when the run
    /// never entered the linear regime.
    public let windowStart: (step: Int, increment: [Double])?
    public let windowEnd: (step: Int, increment: [Double])?
    /// The rounding floor ν at the end of the run.
    public let roundingFloor: Double
    /// (t, ‖Γₜ‖ stored every `stride` steps) for plots: the effective preconditioners along the run.
    public let trajectory: [(step: Int, preconditioner: Matrix<Double>)]

    /// The linear-regime threshold on ‖vₜ‖ / max(1, ‖θₜ‖).
    static let linearRegime = 1e-8
    /// The window ends where increments are still 10³ times their rounding floor.
    static let floorMargin = 1e3

    /// Runs `trainer` from `start` with step η for at most `cap` steps.
    init(trainer: any GradientDescentTrainer, loss: SparseAttentionPopulationLoss, start: [Double], step: Double,
         cap: Int, stride: Int) {
        let d = loss.dimension
        let normSigma = frobeniusNorm(loss.covariance), normH = frobeniusNorm(loss.curvature)
        let normCross = frobeniusNorm(loss.cross)
        var previous: [Double]? = nil
        var start_: (Int, [Double])? = nil, end_: (Int, [Double])? = nil
        var floor = 0.0, taken = 0
        var trajectory: [(Int, Matrix<Double>)] = []
        let final = trainer.descend(from: start, step: step, steps: cap, gradient: loss.gradient) { t, theta in
            taken = t
            if t % stride == 0 { trajectory.append((t, loss.preconditioner(theta))) }
            defer { previous = theta }
            guard let last = previous else { return true }
            let v = zip(theta, last).map { $0 - $1 }
            let size = Self.norm(v), scale = max(1, Self.norm(theta))
            // ν: the rounding of θ − ηg (u‖θ‖) and of the gradient, whose terms 2ΣΓH and 2ΣΩΣ cancel
            // near the optimum (4d·u·(‖Σ‖‖Γ‖‖H‖ + ‖ΣΩΣ‖) in ‖D‖, times η|b_y|).
            let gamma = frobeniusNorm(loss.preconditioner(theta))
            floor = Double.ulpOfOne * (Self.norm(theta)
                + step * abs(theta[0]) * 4 * Double(d) * (normSigma * gamma * normH + normCross))
            if start_ == nil, size <= Self.linearRegime * scale { start_ = (t - 1, v) }
            if size >= Self.floorMargin * floor {
                end_ = (t - 1, v)
                return true
            }
            return start_ == nil   // below the floor margin: stop once the window has begun
        }
        self.step = step
        steps = taken
        self.cap = cap
        self.final = final
        preconditioner = loss.preconditioner(final)
        windowStart = start_
        windowEnd = end_.flatMap { e in start_.map { e.0 > $0.0 } == true ? e : nil }
        roundingFloor = floor
        self.trajectory = trajectory
    }

    static func norm(_ v: [Double]) -> Double { v.map { $0 * $0 }.reduce(0, +).squareRoot() }
}

/// The decision of the GD part of the training claim for one linearization.
public struct GradientDescentDecision: Sendable {
    /// ‖v_b − M'^Δ v_a‖ / ‖M'^Δ v_a‖.
    public let mismatch: Double
    /// (‖v_b‖/‖v_a‖)^{1/Δ} measured and (‖M'^Δ v_a‖/‖v_a‖)^{1/Δ} predicted.
    public let measuredRate: Double
    public let predictedRate: Double
    /// The radius of the ball around the final Γ that contains the limit of the run.
    public let radius: Double

    /// The relative tolerance of the linearization test (error analysis in the Proofs document).
    static let tolerance = 1e-2

    /// Compares the window with `linearization`; nil when the run has no complete window.
    init?(_ e: GradientDescentEvidence, _ linearization: SparseLossLinearization) {
        guard let a = e.windowStart, let b = e.windowEnd else { return nil }
        let k = b.step - a.step
        let predicted = linearization.propagate(a.increment, steps: k)
        let pNorm = GradientDescentEvidence.norm(predicted), aNorm = GradientDescentEvidence.norm(a.increment)
        let bNorm = GradientDescentEvidence.norm(b.increment)
        mismatch = GradientDescentEvidence.norm(zip(b.increment, predicted).map { $0 - $1 }) / max(pNorm, .leastNormalMagnitude)
        measuredRate = deterministicPow(bNorm / aNorm, 1 / Double(k))
        predictedRate = deterministicPow(pNorm / aNorm, 1 / Double(k))
        // θ∞ − θ_final = Σ_{s > t_b} v_s with ‖v_s‖ ≤ ρ^{s−t_b}‖v_{t_b}‖, plus the rounding ν/(1 − ρ) the contracting
        // iteration accumulates; mapped to Γ by ‖J‖ (a factor 2 covers the second-order term and ρ's 1 % tolerance).
        let rho = linearization.contraction
        radius = rho < 1 ? 2 * linearization.jacobianBound * (bNorm * rho + e.roundingFloor) / (1 - rho) : .infinity
    }
}
