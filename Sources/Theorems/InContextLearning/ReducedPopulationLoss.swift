import ExactMath

/// The exact population loss of one step of preconditioned GD, the reduced form of one-layer
/// linear self-attention (derivation in Proofs/ahn-cheng-daneshmand-sra-2023/single-layer-optimum.md):
///
///   L(Γ) = E[(x_qᵀ Γ h − y_q)²],  h = (1/n) Σᵢ yᵢxᵢ,
///
/// on an ``InContextRegression``. Conditioning on w and x_q and applying Isserlis (the
/// ``GaussianMomentFormulas`` under test): with H := E[h hᵀ] = E[SΩS] + (σ²/n)Σ and E[h wᵀ] = ΣΩ,
///
///   L(Γ) = tr(Σ Γ H Γᵀ) − 2 tr(Σ Γ Σ Ω) + tr(ΣΩ) + σ².
///
/// L is a quadratic polynomial in the d² entries of Γ with rational coefficients, so its
/// gradient and Hessian are obtained *exactly* by finite differences of L itself (central
/// differences and second differences are exact on quadratics). The measurement therefore
/// never uses the closed form of the gradient or of the minimizer it is checked against.
public struct ReducedPopulationLoss: Sendable {
    /// The data distribution.
    public let problem: InContextRegression
    /// H = E[h hᵀ] = ((n+1)/n) ΣΩΣ + (tr(ΩΣ) + σ²)/n · Σ.
    public let curvature: Matrix<Rational>
    /// ΣΩΣ (from E[h wᵀ] = ΣΩ).
    private let cross: Matrix<Rational>
    /// tr(ΣΩ) + σ² = E[y_q²].
    private let constant: Rational

    public init(_ problem: InContextRegression, moments: any GaussianMomentFormulas = ProjectGaussianMoments()) {
        self.problem = problem
        let sigma = problem.covariance, n = Rational(problem.contextLength)
        curvature = moments.sampleCovarianceSandwich(covariance: sigma, sandwiching: problem.taskCovariance,
                                                     samples: problem.contextLength)
            + (problem.noise / n) * sigma
        cross = sigma * problem.taskCovariance * sigma
        constant = problem.signalVariance + problem.noise
    }

    /// L(Γ), exactly.
    public func value(at gamma: Matrix<Rational>) -> Rational {
        // tr(ΣΓHΓᵀ) = Σ_ij (ΣΓ)_ij (ΓH)_ij (H symmetric) and tr(ΓΣΩΣ) = Σ_ij Γ_ij (ΣΩΣ)_ji:
        // two products and two dot products, each reduced once.
        let quadratic = Rational.dot((problem.covariance * gamma).elements, (gamma * curvature).elements)
        let linear = Rational.dot(gamma.elements, cross.transposed.elements)
        return quadratic - 2 * linear + constant
    }

    private func unit(_ k: Int) -> Matrix<Rational> {
        let d = problem.dimension
        var e = Matrix<Rational>.zero(rows: d, columns: d)
        e[k / d, k % d] = .one
        return e
    }

    /// ∇L(Γ) as a d×d matrix, by exact central differences (L(Γ + E_k) − L(Γ − E_k))/2.
    public func gradient(at gamma: Matrix<Rational>) -> Matrix<Rational> {
        let d = problem.dimension
        var g = Matrix<Rational>.zero(rows: d, columns: d)
        for k in 0..<(d * d) {
            let e = unit(k)
            g[k / d, k % d] = (value(at: gamma + e) - value(at: gamma - e)) / 2
        }
        return g
    }

    /// The d²×d² Hessian in vec(Γ) (row-major), by exact second differences at Γ = 0:
    /// H_kl = L(E_k + E_l) − L(E_k) − L(E_l) + L(0), H_kk = L(2E_k) − 2L(E_k) + L(0).
    public func hessian() -> Matrix<Rational> {
        let d = problem.dimension, m = d * d
        let zero = Matrix<Rational>.zero(rows: d, columns: d)
        let l0 = value(at: zero)
        let single = (0..<m).map { value(at: unit($0)) }
        var h = Matrix<Rational>.zero(rows: m, columns: m)
        for k in 0..<m {
            h[k, k] = value(at: Rational(2) * unit(k)) - 2 * single[k] + l0
            for l in (k + 1)..<m {
                let v = value(at: unit(k) + unit(l)) - single[k] - single[l] + l0
                h[k, l] = v
                h[l, k] = v
            }
        }
        return h
    }
}

