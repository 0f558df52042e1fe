import ExactMath
import FloatMath
import Optimizers

/// L layers of linear attention in the form (11) of Ahn–Cheng–Daneshmand–Sra, P_ℓ = [[B_ℓ, 0], [0, 1]],
/// Q_ℓ = −[[A_ℓ, 0], [0, 0]], on x ~ N(0, Σ), w⋆ ~ N(0, Σ⁻¹): the set {A_ℓ = a_ℓΣ⁻¹, B_ℓ = b_ℓI}
/// carries the critical points (GD++ when Σ = I), and the ++ term matters — the critical points of
/// plain preconditioned GD (B_ℓ = 0) are not critical over (11).
///
/// Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023), Theorem 4, in the exactly decidable parts the project
/// derives for it:
///
/// 1. **Forward pass** (every L, any A_ℓ, B_ℓ): on a noiseless prompt, Y_q + w⋆ᵀx_q = x_qᵀv_L with
///    v₀ = w⋆, v_{ℓ+1} = (I − M_ℓᵀA_ℓᵀM_ℓS)v_ℓ, M₀ = I, M_{ℓ+1} = (I − B_ℓM_ℓSM_ℓᵀA_ℓ)M_ℓ (the tokens'
///    x-parts are M_ℓx). On the set, M_ℓ = p_ℓ(SΣ⁻¹) and v_L = r_L(Σ⁻¹S)w⋆ with the scalar
///    polynomials r₀ = p₀ = 1, r_{ℓ+1} = (1 − a_ℓtp_ℓ²)r_ℓ, p_{ℓ+1} = (1 − a_ℓb_ℓtp_ℓ²)p_ℓ. Decided on
///    exact rational prompts through the forward pass under test. Hence the population loss on the
///    set is f(a, b) = E tr r_L(S_u)², S_u the whitened sample covariance, a polynomial in (a, b)
///    whose coefficients are the Wishart trace moments.
/// 2. **The ++ term** (L = 2): at the Theorem 3 critical point (B = 0, a₀, a₁ the roots of
///    t² − e₁t + e₂ from the Hankel system, either layer order), ∂f/∂a_ℓ = 0 and
///    ∂f/∂b₀ = 4e₂ E tr[(1 − e₁S_u + e₂S_u²)(1 − a₀S_u)S_u²] = 2e₂(u ∓ Y√D) is strictly negative
///    (decided exactly in ℚ(√D)): B₀ = b₀I with small b₀ > 0 strictly lowers the loss.
///
/// By rotation invariance of S_u the gradient over all of (11) at a point of the set is
/// (∂f/∂a_ℓ / d)Σ⁻¹ in A_ℓ and (∂f/∂b_ℓ / d)I in B_ℓ, so part 2 says the plain-GD point has a nonzero
/// form-(11) gradient. That the set actually attains (or approaches) a critical point with b ≠ 0 is the
/// paper's claim and is not decided here (the L = 2 loss needs trace moments of order 8 and its
/// critical points are algebraic of high degree).
/// See Proofs/ahn-cheng-daneshmand-sra-2023/gd-plus-plus-critical-points.md.
public struct GDPlusPlusCriticalPoints: Theorem {
    public typealias Prompt = (contexts: [[Rational]], task: [Rational], query: [Rational])

    public struct Instance: Sendable {
        public let dimension: Int
        public let contextLength: Int
        /// Σ ≻ 0, rational.
        public let covariance: Matrix<Rational>
        /// Rational steps (a_ℓ, b_ℓ) of a point of the set {A_ℓ = a_ℓΣ⁻¹, B_ℓ = b_ℓI}.
        public let steps: [(a: Rational, b: Rational)]
        /// Arbitrary rational (A_ℓ, B_ℓ) (non-symmetric), for the general forward-pass recursion.
        public let general: [(a: Matrix<Rational>, b: Matrix<Rational>)]
        /// Noiseless rational prompts: contexts xᵢ, task w⋆ (labels yᵢ = w⋆ᵀxᵢ), query x_q.
        public let prompts: [Prompt]
    }

