import ExactMath
import FloatMath
import Optimizers

/// Training one-layer linear self-attention from the block-sparse initialization (b_x = 0, a_y = 0,
/// as in Ahn et al.'s code) on the population loss reaches the optimal preconditioner Γ*: gradient
/// descent converges to it linearly, with the contraction factor of its linearization at Γ*
/// (computed from the exact Hessian), and Adam's iterates come within 10⁻¹⁰ of it while every Adam
/// step obeys the bounds its bias correction implies.
///
/// Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023), Theorem 1 (the target Γ*) and §4–5 (training by Adam),
/// in the project's noisy / task-covariance generalization; Adam's step identities from Kingma–Ba
/// (ICLR 2015, Algorithm 1 and §2.1). Float64; a finite budget that decides nothing is
/// `inconclusive`, never `refuted`. Random *dense* initialization is deliberately not claimed (a
/// spurious rank-one minimum exists: `dense-initialization-landscape`). The trainers are the
/// methods under test. See Proofs/ahn-cheng-daneshmand-sra-2023/sparse-training-reaches-optimum.md.
public struct SparseTrainingReachesOptimum: Theorem {
    public struct Instance: Sendable {
        public let problem: InContextRegression
        /// Σ with its exact spectrum (the condition-number restriction is checked on it).
        public let spectrum: SpectralCovariance
        /// The seed of the block-sparse initialization.
        public let seed: UInt64
        /// GD's step cap, Adam's first schedule length and Adam's cap.
        public let gradientDescentCap: Int
        public let adamSteps: Int
        public let adamCap: Int

        public init(problem: InContextRegression, spectrum: SpectralCovariance, seed: UInt64,
                    gradientDescentCap: Int, adamSteps: Int, adamCap: Int) {
            self.problem = problem
            self.spectrum = spectrum
            self.seed = seed
            self.gradientDescentCap = gradientDescentCap
            self.adamSteps = adamSteps
            self.adamCap = adamCap
        }
    }

    public struct Measurement: Sendable {
        public let gradientDescent: GradientDescentEvidence
        public let adam: AdamEvidence
        /// Σ, H (Float64) and the step, for the linearizations the claims compare with.
        public let covariance: Matrix<Double>
        public let curvature: Matrix<Double>
    }

    /// Adam's reach target on ‖Γ − Γ*‖_F/‖Γ*‖_F.
    public static let adamTarget = 1e-10
    /// The largest limit-ball radius (relative to ‖Γ*‖_F) at which "GD reaches X" is decided.
    public static let largestRadius = 1e-8

    public let id = "ahn-cheng-daneshmand-sra-2023/sparse-training-reaches-optimum"
    public let family = Family.inContextLearning
    public let citation = Citation.ahnChengDaneshmandSra2023.at("Theorem 1 (target) and §4–5 (training)")
    public let provenance = Provenance.derived(
        "the project's training claim: the target Γ* is Theorem 1's (in the project's generalization), the paper trains with Adam (§4–5) without a rate; the GD linearization, the limit ball and Adam's step identities (from Kingma–Ba 2015, Algorithm 1 and the step-size discussion of §2.1) are the project's derivations")
    public let statement = "From the block-sparse initialization, GD on the population loss of one-layer LSA converges to Γ* = ((n+1)/n Σ + (tr(ΩΣ)+σ²)/n Ω⁻¹)⁻¹ linearly, with the contraction of its linearization at Γ*; Adam's iterates come within 1e-10 of Γ*, its first step is −α₀ g₀/(|g₀| + ε) and every step obeys |Δₜ| ≤ αₜCₜ."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [InContextHypotheses.regression { $0.problem },
         Hypothesis("Σ = U diag(λ) Uᵀ exactly with λ ∈ [1/2, 2], so κ(Σ) ≤ 4 (the budget restriction of the training check)") { i in
            let u = i.spectrum.eigenvectors, lambda = i.spectrum.eigenvalues
            guard u * u.transposed == .identity(i.problem.dimension) else { return "U is not orthogonal" }
            guard u * .diagonal(lambda) * u.transposed == i.problem.covariance else { return "Σ ≠ U diag(λ) Uᵀ" }
            guard lambda.allSatisfy({ $0 >= Rational(1, 2) && $0 <= 2 }) else { return "an eigenvalue outside [1/2, 2]" }
            return nil
        }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let maxDimension = scale.pick(quick: 3, standard: 5, thorough: 6)
        return try InContextInstances.draw(count: scale.pick(quick: 4, standard: 10, thorough: 30), seed: seed,
                                           hypotheses: hypotheses) { k, rng in
            // d ≥ 2, so that the false variants (Σ⁻¹, η*·I) are told from Γ* on most instances.
            let d = 2 + k % (maxDimension - 1)
            let spectrum = methods.instances.spectralCovariance(dimension: d, numerators: 2...8, denominators: 4...4, using: &rng)
            let sigma = spectrum.covariance
            let omega: Matrix<Rational> = k % 2 == 0 ? .identity(d) : try sigma.inverse()
            let p = try InContextRegression(covariance: sigma, taskCovariance: omega, contextLength: rng.int(in: 2...30),
                                            noise: InContextInstances.noise(using: &rng))
            return Instance(problem: p, spectrum: spectrum, seed: rng.next(),
                            gradientDescentCap: scale.pick(quick: 8000, standard: 16000, thorough: 32000),
                            adamSteps: 4000, adamCap: scale.pick(quick: 8000, standard: 16000, thorough: 32000))
        }
    }

