import ExactMath
import FloatMath

/// For x ~ N(0, Σ), w⋆ ~ N(0, Σ⁻¹) and L layers of sparse-form (8) linear attention, the set
/// S = {A_ℓ = a_ℓ Σ⁻¹} contains critical points, which implement L steps of GD preconditioned by
/// Σ⁻¹ with distinct step sizes a_ℓ.
///
/// Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023), Theorem 3, with the project's exact construction: in
/// whitened coordinates the loss on S is f(a) = E tr Π_ℓ (I − a_ℓ S_u)², which depends on the a_ℓ
/// only through their elementary symmetric functions eⱼ and is a quadratic in (e₁, …, e_L) with the
/// Wishart trace moments m_k = E tr S_u^k as coefficients (computed exactly by the
/// ``WishartMomentFormulas`` under test). Its critical point solves a Hankel system; the step sizes are the roots of
/// t^L − e₁t^{L−1} + e₂t^{L−2} − …, surds in general, so every decision is made on the rational
/// eⱼ: Sturm counts prove L distinct positive real roots. On the paper's own experiment (d = 5,
/// n = 20, L = 3) the roots are located, by exact Sturm counts, within ±0.005 of the values
/// 0.42, 0.69, 1.71 of the learned Σ^{1/2}A_ℓΣ^{1/2} in the paper's Figure 2.
/// See Proofs/ahn-cheng-daneshmand-sra-2023/multi-layer-critical-points.md.
public struct MultiLayerCriticalPoints: Theorem {
    public struct Instance: Sendable {
        public let dimension: Int
        public let contextLength: Int
        public let layers: Int
        /// The values read from the paper's Figure 2 (absolute values, ascending), when the instance is that experiment.
        public let published: [Rational]?
    }

    public struct Measurement: Sendable {
        /// m₀ = d, m₁, …, m_{2L}.
        public let moments: [Rational]
        /// The Hankel matrix [m_{j+k}]_{j,k=1…L} (the Hessian of f in (c₁, …, c_L), up to 2).
        public let hankel: Matrix<Rational>
        /// The critical point (e₁, …, e_L), when the Hankel matrix is nonsingular.
        public let symmetricFunctions: [Rational]?
        /// The optimal loss on S.
        public let loss: Rational?
        /// The L = 1 optimal loss d − m₁²/m₂, for comparison.
        public let singleLayerLoss: Rational
        /// Sturm sequence of the step-size polynomial Π(t − a_ℓ).
        public let sturm: SturmSequence?
    }

