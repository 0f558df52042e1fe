import ExactMath
import FloatMath
import Optimizers

/// L layers of linear self-attention in the sparse form (8), P_ℓ = [[0, 0], [0, 1]] and
/// Q_ℓ = −[[A_ℓ, 0], [0, 0]], implement L steps of preconditioned GD on the in-context least squares
/// R(w) = (1/2n) Σᵢ (wᵀxᵢ − yᵢ)²: the prediction −[Z_L]_{d+1, n+1} equals ⟨x_q, w_L⟩ with w₀ = 0 and
/// w_{ℓ+1} = w_ℓ − A_ℓᵀ ∇R(w_ℓ), ∇R(w) = Sw − h.
///
/// Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023), Lemma 1. The paper states it with A_ℓ for the symmetric
/// A_ℓ of its theorems; with the attention Z + (1/n) P Z M (Zᵀ Q Z) of its §2 and a non-symmetric A_ℓ
/// the preconditioner is A_ℓᵀ (the project's derivation). Decided exactly, in rational arithmetic,
/// through the forward pass under test. See Proofs/ahn-cheng-daneshmand-sra-2023/lemma-1-forward-pass.md.
public struct LemmaOneForwardPass: Theorem {
    public struct Instance: Sendable {
        public let dimension: Int
        public let contextLength: Int
        /// A₁, …, A_L, not symmetric.
        public let preconditioners: [Matrix<Rational>]
        /// Prompts: contexts xᵢ, labels yᵢ (arbitrary, not necessarily linear in xᵢ), query x_q.
        public let prompts: [(contexts: [[Rational]], labels: [Rational], query: [Rational])]
    }

    public struct Measurement: Sendable {
        /// predictions[p][ℓ − 1]: the exact prediction of the first ℓ layers on prompt p.
        public let predictions: [[Rational]]
    }

    public let id = "ahn-cheng-daneshmand-sra-2023/lemma-1-forward-pass"
    public let family = Family.inContextLearning
    public let citation = Citation.ahnChengDaneshmandSra2023.at("Lemma 1")
    public let provenance = Provenance.paperShape(
        "Lemma 1 as the paper's prose states it (the sparse form (8) makes L layers implement L steps of preconditioned GD on the in-context least squares, the prediction read off as −[Z_L]_{d+1,n+1}); the A_ℓᵀ for non-symmetric A_ℓ is the project's derivation from §2's attention formula (the authors' code, linear_transformer.py, scores tokens as z_iᵀQz_j, the transposed convention, where A_ℓ itself appears)")
    public let statement = "Sparse-form linear attention with Q_ℓ = −[[A_ℓ, 0], [0, 0]] predicts ⟨x_q, w_L⟩ exactly, where w₀ = 0 and w_{ℓ+1} = w_ℓ − A_ℓᵀ(S w_ℓ − h): L steps of GD on the prompt's least squares preconditioned by A_ℓᵀ (A_ℓ when symmetric)."
    public let methods: InContextMethods

    public init(methods: InContextMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("d ≥ 1, n ≥ 1, L ≥ 1 with d×d preconditioners and well-formed prompts") { i in
            let d = i.dimension
            guard d >= 1, i.contextLength >= 1, !i.preconditioners.isEmpty else { return "empty dimension, context or stack" }
            guard i.preconditioners.allSatisfy({ $0.rows == d && $0.columns == d }) else { return "a preconditioner is not d×d" }
            guard i.prompts.allSatisfy({ p in p.query.count == d && p.labels.count == i.contextLength
                && p.contexts.count == i.contextLength && p.contexts.allSatisfy { $0.count == d } }) else { return "a malformed prompt" }
            return nil
        }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        try InContextInstances.draw(count: scale.pick(quick: 6, standard: 16, thorough: 40), seed: seed,
                                    hypotheses: hypotheses) { k, rng in
            func r() -> Rational { Rational(rng.int(in: -4...4), rng.int(in: 1...3)) }
            let d = 1 + k % 4, n = rng.int(in: 1...8), layers = 1 + (k / 4) % 4
            var preconditioners: [Matrix<Rational>] = []
            for _ in 0..<layers {
                var a = Matrix<Rational>(rows: d, columns: d) { _, _ in r() }
                // Keep A_ℓ non-symmetric (for d ≥ 2) so that A_ℓ and A_ℓᵀ are told apart.
                if d >= 2 && a.isSymmetric { a[0, 1] += 1 }
                preconditioners.append(a)
            }
            let prompts = (0..<2).map { _ in
                (contexts: (0..<n).map { _ in (0..<d).map { _ in r() } }, labels: (0..<n).map { _ in r() },
                 query: (0..<d).map { _ in r() })
            }
            return Instance(dimension: d, contextLength: n, preconditioners: preconditioners, prompts: prompts)
        }
    }