    public func summary(of i: Instance) -> String {
        "\(i.problem.summary), λ(Σ)=\(i.spectrum.eigenvalues.map(\.description)), init seed \(i.seed)"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        InContextHypotheses.parameters(of: i.problem)
            + [.int("GD cap", i.gradientDescentCap), .int("Adam steps", i.adamSteps), .int("Adam cap", i.adamCap)]
    }

    /// The block-sparse initialization: b_y = 1 + 0.1g, A_x with N(0, 0.1²) entries.
    static func initialization(dimension d: Int, seed: UInt64) -> [Double] {
        var rng = SeededGenerator(seed: seed)
        return [1 + 0.1 * rng.gaussian()] + (0..<(d * d)).map { _ in 0.1 * rng.gaussian() }
    }

    static func largestEigenvalue(_ m: Matrix<Double>) -> Double {
        (try? symmetricEigenvalues(m, symmetryTolerance: 1e-9))?.max() ?? m.trace
    }

    static func smallestEigenvalue(_ m: Matrix<Double>) -> Double {
        (try? symmetricEigenvalues(m, symmetryTolerance: 1e-9))?.min() ?? 0
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let p = i.problem
        let loss = SparseAttentionPopulationLoss(covariance: p.covariance.doubleValue, taskCovariance: p.taskCovariance.doubleValue,
                                                 contextLength: p.contextLength, noise: p.noise.doubleValue)
        let start = Self.initialization(dimension: p.dimension, seed: i.seed)
        // Step 1/ℓ with ℓ bounding the Hessian's largest eigenvalue at the start and at the limit. On the
        // subspace λ_max(∇²f(θ)) ≤ 2λ_max(Σ)λ_max(H)(b_y² + ‖A_x‖²_F) + ‖∇_Γ L‖_F (the second term from
        // Γ's bilinearity); at the limit b∞‖A∞‖_F = ‖Γ_min‖_F, with Γ_min = Σ⁻¹(ΣΩΣ)H⁻¹ the minimizer of
        // the loss's own quadratic, and b∞² − ‖A∞‖²_F ≈ b₀² − ‖A₀‖²_F (conserved by gradient flow), so
        // b∞² + ‖A∞‖²_F ≈ √((b₀² − ‖A₀‖²)² + 4‖Γ_min‖²). Then η·λ_max(G∞) ≤ 1 and ρ = 1 − ηλ_min⁺(G∞).
        let top = 2 * Self.largestEigenvalue(loss.covariance) * Self.largestEigenvalue(loss.curvature)
        let a0 = start.dropFirst().map { $0 * $0 }.reduce(0, +)
        let d0 = frobeniusNorm(2.0 * (loss.covariance * loss.preconditioner(start) * loss.curvature) - 2.0 * loss.cross)
        let balance = start[0] * start[0] - a0
        let strong = 2 * Self.smallestEigenvalue(loss.covariance) * Self.smallestEigenvalue(loss.curvature)
        let minimizer = (try? loss.covariance.inverse()).flatMap { s in (try? loss.curvature.inverse()).map { s * loss.cross * $0 } }
        let gammaNorm = minimizer.map(frobeniusNorm) ?? (frobeniusNorm(loss.preconditioner(start)) + d0 / max(strong, .leastNormalMagnitude))
        let ell = max(top * (start[0] * start[0] + a0) + d0, top * (balance * balance + 4 * gammaNorm * gammaNorm).squareRoot())
        let gd = GradientDescentEvidence(trainer: methods.gradientDescent, loss: loss, start: start, step: 1 / ell,
                                         cap: i.gradientDescentCap, stride: 8)
        let adam = AdamEvidence(trainer: methods.adam, loss: loss, start: start,
                                settings: AdamSettings(rate: 1e-2, finalRate: 1e-5, steps: i.adamSteps),
                                cap: i.adamCap, target: Self.adamTarget, strongConvexity: strong, stride: 8)
        return Measurement(gradientDescent: gd, adam: adam, covariance: loss.covariance, curvature: loss.curvature)
    }

