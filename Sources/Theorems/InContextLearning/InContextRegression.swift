import ExactMath

/// Why a description of in-context linear regression is not a valid problem.
public enum InContextRegressionError: Error, Equatable, CustomStringConvertible {
    /// The covariate covariance Σ is not square, symmetric or positive definite.
    case covariance(LinearAlgebraError)
    /// The task covariance Ω is not square, symmetric or positive definite.
    case taskCovariance(LinearAlgebraError)
    /// Σ and Ω have different dimensions.
    case dimensionMismatch(covariance: Int, taskCovariance: Int)
    /// The context length n is below 1.
    case contextLength(Int)
    /// The label-noise variance σ² is negative.
    case negativeNoise(Rational)
    /// The dimension is 0.
    case emptyDimension

    public var description: String {
        switch self {
        case .covariance(let e): return "covariance Σ: \(Self.explain(e))"
        case .taskCovariance(let e): return "task covariance Ω: \(Self.explain(e))"
        case .dimensionMismatch(let d, let k):
            return "covariance Σ is \(d)×\(d) but task covariance Ω is \(k)×\(k)"
        case .contextLength(let n): return "context length n must be at least 1, got \(n)"
        case .negativeNoise(let s): return "noise variance σ² must be non-negative, got \(s)"
        case .emptyDimension: return "the covariance must be at least 1×1"
        }
    }

    private static func explain(_ e: LinearAlgebraError) -> String {
        switch e {
        case .notSquare(let r, let c): return "not square (\(r)×\(c))"
        case .notSymmetric: return "not symmetric"
        case .notPositiveDefinite(let k):
            return "not positive definite (leading principal minor of order \(k) is not positive)"
        case .raggedRows(let row, let expected, let found):
            return "row \(row + 1) has \(found) entries, expected \(expected)"
        default: return e.description
        }
    }
}

/// In-context linear regression with Gaussian data, the setting of Ahn–Cheng–Daneshmand–Sra
/// (NeurIPS 2023, §2–3) and Mahankali–Hashimoto–Ma (ICLR 2024, §3–4), in the generality of
/// Proofs/ahn-cheng-daneshmand-sra-2023/task-and-noise-preconditioner.md:
///
/// x₁, …, xₙ, x_q ~ N(0, Σ) i.i.d.; w ~ N(0, Ω); yᵢ = wᵀxᵢ + εᵢ and y_q = wᵀx_q + ε_q with
/// ε ~ N(0, σ²). Σ and Ω are rational and positive definite (decided exactly at construction),
/// σ² ≥ 0 rational, n ≥ 1.
public struct InContextRegression: Sendable, Hashable {
    /// The covariate covariance Σ.
    public let covariance: Matrix<Rational>
    /// The task (weight-vector) covariance Ω.
    public let taskCovariance: Matrix<Rational>
    /// Ω⁻¹, exact.
    public let taskPrecision: Matrix<Rational>
    /// The context length n (number of labelled examples in a prompt).
    public let contextLength: Int
    /// The label-noise variance σ².
    public let noise: Rational

    /// Validates every input exactly and throws a typed error naming what is wrong.
    public init(covariance: Matrix<Rational>, taskCovariance: Matrix<Rational>? = nil,
                contextLength: Int, noise: Rational = .zero) throws(InContextRegressionError) {
        guard covariance.rows > 0 || covariance.columns > 0 else { throw .emptyDimension }
        do { _ = try covariance.positiveDefiniteLDLT() } catch { throw .covariance(error) }
        let omega = taskCovariance ?? .identity(covariance.rows)
        do { _ = try omega.positiveDefiniteLDLT() } catch { throw .taskCovariance(error) }
        guard omega.rows == covariance.rows else {
            throw .dimensionMismatch(covariance: covariance.rows, taskCovariance: omega.rows)
        }
        guard contextLength >= 1 else { throw .contextLength(contextLength) }
        guard noise.signum >= 0 else { throw .negativeNoise(noise) }
        self.covariance = covariance
        self.taskCovariance = omega
        do { taskPrecision = try omega.inverse() } catch { throw .taskCovariance(error) }
        self.contextLength = contextLength
        self.noise = noise
    }

    /// The dimension d.
    public var dimension: Int { covariance.rows }

    /// tr(ΩΣ) = E[wᵀΣw], the signal variance of one label.
    public var signalVariance: Rational { (taskCovariance * covariance).trace }

    /// The same problem with another context length.
    public func with(contextLength n: Int) throws(InContextRegressionError) -> InContextRegression {
        try InContextRegression(covariance: covariance, taskCovariance: taskCovariance, contextLength: n, noise: noise)
    }

    /// The same problem with another noise variance.
    public func with(noise s: Rational) throws(InContextRegressionError) -> InContextRegression {
        try InContextRegression(covariance: covariance, taskCovariance: taskCovariance, contextLength: contextLength, noise: s)
    }

    /// "d=2, n=5, σ²=1/4, Σ=[[2, 1/2], [1/2, 1]], Ω=I".
    public var summary: String {
        let omega = taskCovariance == .identity(dimension) ? "I" : Self.render(taskCovariance)
        return "d=\(dimension), n=\(contextLength), σ²=\(noise), Σ=\(Self.render(covariance)), Ω=\(omega)"
    }

    static func render(_ m: Matrix<Rational>) -> String {
        "[" + m.rowArrays.map { "[" + $0.map(\.description).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }
}
