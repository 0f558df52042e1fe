import ExactMath
import FloatMath

/// With isotropic covariates x ~ N(0, I_d) and a *nonlinear* target drawn from a rotation-invariant
/// law, y = f_w(x) + ε with f_w(x) = (α + β‖x‖²) wᵀx + γ(‖x‖² − d), w ~ N(0, I_d), ε ~ N(0, σ²), the
/// global minimizer of one-layer linear self-attention is still one step of *plain* GD,
/// ŷ = η x_qᵀ (1/n)Σ yᵢxᵢ, with
///
///   η = nμ / ((n − 1)μ + κ),  μ = (α + β(d+2))²,
///   κ = α²(d+2) + 2αβ(d+2)(d+4) + β²(d+2)(d+4)(d+6) + 2γ²(d+4) + σ².
///
/// Mahankali, Hashimoto, Ma, ICLR 2024 (arXiv 2307.03576), Theorem 3 (nonlinear targets from a
/// rotation-invariant distribution). The shape of the claim — a single step of plain GD on the
/// least-squares objective remains optimal when only the responses become nonlinear — is the paper's;
/// the target family and the closed form of η are the project's derivation. The check computes
/// M = E_w[m_w m_wᵀ] (m_w = E_x[f_w(x) x]) and K = E[y² x xᵀ] entry by entry from exact Gaussian
/// monomial moments of degree up to 8 (``GaussianMomentFormulas/monomialMoment(_:covariance:)``), so
/// nothing rotation-invariant is assumed in the measurement; the loss L(Γ) = tr(ΓHΓᵀ) − 2tr(ΓM) + E y²
/// with H = K/n + ((n−1)/n)M is then decided exactly: ∇L(ηI) = 2(ηH − M) = 0 and H ≻ 0.
/// See Proofs/mahankali-hashimoto-ma-2023/nonlinear-target-one-step-gd.md.
public struct MahankaliNonlinearTargetStep: Theorem {
    /// One setting: dimension, context length, label noise and the target's coefficients.
    public struct Instance: Sendable, Hashable {
        public let dimension: Int
        public let contextLength: Int
        /// σ².
        public let noise: Rational
        /// α, the linear part's coefficient.
        public let linear: Rational
        /// β, the coefficient of the cubic ‖x‖² wᵀx.
        public let cubic: Rational
        /// γ, the coefficient of the radial ‖x‖² − d.
        public let radial: Rational

        public init(dimension: Int, contextLength: Int, noise: Rational, linear: Rational, cubic: Rational, radial: Rational) {
            self.dimension = dimension
            self.contextLength = contextLength
            self.noise = noise
            self.linear = linear
            self.cubic = cubic
            self.radial = radial
        }
    }

    /// The exact second-order statistics of the prompt, computed entry by entry.
    public struct Measurement: Sendable {
        /// M = E_w[m_w m_wᵀ], m_w = E_x[f_w(x) x] = C w with C = E[(α + β‖x‖²) x xᵀ].
        public let signal: Matrix<Rational>
        /// K = E[y² x xᵀ] (w, x and ε all averaged).
        public let labelWeightedCovariance: Matrix<Rational>
        /// H = E[h hᵀ] = K/n + ((n−1)/n) M, h = (1/n)Σ yᵢxᵢ.
        public let curvature: Matrix<Rational>
        /// Whether H ≻ 0 (exact LDLᵀ): L is then strictly convex with Hessian 2(H ⊗ I).
        public let strictlyConvex: Bool
    }

