import BigInt

/// A rational vector over one common denominator, v = numerators / denominator with the
/// denominator the lcm of the entries' denominators: the form in which exact linear algebra
/// codes (FLINT's `fmpq_mat`, QSopt_ex, exact SoPlex) keep rational data, so that inner
/// products are integer inner products and only their results are reduced.
public struct CommonDenominatorVector: Sendable, Hashable {
    /// The integer numerators Nᵢ = vᵢ·D.
    public let numerators: [BigInt]
    /// The common denominator D > 0 (the lcm of the entries' denominators).
    public let denominator: BigInt

    /// v over the lcm of its denominators.
    public init(_ v: [Rational]) {
        (numerators, denominator) = IntegerMatrix.clearingDenominators(v)
    }

    /// Σ aᵢbᵢ exactly: one integer inner product and one reduction.
    /// - Precondition: the vectors have the same length.
    public func dot(_ other: CommonDenominatorVector) -> Rational {
        precondition(numerators.count == other.numerators.count, "CommonDenominatorVector.dot: lengths differ")
        return Rational(IntegerMatrix.dot(numerators, other.numerators)!, denominator * other.denominator)
    }
}

extension Matrix where Scalar == Rational {
    /// The exact products rᵢ·v of every row rᵢ with v (Av), with v brought to a common
    /// denominator once and each row once: integer inner products, one reduction per row.
    /// - Precondition: `v.count == columns`.
    public func rowProducts(_ v: [Rational]) -> [Rational] {
        precondition(v.count == columns, "rowProducts: \(rows)×\(columns) times \(v.count)")
        let cv = CommonDenominatorVector(v)
        return (0..<rows).map { CommonDenominatorVector(row($0)).dot(cv) }
    }

    /// The exact products cⱼ·v of every column cⱼ with v (Aᵀv); see ``rowProducts(_:)``.
    /// - Precondition: `v.count == rows`.
    public func columnProducts(_ v: [Rational]) -> [Rational] {
        precondition(v.count == rows, "columnProducts: (\(rows)×\(columns))ᵀ times \(v.count)")
        let cv = CommonDenominatorVector(v)
        return (0..<columns).map { CommonDenominatorVector(column($0)).dot(cv) }
    }
}
