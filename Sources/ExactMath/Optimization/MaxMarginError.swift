/// Why a max-margin problem has no solution, or could not be solved.
public enum MaxMarginError: Error, Equatable, CustomStringConvertible {
    /// No data: Z has no rows (or no columns).
    case empty
    /// The data are not linearly separable through the origin. The certificate is a
    /// Gordan alternative: λ ≥ 0, Σλ = 1 and Zᵀλ = 0, so for every w,
    /// Σ λᵢ zᵢ·w = 0 and some zᵢ·w ≤ 0 (Gordan 1873).
    case notSeparable(GordanCertificate)
    /// The exact solver hit its iteration budget (it should not; report it).
    case solverFailure(String)

    public var description: String {
        switch self {
        case .empty: "max margin: no data rows"
        case .notSeparable(let c): "data not linearly separable: Gordan certificate \(c)"
        case .solverFailure(let s): "max margin: solver failure: \(s)"
        }
    }
}

/// λ ≥ 0 with Σλ = 1 and Zᵀλ = 0: proof that no w has Zw > 0.
public struct GordanCertificate: Sendable, Hashable, CustomStringConvertible {
    /// The weights λ (length n).
    public let weights: [Rational]

    public init(weights: [Rational]) { self.weights = weights }

    /// "λ = (…) with Zᵀλ = 0": the nonzero weights by 0-based row index.
    public var description: String {
        let terms = weights.enumerated().filter { !$0.element.isZero }.map { "λ[\($0.offset)]=\($0.element)" }
        return "{" + terms.joined(separator: ", ") + "} ≥ 0, Σλ = 1, Zᵀλ = 0"
    }
}