    public let id = "mahankali-hashimoto-ma-2023/nonlinear-target-one-step-gd"
    public let family = Family.inContextLearning
    public let citation = Citation.mahankaliHashimotoMa2023.at("Theorem 3 (nonlinear targets)")
    public let provenance = Provenance.paperShape(
        "arXiv 2307.03576 abstract as the project's reading records it (when only the responses change, to a family of nonlinear functions, the minimizer still implements a single step of plain GD on least squares) and the OpenReview reviews (the law of the target functions must be rotationally invariant); Assumption 1's items and the paper's formula for η were not read; the target family (α + β‖x‖²)wᵀx + γ(‖x‖² − d) and η = nμ/((n−1)μ + κ) are the project's derivation")
    public let statement = "For x ~ N(0, I_d) and y = (α + β‖x‖²)wᵀx + γ(‖x‖² − d) + ε, w ~ N(0, I_d), ε ~ N(0, σ²), the global minimizer of one-layer linear self-attention is one step of plain GD with η = nμ/((n−1)μ + κ), μ = (α + β(d+2))², κ = α²(d+2) + 2αβ(d+2)(d+4) + β²(d+2)(d+4)(d+6) + 2γ²(d+4) + σ²."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("d ≥ 1, n ≥ 1, σ² ≥ 0") { i in
            i.dimension >= 1 && i.contextLength >= 1 && i.noise.signum >= 0 ? nil : "d, n or σ² out of range"
        },
         Hypothesis("the target is nonlinear (β ≠ 0 or γ ≠ 0) and correlates with x (α + β(d+2) ≠ 0)") { i in
            guard !(i.cubic.isZero && i.radial.isZero) else { return "β = γ = 0: a linear target" }
            return Self.signal(i).isZero ? "α + β(d+2) = 0: m_w = 0, the optimum is Γ = 0" : nil
        }]
    }

    static let linearCoefficients: [Rational] = [1, Rational(1, 2), -1, 2]
    static let cubicCoefficients: [Rational] = [0, Rational(1, 4), Rational(-1, 3), Rational(1, 2)]
    static let radialCoefficients: [Rational] = [0, Rational(1, 2), 1, Rational(-2, 3)]

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let maxDimension = scale.pick(quick: 4, standard: 5, thorough: 6)
        let maxLength = scale.pick(quick: 30, standard: 60, thorough: 200)
        return try InContextInstances.draw(count: scale.pick(quick: 8, standard: 24, thorough: 60), seed: seed,
                                           hypotheses: hypotheses) { k, rng in
            Instance(dimension: 1 + k % maxDimension, contextLength: rng.int(in: 2...maxLength),
                     noise: InContextInstances.noiseLevels[k % InContextInstances.noiseLevels.count],
                     linear: Self.linearCoefficients[rng.int(below: Self.linearCoefficients.count)],
                     cubic: Self.cubicCoefficients[rng.int(below: Self.cubicCoefficients.count)],
                     radial: Self.radialCoefficients[rng.int(below: Self.radialCoefficients.count)])
        }
    }

    public func summary(of i: Instance) -> String {
        "d=\(i.dimension), n=\(i.contextLength), σ²=\(i.noise), α=\(i.linear), β=\(i.cubic), γ=\(i.radial)"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d", i.dimension), .int("n", i.contextLength), .exact("σ²", i.noise),
         .exact("α", i.linear), .exact("β", i.cubic), .exact("γ", i.radial)]
    }

    /// α + β(d+2): m_w = (α + β(d+2)) w.
    static func signal(_ i: Instance) -> Rational { i.linear + i.cubic * Rational(i.dimension + 2) }

    /// μ = (α + β(d+2))² = E‖m_w‖²/d.
    public static func mu(_ i: Instance) -> Rational { signal(i) * signal(i) }

    /// κ = E[y²‖x‖²]/d.
    public static func kappa(_ i: Instance) -> Rational {
        let d = Rational(i.dimension)
        let (a, b, g) = (i.linear, i.cubic, i.radial)
        return a * a * (d + 2) + 2 * a * b * (d + 2) * (d + 4) + b * b * (d + 2) * (d + 4) * (d + 6)
            + 2 * g * g * (d + 4) + i.noise
    }

    /// The closed-form step η = nμ/((n−1)μ + κ).
    public static func step(_ i: Instance) -> Rational {
        let n = Rational(i.contextLength)
        return n * mu(i) / ((n - 1) * mu(i) + kappa(i))
    }

    /// E[‖x‖^{2k} x xᵀ] for x ~ N(0, I_d), entry by entry: ‖x‖^{2k} = Σ over compositions e of k into
    /// d parts of k!/Πeᵥ! · Πxᵥ^{2eᵥ}, each term's moment from `moments` (Isserlis).
    static func radialSandwich(power k: Int, dimension d: Int, moments: any GaussianMomentFormulas) -> Matrix<Rational> {
        let identity = Matrix<Rational>.identity(d)
        var compositions: [([Int], Rational)] = []
        func factorial(_ m: Int) -> Rational { m <= 1 ? .one : Rational(m) * factorial(m - 1) }
        func build(_ prefix: [Int], _ remaining: Int) {
            if prefix.count == d - 1 {
                let e = prefix + [remaining]
                compositions.append((e, e.reduce(factorial(k)) { $0 / factorial($1) }))
                return
            }
            for v in 0...remaining { build(prefix + [v], remaining - v) }
        }
        build([], k)
        return Matrix(rows: d, columns: d) { a, b in
            var total = Rational.zero
            for (e, weight) in compositions {
                var exponents = e.map { 2 * $0 }
                exponents[a] += 1
                exponents[b] += 1
                total += weight * moments.monomialMoment(exponents, covariance: identity)
            }
            return total
        }
    }

    public func measure(_ i: Instance) -> Measurement {
        let d = i.dimension
        let t = (0...3).map { Self.radialSandwich(power: $0, dimension: d, moments: methods.moments) }
        let (a, b, g) = (i.linear, i.cubic, i.radial)
        let dd = Rational(d)
        // m_w = E_x[(α + β‖x‖²) x xᵀ] w (the radial term is even in x: E[(‖x‖² − d) x] = 0).
        let c = a * t[0] + b * t[1]
        let signal = c * c.transposed
        // E_w[(wᵀx)²] = ‖x‖² and E_w[wᵀx] = 0, so
        // K = E[‖x‖²(α + β‖x‖²)² xxᵀ] + γ² E[(‖x‖² − d)² xxᵀ] + σ² I.
        let k = (a * a) * t[1] + (2 * a * b) * t[2] + (b * b) * t[3]
            + (g * g) * (t[2] - (2 * dd) * t[1] + (dd * dd) * t[0]) + i.noise * .identity(d)
        let n = Rational(i.contextLength)
        let h = (1 / n) * k + ((n - 1) / n) * signal
        return Measurement(signal: signal, labelWeightedCovariance: k, curvature: h, strictlyConvex: h.isPositiveDefinite)
    }

    /// Γ = ηI is the unique global minimizer iff H ≻ 0 and ∇L(ηI) = 2(ηH − M) = 0; decided exactly.
    static func judge(step eta: Rational, _ m: Measurement) -> Judgement {
        guard m.strictlyConvex else {
            return Judgement(.refuted, reason: "H = K/n + ((n−1)/n)M is not positive definite: L is not strictly convex")
        }
        let gradient = Rational(2) * (eta * m.curvature - m.signal)
        let largest = gradient.elements.map(\.absoluteValue).max() ?? .zero
        return .exact(measured: largest, .equal, predicted: .zero,
                      certificate: "H ≻ 0 (exact LDLᵀ); ∇L(ηI) = 2(ηH − M) = 0 entrywise at η = \(eta) ≈ \(Quantity.format(eta.doubleValue))")
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("Γ* = η I with η = nμ/((n−1)μ + κ) is the unique global minimizer (∇L(ηI) = 0 and H ≻ 0), exactly",
              kind: .tight, exact: true) { i, m in
            Self.judge(step: Self.step(i), m)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the linear-target step n/(n+d+1+σ²) stays optimal for the nonlinear target", kind: .tight, exact: true) { i, m in
                let linear = Rational(i.contextLength) / (Rational(i.contextLength + i.dimension + 1) + i.noise)
                guard linear != Self.step(i) else { return .inapplicable("coincides with the truth") }
                return Self.judge(step: linear, m)
            },
            Claim("only the best linear fit matters: the step of the linear target (α + β(d+2))wᵀx with the same noise, nμ/((n+d+1)μ + σ²)",
                  kind: .tight, exact: true) { i, m in
                let n = Rational(i.contextLength)
                let mu = Self.mu(i)
                let fit = n * mu / ((n + Rational(i.dimension + 1)) * mu + i.noise)
                guard fit != Self.step(i) else { return .inapplicable("coincides with the truth") }
                return Self.judge(step: fit, m)
            },
            Claim("the radial term γ(‖x‖² − d) does not change the step (η computed with γ = 0)", kind: .tight, exact: true) { i, m in
                guard !i.radial.isZero else { return .inapplicable("γ = 0: coincides with the truth") }
                let withoutRadial = Instance(dimension: i.dimension, contextLength: i.contextLength, noise: i.noise,
                                             linear: i.linear, cubic: i.cubic, radial: .zero)
                return Self.judge(step: Self.step(withoutRadial), m)
            },
        ]
    }
}