    /// The linearization of GD at the minimizer-set point (b_y of the final iterate, A_x = −Xᵀ/b_y).
    static func linearization(_ m: Measurement, target x: Matrix<Double>, coupling: Bool = true) -> SparseLossLinearization? {
        try? SparseLossLinearization(target: x, gauge: m.gradientDescent.final[0], covariance: m.covariance,
                                     curvature: m.curvature, step: m.gradientDescent.step, coupling: coupling)
    }

    /// The GD part: the window's contraction against the linearization at Γ*, then the limit ball.
    static func judgeGradientDescent(_ m: Measurement, target: Matrix<Rational>, rateOnly: Bool = false,
                                     coupling: Bool = true) -> Judgement {
        let gd = m.gradientDescent
        let x = target.doubleValue
        guard let lin = linearization(m, target: x, coupling: coupling) else {
            return .inconclusive("the linearization's eigenvalues did not converge")
        }
        guard let decision = GradientDescentDecision(gd, lin) else {
            return .inconclusive("budget: GD ran \(gd.steps) of \(gd.cap) steps without a complete linear-regime window (final increment floor \(Quantity.format(gd.roundingFloor)))")
        }
        let rates = "window [\(gd.windowStart?.step ?? 0), \(gd.windowEnd?.step ?? 0)]: measured contraction \(decision.measuredRate), predicted \(decision.predictedRate) (ρ = \(lin.contraction)), mismatch \(Quantity.format(decision.mismatch))"
        guard decision.mismatch <= GradientDescentDecision.tolerance else {
            var j = Judgement.approximate(measured: decision.mismatch, .atMost, predicted: 0, tolerance: GradientDescentDecision.tolerance,
                                          reason: "GD's increments do not contract as its linearization predicts: " + rates)
            j.outcome = .refuted
            return j
        }
        if rateOnly {
            return .approximate(measured: decision.mismatch, .atMost, predicted: 0, tolerance: GradientDescentDecision.tolerance, reason: rates)
        }
        return judgeLimit(gd, decision, target: target, rates: rates)
    }

    /// Whether the ball around the final Γ that contains GD's limit contains `target`.
    static func judgeLimit(_ gd: GradientDescentEvidence, _ decision: GradientDescentDecision, target: Matrix<Rational>,
                           rates: String) -> Judgement {
        let x = target.doubleValue
        let scale = frobeniusNorm(x)
        let distance = frobeniusNorm(gd.preconditioner - x)
        // Rounding of X to Float64 and of the distance itself: 4u·d·(‖Γ‖ + ‖X‖).
        let slack = 4 * Double.ulpOfOne * Double(x.rows) * (frobeniusNorm(gd.preconditioner) + scale)
        let reason = "‖Γ_GD − X‖_F = \(Quantity.format(distance)), limit-ball radius \(Quantity.format(decision.radius)); " + rates
        if distance > decision.radius + slack {
            var j = Judgement.approximate(measured: distance / scale, .atMost, predicted: 0, tolerance: (decision.radius + slack) / scale,
                                          reason: "GD's limit lies outside every neighbourhood of X smaller than \(Quantity.format(distance - decision.radius)): " + reason)
            j.outcome = .refuted
            return j
        }
        guard decision.radius <= largestRadius * scale else {
            return .inconclusive("budget: the limit ball (radius \(Quantity.format(decision.radius))) is still wider than \(largestRadius)·‖X‖_F; " + reason)
        }
        return .approximate(measured: distance / scale, .atMost, predicted: 0, tolerance: (decision.radius + slack) / scale, reason: reason)
    }