    public let id = "ahn-cheng-daneshmand-sra-2023/multi-layer-critical-points"
    public let family = Family.inContextLearning
    public let citation = Citation.ahnChengDaneshmandSra2023.at("Theorem 3 (and Figure 2)")
    public let provenance = Provenance.paperShape(
        "NeurIPS 2023 abstract and Theorem 3's prose (for L layers, certain critical points implement L iterations of preconditioned GD, A_ℓ in the span of Σ⁻¹) and the learned ≈ 0.42, 0.69, 1.71 of Figure 2 as read in the paper; the Hankel construction, the distinct-positive-roots claim and the ±0.005 brackets are the project's")
    public let statement = "For x ~ N(0, Σ), w⋆ ~ N(0, Σ⁻¹), L-layer sparse linear attention has critical points A_ℓ = a_ℓΣ⁻¹: L steps of Σ⁻¹-preconditioned GD with distinct positive step sizes (for d = 5, n = 20, L = 3: ≈ 0.42, 0.69, 1.71)."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("d ≥ 1, n ≥ 1 and 1 ≤ L ≤ 3 (the Wishart moments up to order 2L ≤ 6 are computed exactly)") { i in
            i.dimension >= 1 && i.contextLength >= 1 && (1...3).contains(i.layers) ? nil : "d, n or L out of range"
        }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let paper = Instance(dimension: 5, contextLength: 20, layers: 3,
                             published: [Rational(42, 100), Rational(69, 100), Rational(171, 100)])
        let drawn = try InContextInstances.draw(count: scale.pick(quick: 6, standard: 20, thorough: 60), seed: seed,
                                                hypotheses: hypotheses) { k, rng in
            Instance(dimension: rng.int(in: 1...5), contextLength: rng.int(in: 2...30), layers: 2 + k % 2, published: nil)
        }
        return [paper] + drawn
    }

    public func summary(of i: Instance) -> String {
        "d=\(i.dimension), n=\(i.contextLength), L=\(i.layers)\(i.published == nil ? "" : " (the paper's Figure 2 experiment)")"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d", i.dimension), .int("n", i.contextLength), .int("L", i.layers)]
    }

    /// A layer count outside 1…3.
    public struct LayerCountError: Error, CustomStringConvertible {
        public let layers: Int
        public var description: String { "the multi-layer check handles 1…3 layers, got \(layers)" }
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let l = i.layers
        guard (1...3).contains(l) else { throw LayerCountError(layers: l) }
        let m = try methods.wishart.sampleCovarianceMoments(upTo: 2 * l, samples: i.contextLength, dimension: i.dimension)
        let hankel = Matrix<Rational>(rows: l, columns: l) { j, k in m[j + k + 2] }
        // min over one step a of m₀ − 2a m₁ + a² m₂ (m₂ > 0 for any true moment sequence).
        let single = m[2].signum > 0 ? m[0] - m[1] * m[1] / m[2] : m[0]
        // f(c) = m₀ + 2 Σ cⱼ mⱼ + Σ cⱼ c_k m_{j+k}, cⱼ = (−1)ʲ eⱼ: ∇ = 0 ⇔ Hankel · c = −(m₁, …, m_L).
        let rhs = Matrix(rows: l, columns: 1, elements: (1...l).map { -m[$0] })
        guard let c = try? hankel.solve(rhs) else {
            return Measurement(moments: m, hankel: hankel, symmetricFunctions: nil, loss: nil,
                               singleLayerLoss: single, sturm: nil)
        }
        let e = (0..<l).map { j in j % 2 == 0 ? -c.elements[j] : c.elements[j] }
        let loss = m[0] + Rational.dot(c.elements, Array(m[1...l]))
        // Π(t − a_ℓ) = t^L − e₁t^{L−1} + e₂t^{L−2} − …, ascending coefficients.
        var coefficients = [Rational](repeating: .zero, count: l + 1)
        coefficients[l] = .one
        for j in 1...l { coefficients[l - j] = (j % 2 == 1 ? -e[j - 1] : e[j - 1]) }
        return Measurement(moments: m, hankel: hankel, symmetricFunctions: e, loss: loss,
                           singleLayerLoss: single,
                           sturm: try? SturmSequence(Polynomial(coefficients: coefficients)))
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("the Hankel system has a unique solution (Hankel ≻ 0) whose step polynomial has L distinct positive real roots (Sturm); on Figure 2's setting each root is within ±0.005 of the published value",
              kind: .tight, exact: true) { i, m in
            guard m.hankel.isPositiveDefinite, let sturm = m.sturm, let loss = m.loss else {
                return Judgement(.refuted, reason: "Hankel matrix not positive definite: f is not strictly convex in (e₁, …, e_L)")
            }
            let positive = sturm.countDistinctRealRoots(above: .zero, atMost: nil)
            if let published = i.published {
                for v in published where sturm.countDistinctRealRoots(above: v - Rational(1, 200), atMost: v + Rational(1, 200)) != 1 {
                    return Judgement(.refuted, predicted: .exact(v), reason: "no single step size within ±0.005 of the published \(v)")
                }
            }
            return .exact(measured: Rational(positive), .equal, predicted: Rational(i.layers),
                          certificate: "Hankel ≻ 0 (exact LDLᵀ); Sturm: \(positive) distinct positive roots; loss on S = \(loss) ≈ \(Quantity.format(loss.doubleValue))\(i.published == nil ? "" : "; each published step bracketed to ±0.005")")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the optimal layers use one common step size (plain L-step GD with a single η)", kind: .tight, exact: true) { i, m in
                guard let sturm = m.sturm else { return .inconclusive("no critical point") }
                return .exact(measured: Rational(sturm.countDistinctRealRoots(above: nil, atMost: nil)), .equal, predicted: 1)
            },
            Claim("L layers do no better than one: the optimal loss on S equals d(d+1)/(n+d+1)-type single-layer value d − m₁²/m₂",
                  kind: .tight, exact: true) { _, m in
                guard let loss = m.loss else { return .inconclusive("no critical point") }
                return .exact(measured: loss, .equal, predicted: m.singleLayerLoss)
            },
        ]
    }
}
