/// A deep linear network x ↦ W_{H+1}⋯W₁x with the squared loss
/// L(W) = ½‖W_{H+1}⋯W₁X − Y‖²_F on data X (d_x × m) and targets Y (d_y × m), over any scalar
/// (exact with `Rational`): the setting of Yun, Sra, Jadbabaie, "Global optimality conditions
/// for deep neural networks" (ICLR 2018, arXiv 1707.02444).
///
/// ∇_{W_j}L = (W_{H+1}⋯W_{j+1})ᵀ · R · (W_{j−1}⋯W₁X)ᵀ with R = ÂX − Y and Â = W_{H+1}⋯W₁.
public struct DeepLinearNetwork<Scalar: OrderedField>: Sendable {
    /// W₁, …, W_{H+1}, first layer first.
    public var weights: [Matrix<Scalar>]

    /// Throws ``LinearAlgebraError/dimensionMismatch(_:)`` unless there is at least one layer
    /// and each layer's rows match the next layer's columns.
    public init(weights: [Matrix<Scalar>]) throws(LinearAlgebraError) {
        guard !weights.isEmpty, zip(weights, weights.dropFirst()).allSatisfy({ $0.rows == $1.columns }) else {
            throw .dimensionMismatch("the layer shapes do not chain: \(weights.map { "\($0.rows)×\($0.columns)" })")
        }
        self.weights = weights
    }

    /// Layers already known to chain (a step keeps every shape).
    private init(chained weights: [Matrix<Scalar>]) { self.weights = weights }

    /// The end-to-end matrix Â = W_{H+1}⋯W₁ (d_y × d_x).
    public var product: Matrix<Scalar> { weights.dropFirst().reduce(weights[0]) { $1 * $0 } }

    /// The narrowest width p = min(d_x, d₁, …, d_H, d_y).
    public var narrowestWidth: Int { min(weights[0].columns, weights.map(\.rows).min()!) }

    /// ½‖ÂX − Y‖²_F.
    public func loss(x: Matrix<Scalar>, y: Matrix<Scalar>) -> Scalar {
        let r = product * x - y
        return Scalar(rational: Rational(1, 2)) * r.elements.reduce(0) { $0 + $1 * $1 }
    }

    /// The gradients ∂L/∂W_j, j = 1…H+1.
    public func gradients(x: Matrix<Scalar>, y: Matrix<Scalar>) -> [Matrix<Scalar>] {
        let r = product * x - y
        return weights.indices.map { j in
            let upper = weights[(j + 1)...].reduce(Matrix<Scalar>.identity(weights[j].rows)) { $1 * $0 }
            let lower = weights[..<j].reduce(x) { $1 * $0 }
            return upper.transposed * r * lower.transposed
        }
    }

    /// One gradient-descent step W_j ← W_j − η∇_{W_j}L on every layer.
    public func gradientStep(_ eta: Scalar, x: Matrix<Scalar>, y: Matrix<Scalar>) -> DeepLinearNetwork {
        DeepLinearNetwork(chained: zip(weights, gradients(x: x, y: y)).map { $0 - eta * $1 })
    }
}

/// How a deep linear network's loss and gradients are computed, as a value, so that a mutant
/// (a plausible bug) can be put in place of the project's ``DeepLinearNetwork``.
public struct DeepLinearMethods: Sendable {
    public var loss: @Sendable (DeepLinearNetwork<Rational>, Matrix<Rational>, Matrix<Rational>) -> Rational
    public var gradients: @Sendable (DeepLinearNetwork<Rational>, Matrix<Rational>, Matrix<Rational>) -> [Matrix<Rational>]

    public init(loss: @escaping @Sendable (DeepLinearNetwork<Rational>, Matrix<Rational>, Matrix<Rational>) -> Rational,
                gradients: @escaping @Sendable (DeepLinearNetwork<Rational>, Matrix<Rational>, Matrix<Rational>) -> [Matrix<Rational>]) {
        self.loss = loss
        self.gradients = gradients
    }

    public static let project = DeepLinearMethods(loss: { $0.loss(x: $1, y: $2) }, gradients: { $0.gradients(x: $1, y: $2) })
}