    /// The Adam part: the first-step identity, the step bound, and the reach of Γ*.
    static func judgeAdam(_ m: Measurement, target: Matrix<Rational>) -> Judgement {
        let adam = m.adam
        let (deviation, allowance) = adam.firstStepDeviation
        guard deviation <= allowance else {
            var j = Judgement.approximate(measured: deviation, .atMost, predicted: 0, tolerance: allowance,
                                          reason: "Adam's first step deviates from −α₀g₀/(|g₀| + ε) by \(Quantity.format(deviation))·α₀ (bias correction makes m̂₀ = g₀, v̂₀ = g₀²)")
            j.outcome = .refuted
            return j
        }
        guard adam.worstStepRatio <= 1 + 1e-9 else {
            var j = Judgement.approximate(measured: adam.worstStepRatio, .atMost, predicted: 1, tolerance: 1e-9,
                                          reason: "Adam's step \(adam.worstStep) exceeds its bound αₜCₜ by the factor \(adam.worstStepRatio)")
            j.outcome = .refuted
            return j
        }
        let x = target.doubleValue
        let error = frobeniusNorm(adam.best - x) / frobeniusNorm(x)
        let reason = "Adam: first step within \(Quantity.format(deviation))·α₀ of −α₀g₀/(|g₀|+ε); largest |Δₜ|/(αₜCₜ) = \(Quantity.format(adam.worstStepRatio)); closest iterate (step \(adam.bestStep) of run \(adam.attempts)) at ‖Γ − X‖_F/‖X‖_F = \(Quantity.format(error))"
        guard error <= adamTarget else {
            return .inconclusive("budget: Adam's iterates came no closer than \(Quantity.format(error)) in \(adam.attempts) run(s) up to \(adam.cap) steps (target \(adamTarget)); " + reason)
        }
        return .approximate(measured: error, .atMost, predicted: 0, tolerance: adamTarget, reason: reason)
    }

    /// Both parts: refuted if either is, inconclusive if either is, else holds (the GD judgement reported).
    static func combine(_ gd: Judgement, _ adam: Judgement) -> Judgement {
        for outcome in [Outcome.refuted, .inconclusive] {
            if gd.outcome == outcome { return gd }
            if adam.outcome == outcome { return adam }
        }
        var j = gd
        j.reason = (gd.reason ?? "") + "; " + (adam.reason ?? "")
        return j
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("GD converges to Γ* at the contraction of its linearization (mismatch ≤ 1e-2, limit ball around Γ_GD contains Γ*); Adam's first step and step bounds hold and an iterate comes within 1e-10 of Γ*",
              kind: .tight, exact: false) { i, m in
            guard let g = try? LSAClosedForms.preconditioner(i.problem) else { return .inconclusive("singular") }
            return Self.combine(Self.judgeGradientDescent(m, target: g), Self.judgeAdam(m, target: g))
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("training reaches Σ⁻¹ (the limit ball around Γ_GD contains Σ⁻¹)", kind: .tight, exact: false) { i, m in
                guard let g = try? LSAClosedForms.preconditioner(i.problem), let inverse = try? i.problem.covariance.inverse() else {
                    return .inconclusive("singular")
                }
                return Self.judgeWithValidatedBall(m, truth: g, target: inverse)
            },
            Claim("training reaches plain GD with the best scalar step η*·I", kind: .tight, exact: false) { i, m in
                let eta = LSAClosedForms.bestScalarStep(i.problem) * Matrix<Rational>.identity(i.problem.dimension)
                guard let g = try? LSAClosedForms.preconditioner(i.problem) else { return .inconclusive("singular") }
                if g == eta { return .inapplicable("Γ* ∝ I here: plain GD is the truth") }
                return Self.judgeWithValidatedBall(m, truth: g, target: eta)
            },
            Claim("GD contracts as GD on the reduced quadratic with b_y frozen (the b_y coupling of the linearization ignored)",
                  kind: .tight, exact: false) { i, m in
                guard let g = try? LSAClosedForms.preconditioner(i.problem) else { return .inconclusive("singular") }
                return Self.judgeGradientDescent(m, target: g, rateOnly: true, coupling: false)
            },
            Claim("Adam's first step has magnitude α₀(1 − β₁)/√(1 − β₂) (the moments not bias-corrected)", kind: .tight, exact: false) { _, m in
                let s = m.adam.settings, alpha = s.learningRate(at: 0)
                let predicted = (1 - s.beta1) / (1 - s.beta2).squareRoot()
                let measured = zip(m.adam.firstIterate, m.adam.start).map { abs($0 - $1) }.max() ?? 0
                return .approximate(measured: measured / alpha, .equal, predicted: predicted, tolerance: m.adam.firstStepDeviation.allowance * 4,
                                    reason: "largest |θ₁ − θ₀| / α₀")
            },
        ]
    }

    /// The limit-ball test for a wrong target, on a ball validated by the truth's linearization.
    static func judgeWithValidatedBall(_ m: Measurement, truth: Matrix<Rational>, target: Matrix<Rational>) -> Judgement {
        let gd = m.gradientDescent
        guard let lin = linearization(m, target: truth.doubleValue), let decision = GradientDescentDecision(gd, lin) else {
            return .inconclusive("no validated limit ball")
        }
        guard decision.mismatch <= GradientDescentDecision.tolerance else {
            return .inconclusive("the limit ball is not validated: the window does not contract as the linearization at Γ* predicts")
        }
        return judgeLimit(gd, decision, target: target, rates: "ρ = \(lin.contraction)")
    }
}