    public func summary(of i: Instance) -> String {
        "d=\(i.dimension), n=\(i.contextLength), L=\(i.preconditioners.count), \(i.prompts.count) rational prompts, A₁=\(InContextRegression.render(i.preconditioners[0]))"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d", i.dimension), .int("n", i.contextLength), .int("L", i.preconditioners.count), .int("prompts", i.prompts.count)]
    }

    public func measure(_ i: Instance) -> Measurement {
        let layers = i.preconditioners.map { LinearAttentionLayer<Rational>.preconditionedGD($0) }
        return Measurement(predictions: i.prompts.map { p in
            (1...layers.count).map { l in
                LinearTransformer(layers: Array(layers.prefix(l)))
                    .predict(contexts: p.contexts, labels: p.labels, query: p.query, using: methods.attention)
            }
        })
    }

    /// The iterates w₁, …, w_L of preconditioned GD on the prompt's least squares, each step
    /// w ← w − step(A_ℓ)(Sw − h); `compose: false` restarts every step from w = 0 (the layers' steps add).
    static func iterates(_ i: Instance, prompt p: (contexts: [[Rational]], labels: [Rational], query: [Rational]),
                         step: (Matrix<Rational>) -> Matrix<Rational>, compose: Bool = true) -> [Rational] {
        let d = i.dimension, n = Rational(i.contextLength)
        let s = Matrix<Rational>(rows: d, columns: d) { a, b in Rational.sum(p.contexts.map { $0[a] * $0[b] }) / n }
        let h = Vector((0..<d).map { a in Rational.sum(zip(p.contexts, p.labels).map { $0[a] * $1 }) / n })
        var w = Vector<Rational>.zero(d), total = Vector<Rational>.zero(d)
        return i.preconditioners.map { a in
            let base = compose ? w : Vector<Rational>.zero(d)
            let next = base - step(a) * (s * base - h)
            total = total + (next - base)
            w = compose ? next : total
            return Vector(p.query).dot(w)
        }
    }

    /// The largest |prediction − ⟨x_q, w_ℓ⟩| over prompts and layer counts, exactly.
    static func judge(_ i: Instance, _ m: Measurement, step: (Matrix<Rational>) -> Matrix<Rational>,
                      compose: Bool = true) -> Judgement {
        var worst = Rational.zero
        for (p, predictions) in zip(i.prompts, m.predictions) {
            for (predicted, measured) in zip(iterates(i, prompt: p, step: step, compose: compose), predictions) {
                worst = max(worst, (predicted - measured).absoluteValue)
            }
        }
        return .exact(measured: worst, .equal, predicted: .zero,
                      certificate: "\(i.prompts.count) prompts × \(i.preconditioners.count) layer counts, exact rational forward passes")
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("−[Z_ℓ]_{d+1,n+1} = ⟨x_q, w_ℓ⟩ with w_{ℓ+1} = w_ℓ − A_ℓᵀ(Sw_ℓ − h), for every ℓ ≤ L and prompt, exactly",
              kind: .tight, exact: true) { i, m in
            Self.judge(i, m, step: \.transposed)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the preconditioner is A_ℓ itself (no transpose) for a non-symmetric A_ℓ", kind: .tight, exact: true) { i, m in
                guard i.dimension >= 2 else { return .inapplicable("d = 1: A_ℓ = A_ℓᵀ") }
                return Self.judge(i, m, step: { $0 })
            },
            Claim("the layers' steps add instead of composing: w_L = Σ_ℓ A_ℓᵀ h (one step with the summed preconditioner)",
                  kind: .tight, exact: true) { i, m in
                guard i.preconditioners.count >= 2 else { return .inapplicable("L = 1: one step either way") }
                return Self.judge(i, m, step: \.transposed, compose: false)
            },
        ]
    }
}