    public struct Measurement: Sendable {
        /// Y_q + w⋆ᵀx_q after the layers on the set, per prompt.
        public let setErrors: [Rational]
        /// The same for the general (A_ℓ, B_ℓ), per prompt.
        public let generalErrors: [Rational]
        /// The L = 2 Theorem 3 critical point (e₁, e₂) of the loss at B = 0, when the Hankel system is solvable.
        public let symmetricFunctions: (e1: Rational, e2: Rational)?
        /// ∂f/∂c at e* (zero at a critical point): 2(mⱼ + Σ_k c_k m_{j+k}), j = 1, 2.
        public let restrictedGradient: [Rational]
        /// ∂f/∂b₀ = 2e₂(u + s·Y√D) for the layer orders s = +1 (small step first) and −1 (large step first),
        /// as (u, Y, D).
        public let plusPlusDerivative: (u: Rational, y: Rational, discriminant: Rational)?
        /// The single-layer reduced measurement at n, σ² = 0, Ω = Σ⁻¹ (for the A = aI near miss).
        public let singleLayer: ReducedOptimumMeasurement?
        /// The single-layer problem it measures.
        public let singleLayerProblem: InContextRegression?
    }

    public let id = "ahn-cheng-daneshmand-sra-2023/gd-plus-plus-critical-points"
    public let family = Family.inContextLearning
    public let citation = Citation.ahnChengDaneshmandSra2023.at("Theorem 4")
    public let provenance = Provenance.paperShape(
        "Theorem 4's statement as the paper's prose gives it (same data as Theorem 3, form (11): the set {A_ℓ = a_ℓΣ⁻¹, B_ℓ = b_ℓI} essentially contains critical points; GD++ for Σ = I); the forward-pass recursion, the reduction to E tr r_L(S_u)², the ∂f/∂b₀ formula and its sign are the project's derivation, and the existence of a critical point with b ≠ 0 is not decided")
    public let statement = "For x ~ N(0, Σ), w⋆ ~ N(0, Σ⁻¹), form-(11) layers with A_ℓ = a_ℓΣ⁻¹, B_ℓ = b_ℓI predict with error x_qᵀ r_L(Σ⁻¹S) w⋆ (GD++ in whitened coordinates), and for L = 2 the plain-GD critical points of Theorem 3 (B = 0) are not critical: ∂f/∂b₀ < 0 in either layer order."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("d ≥ 1, n ≥ 1, L ≥ 1, Σ ≻ 0, well-formed layers and prompts") { i in
            let d = i.dimension
            guard d >= 1, i.contextLength >= 1, !i.steps.isEmpty, i.general.count == i.steps.count else { return "empty shape" }
            guard i.covariance.rows == d, i.covariance.columns == d, i.covariance.isSymmetric, i.covariance.isPositiveDefinite else {
                return "Σ is not a positive-definite d×d matrix"
            }
            guard i.general.allSatisfy({ $0.a.rows == d && $0.a.columns == d && $0.b.rows == d && $0.b.columns == d }) else {
                return "a layer is not d×d"
            }
            guard i.prompts.allSatisfy({ p in p.query.count == d && p.task.count == d
                && p.contexts.count == i.contextLength && p.contexts.allSatisfy { $0.count == d } }) else { return "a malformed prompt" }
            return nil
        }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let maxDimension = scale.pick(quick: 4, standard: 5, thorough: 5)
        let maxLength = scale.pick(quick: 12, standard: 30, thorough: 60)
        return try InContextInstances.draw(count: scale.pick(quick: 6, standard: 16, thorough: 40), seed: seed,
                                           hypotheses: hypotheses) { k, rng in
            func r() -> Rational { Rational(rng.int(in: -4...4), rng.int(in: 1...3)) }
            let d = 1 + k % maxDimension, n = rng.int(in: 2...maxLength), layers = 2 + (k / maxDimension) % 2
            let sigma = methods.instances.covariance(dimension: d, using: &rng)
            let steps = (0..<layers).map { _ in (a: Rational(rng.int(in: 1...8), 4), b: Rational(rng.int(in: -3...4), 4)) }
            // At least one nonzero ++ coefficient before the last layer, so the plain-GD variant is told apart.
            var set = steps
            if set[0].b.isZero { set[0].b = Rational(1, 2) }
            let general = (0..<layers).map { _ in
                (a: Matrix<Rational>(rows: d, columns: d) { _, _ in r() },
                 b: Matrix<Rational>(rows: d, columns: d) { _, _ in r() })
            }
            let promptCount = 2
            let prompts: [Prompt] = (0..<promptCount).map { _ in
                (contexts: (0..<n).map { _ in (0..<d).map { _ in r() } }, task: (0..<d).map { _ in r() },
                 query: (0..<d).map { _ in r() })
            }
            return Instance(dimension: d, contextLength: n, covariance: sigma, steps: set, general: general, prompts: prompts)
        }
    }

    public func summary(of i: Instance) -> String {
        "d=\(i.dimension), n=\(i.contextLength), L=\(i.steps.count), Σ=\(InContextRegression.render(i.covariance)), (a, b)=\(i.steps.map { "(\($0.a), \($0.b))" }.joined(separator: " "))"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d", i.dimension), .int("n", i.contextLength), .int("L", i.steps.count), .int("prompts", i.prompts.count)]
    }

    /// The form-(11) layer P = [[B, 0], [0, 1]], Q = −[[A, 0], [0, 0]].
    static func layer(a: Matrix<Rational>, b: Matrix<Rational>) -> LinearAttentionLayer<Rational> {
        let d = a.rows
        let p = Matrix<Rational>(rows: d + 1, columns: d + 1) { i, j in
            i < d && j < d ? b[i, j] : (i == d && j == d ? .one : .zero)
        }
        let q = Matrix<Rational>(rows: d + 1, columns: d + 1) { i, j in i < d && j < d ? -a[i, j] : .zero }
        return LinearAttentionLayer(p: p, q: q)
    }

    /// S = (1/n)Σ xᵢxᵢᵀ of a prompt.
    static func sampleCovariance(_ p: Prompt) -> Matrix<Rational> {
        let d = p.query.count, n = Rational(p.contexts.count)
        return Matrix(rows: d, columns: d) { a, b in Rational.sum(p.contexts.map { $0[a] * $0[b] }) / n }
    }

    /// Y_q + w⋆ᵀx_q after the layers: the prediction error −TF + w⋆ᵀx_q.
    func error(_ layers: [(a: Matrix<Rational>, b: Matrix<Rational>)], _ p: Prompt) -> Rational {
        let labels = p.contexts.map { Rational.dot($0, p.task) }
        let tf = LinearTransformer(layers: layers.map { Self.layer(a: $0.a, b: $0.b) })
            .predict(contexts: p.contexts, labels: labels, query: p.query, using: methods.attention)
        return Rational.dot(p.query, p.task) - tf
    }

    /// x_qᵀv_L by the matrix recursion (`plusPlus: false` drops the B-update of the tokens, M_ℓ = I).
    static func recursion(_ layers: [(a: Matrix<Rational>, b: Matrix<Rational>)], _ p: Prompt, plusPlus: Bool = true) -> Rational {
        let d = p.query.count
        let s = sampleCovariance(p)
        var m = Matrix<Rational>.identity(d)
        var v = Matrix(rows: d, columns: 1, elements: p.task)
        for l in layers {
            v = v - m.transposed * l.a.transposed * m * s * v
            if plusPlus { m = (Matrix<Rational>.identity(d) - l.b * m * s * m.transposed * l.a) * m }
        }
        return Rational.dot(p.query, v.elements)
    }

    /// x_qᵀ r_L(T) w⋆ with the scalar recursion r, p evaluated at the matrix T.
    static func polynomialForm(_ steps: [(a: Rational, b: Rational)], at t: Matrix<Rational>, _ p: Prompt) -> Rational {
        let d = t.rows
        let identity = Matrix<Rational>.identity(d)
        var r = identity, q = identity
        for (a, b) in steps {
            let q2t = q * q * t
            r = (identity - a * q2t) * r
            q = (identity - (a * b) * q2t) * q
        }
        return Rational.dot(p.query, (r * Matrix(rows: d, columns: 1, elements: p.task)).elements)
    }

    /// The set's layers A_ℓ = a_ℓΣ⁻¹, B_ℓ = b_ℓI.
    static func setLayers(_ i: Instance, inverse: Matrix<Rational>) -> [(a: Matrix<Rational>, b: Matrix<Rational>)] {
        i.steps.map { (a: $0.a * inverse, b: $0.b * Matrix<Rational>.identity(i.dimension)) }
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let inverse = try i.covariance.inverse()
        let set = Self.setLayers(i, inverse: inverse)
        let setErrors = i.prompts.map { error(set, $0) }
        let generalErrors = i.prompts.map { error(i.general, $0) }
        // L = 2 population part: Theorem 3's critical point and ∂f/∂b₀ there.
        let m = try methods.wishart.sampleCovarianceMoments(upTo: 5, samples: i.contextLength, dimension: i.dimension)
        let hankel = Matrix<Rational>([[m[2], m[3]], [m[3], m[4]]])
        var symmetric: (e1: Rational, e2: Rational)? = nil
        var gradient: [Rational] = []
        var derivative: (u: Rational, y: Rational, discriminant: Rational)? = nil
        if let c = try? hankel.solve(Matrix(rows: 2, columns: 1, elements: [-m[1], -m[2]])) {
            let (c1, c2) = (c.elements[0], c.elements[1])
            let (e1, e2) = (-c1, c2)
            symmetric = (e1, e2)
            gradient = [2 * (m[1] + c1 * m[2] + c2 * m[3]), 2 * (m[2] + c1 * m[3] + c2 * m[4])]
            // X = E tr[q S²], Y = E tr[q S³], q(s) = 1 − e₁s + e₂s²; ∂f/∂b₀ = 4e₂(X − a₀Y) = 2e₂(u ∓ Y√D).
            let x = m[2] - e1 * m[3] + e2 * m[4]
            let y = m[3] - e1 * m[4] + e2 * m[5]
            derivative = (u: 2 * x - e1 * y, y: y, discriminant: e1 * e1 - 4 * e2)
        }
        let problem = try? InContextRegression(covariance: i.covariance, taskCovariance: inverse,
                                               contextLength: i.contextLength, noise: .zero)
        let single = problem.map { ReducedOptimumMeasurement($0, moments: methods.moments) }
        return Measurement(setErrors: setErrors, generalErrors: generalErrors, symmetricFunctions: symmetric,
                           restrictedGradient: gradient, plusPlusDerivative: derivative, singleLayer: single,
                           singleLayerProblem: problem)
    }

    /// The sign of u + w√D (D > 0), exactly.
    static func sign(_ u: Rational, plus w: Rational, root d: Rational) -> Int {
        let (su, sw) = (u.signum, w.signum)
        if sw == 0 { return su }
        if su == 0 || su == sw { return su == 0 ? sw : su }
        // Opposite signs: compare u² with w²D.
        let diff = u * u - w * w * d
        return diff.signum == 0 ? 0 : (diff.signum > 0 ? su : sw)
    }

    /// The largest |measured − predicted| over the prompts.
    static func worst(_ measured: [Rational], _ predicted: [Rational]) -> Rational {
        zip(measured, predicted).map { ($0 - $1).absoluteValue }.max() ?? .zero
    }

    /// The signs of ∂f/∂b₀ in the two layer orders (small step first, large step first), or why not decided.
    static func plusPlusSigns(_ m: Measurement) -> Result<(small: Int, large: Int), JudgementFailure> {
        guard let e = m.symmetricFunctions, let g = m.plusPlusDerivative else {
            return .failure(JudgementFailure(reason: "the Hankel system of Theorem 3 is singular"))
        }
        guard g.discriminant.signum > 0 else {
            return .failure(JudgementFailure(reason: "t² − e₁t + e₂ has no two distinct real roots (D = \(g.discriminant))"))
        }
        // a₀ = (e₁ ∓ √D)/2 gives 2e₂(u ± Y√D).
        let small = e.e2.signum * sign(g.u, plus: g.y, root: g.discriminant)
        let large = e.e2.signum * sign(g.u, plus: -g.y, root: g.discriminant)
        return .success((small, large))
    }

    /// A reason a judgement could not be made.
    public struct JudgementFailure: Error { public let reason: String }

    public var claim: Claim<Instance, Measurement> {
        Claim("the form-(11) error is x_qᵀv_L (matrix recursion) for any layers and x_qᵀr_L(Σ⁻¹S)w⋆ on the set, per prompt exactly; for L = 2 the restricted gradient vanishes at Theorem 3's point and ∂f/∂b₀ < 0 there in both layer orders",
              kind: .tight, exact: true) { i, m in
            guard let inverse = try? i.covariance.inverse() else { return .inconclusive("Σ singular") }
            let set = Self.setLayers(i, inverse: inverse)
            let general = Judgement.exact(
                measured: Self.worst(m.generalErrors, i.prompts.map { Self.recursion(i.general, $0) }), .equal, predicted: .zero,
                certificate: "general (A_ℓ, B_ℓ): \(i.prompts.count) exact forward passes equal x_qᵀv_L")
            let matrix = Judgement.exact(
                measured: Self.worst(m.setErrors, i.prompts.map { Self.recursion(set, $0) }), .equal, predicted: .zero)
            let polynomial = Judgement.exact(
                measured: Self.worst(m.setErrors, i.prompts.map { Self.polynomialForm(i.steps, at: inverse * Self.sampleCovariance($0), $0) }),
                .equal, predicted: .zero, certificate: "on the set: error = x_qᵀ r_L(Σ⁻¹S) w⋆ exactly")
            let stationary = Judgement.exact(
                measured: m.restrictedGradient.map(\.absoluteValue).max() ?? Rational(1), .equal, predicted: .zero,
                certificate: "∂f/∂a = 0 at Theorem 3's e* = \(m.symmetricFunctions.map { "(\($0.e1), \($0.e2))" } ?? "—")")
            let plusPlus: Judgement
            switch Self.plusPlusSigns(m) {
            case .failure(let f): plusPlus = .inconclusive(f.reason)
            case .success(let s):
                plusPlus = .exact(measured: Rational(max(s.small, s.large)), .equal, predicted: -1,
                                  certificate: "∂f/∂b₀ < 0 for both layer orders (exact sign in ℚ(√D))")
            }
            return .allOf([general, matrix, polynomial, stationary, plusPlus])
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("plain preconditioned GD (B_ℓ = 0) is already critical over form (11): ∂f/∂b₀ = 0 at Theorem 3's point (either layer order)",
                  kind: .tight, exact: true) { _, m in
                switch Self.plusPlusSigns(m) {
                case .failure(let f): return .inconclusive(f.reason)
                case .success(let s):
                    return .exact(measured: Rational(s.small == 0 || s.large == 0 ? 0 : 1), .equal, predicted: 0)
                }
            },
            Claim("the ++ term does not reach the prediction: with B_ℓ ≠ 0 the error is still Lemma 1's x_qᵀΠ(I − A_ℓᵀS)w⋆",
                  kind: .tight, exact: true) { i, m in
                Judgement.exact(measured: Self.worst(m.generalErrors, i.prompts.map { Self.recursion(i.general, $0, plusPlus: false) }),
                                .equal, predicted: .zero)
            },
            Claim("on the set the error polynomial is in S, not Σ⁻¹S: x_qᵀ r_L(S) w⋆ (the set taken as A_ℓ = a_ℓI)",
                  kind: .tight, exact: true) { i, m in
                guard let inverse = try? i.covariance.inverse() else { return .inconclusive("Σ singular") }
                if inverse == inverse[0, 0] * Matrix<Rational>.identity(i.dimension) { return .inapplicable("Σ ∝ I") }
                return .exact(measured: Self.worst(m.setErrors, i.prompts.map { Self.polynomialForm(i.steps, at: Self.sampleCovariance($0), $0) }),
                              .equal, predicted: .zero)
            },
            Claim("the critical points lie in {A_ℓ = a_ℓI} instead of {a_ℓΣ⁻¹}: at L = 1 the best A = aI is critical on non-isotropic Σ",
                  kind: .tight, exact: true) { i, m in
                guard let single = m.singleLayer, let problem = m.singleLayerProblem else { return .inconclusive("no single-layer measurement") }
                guard let inverse = try? i.covariance.inverse() else { return .inconclusive("Σ singular") }
                if inverse == inverse[0, 0] * Matrix<Rational>.identity(i.dimension) { return .inapplicable("Σ ∝ I") }
                return single.judgeOptimal(LSAClosedForms.bestScalarStep(problem) * Matrix<Rational>.identity(i.dimension))
            },
        ]
    }
}