/// What is measured on one instance: the exact quadratic L, its Hessian and the definiteness
/// decision, and the exact minimizer obtained by solving ∇L = 0 from the measured
/// coefficients (no closed form of the paper is used).
public struct ReducedOptimumMeasurement: Sendable {
    /// The measured loss.
    public let loss: ReducedPopulationLoss
    /// The exact Hessian (d²×d²).
    public let hessian: Matrix<Rational>
    /// The pivots of the exact LDLᵀ of the Hessian when it is positive definite, else `nil`.
    public let hessianPivots: [Rational]?
    /// The unique minimizer when the Hessian is positive definite: the solution of
    /// Hessian · vec(Γ) = −∇L(0).
    public let minimizer: Matrix<Rational>?
    /// L at the minimizer.
    public let minimum: Rational?

    public init(_ problem: InContextRegression, moments: any GaussianMomentFormulas = ProjectGaussianMoments()) {
        let loss = ReducedPopulationLoss(problem, moments: moments)
        self.loss = loss
        let h = loss.hessian()
        hessian = h
        let d = problem.dimension
        if let f = try? h.positiveDefiniteLDLT() {
            hessianPivots = f.d
            let g0 = loss.gradient(at: .zero(rows: d, columns: d))
            let rhs = Matrix(rows: d * d, columns: 1, elements: g0.elements.map { -$0 })
            if let x = try? h.solve(rhs) {
                let gamma = Matrix(rows: d, columns: d, elements: x.elements)
                minimizer = gamma
                minimum = loss.value(at: gamma)
            } else {
                minimizer = nil
                minimum = nil
            }
        } else {
            hessianPivots = nil
            minimizer = nil
            minimum = nil
        }
    }

    /// Decides "Γ is the global minimizer of L" exactly: ∇L(Γ) = 0 (exact central
    /// differences) and the Hessian is positive definite (exact LDLᵀ), so L is strictly convex
    /// and Γ its unique minimizer. The judgement reports the loss gap L(Γ) − min L
    /// (predicted 0); a refutation is witnessed by a positive gap and a nonzero gradient.
    public func judgeOptimal(_ gamma: Matrix<Rational>) -> Judgement {
        guard let pivots = hessianPivots, let minimum else {
            // Σ ≻ 0 and H ≻ 0 make ∇²L = 2(H ⊗ Σ) positive definite; a measured Hessian that is not
            // is an exact contradiction of the claim's strict convexity.
            return Judgement(.refuted, reason: "the measured Hessian of L is not positive definite (exact LDLᵀ): L is not strictly convex, contradicting ∇²L = 2(H ⊗ Σ) ≻ 0")
        }
        let gap = loss.value(at: gamma) - minimum
        let gradient = loss.gradient(at: gamma)
        let stationary = gradient.elements.allSatisfy(\.isZero)
        guard stationary == gap.isZero else {
            return .inconclusive("inconsistent exact evidence: gradient zero = \(stationary) but gap = \(gap)")
        }
        let d = loss.problem.dimension
        var j = Judgement.exact(measured: gap, .equal, predicted: .zero,
                                certificate: stationary
                                    ? "∇L(Γ) = 0 exactly (\(d * d) central differences); Hessian ≻ 0 by exact LDLᵀ (\(pivots.count) positive pivots, smallest \(pivots.min() ?? .zero))"
                                    : "∇L(Γ) ≠ 0: max |∂L| = \(gradient.elements.map(\.absoluteValue).max() ?? .zero); loss gap \(gap) > 0 over the exact minimizer")
        j.relation = .equal
        return j
    }
}
