/// The Sturm sequence of a polynomial (Sturm 1829), for counting its distinct real roots
/// in an interval exactly.
///
/// Repeated roots are handled by building the sequence on the squarefree part
/// s = p / gcd(p, p′), which has the same distinct roots as p, each simple. The sequence
/// is s₀ = s, s₁ = s′, sₖ₊₁ = −(sₖ₋₁ mod sₖ), ending at a nonzero constant because
/// gcd(s, s′) = 1. With V(x) the number of sign changes in (s₀(x), s₁(x), …) (zeros
/// skipped), Sturm's theorem gives: the number of distinct real roots of p in (a, b] is
/// V(a) − V(b) for a < b. (V is locally constant away from roots of s; crossing a root
/// of s it drops by exactly one, and at a root x₀ itself V(x₀) = V(x₀⁺), which is why
/// the interval is half-open on the left.) At ±∞ the sign of each sₖ is that of its
/// leading term.
public struct SturmSequence: Sendable, Hashable {
    /// s₀, s₁, …: each entry a nonzero polynomial; the last is a nonzero constant.
    public let sequence: [Polynomial]

    /// The Sturm sequence of the squarefree part of `p`.
    /// - Throws: ``PolynomialError/zeroPolynomial`` for p = 0.
    public init(_ p: Polynomial) throws(PolynomialError) {
        guard !p.isZero else { throw .zeroPolynomial }
        let s = p.squarefreePart
        var seq = [s]
        if s.degree >= 1 {
            seq.append(s.derivative)
            while seq[seq.count - 1].degree >= 1 {
                let r = seq[seq.count - 2].quotientAndRemainder(dividingBy: seq[seq.count - 1]).remainder
                if r.isZero { break }  // cannot happen for squarefree s; stop defensively
                // Scaling by a positive rational keeps every sign: make |lead| = 1.
                let lead = r.leadingCoefficient.absoluteValue
                seq.append(Polynomial(coefficients: r.coefficients.map { -$0 / lead }))
            }
        }
        sequence = seq
    }

    /// The number of distinct complex roots of p (the degree of its squarefree part).
    public var distinctRootCount: Int { sequence[0].degree }

    /// V(x): sign changes in the sequence evaluated at x, zeros skipped.
    public func signVariations(at x: Rational) -> Int {
        Self.variations(sequence.map { $0.evaluate(at: x).signum })
    }

    /// V(+∞): sign changes among the leading coefficients.
    public var signVariationsAtPositiveInfinity: Int {
        Self.variations(sequence.map(\.signAtPositiveInfinity))
    }

    /// V(−∞): sign changes among the signs of the leading terms at −∞.
    public var signVariationsAtNegativeInfinity: Int {
        Self.variations(sequence.map(\.signAtNegativeInfinity))
    }

    /// The number of distinct real roots in the half-open interval (lower, upper];
    /// `nil` stands for −∞ as the lower and +∞ as the upper end. An empty interval
    /// (lower ≥ upper) gives 0.
    public func countDistinctRealRoots(above lower: Rational?, atMost upper: Rational?) -> Int {
        if let lower, let upper, lower >= upper { return 0 }
        let vLower = lower.map(signVariations(at:)) ?? signVariationsAtNegativeInfinity
        let vUpper = upper.map(signVariations(at:)) ?? signVariationsAtPositiveInfinity
        return vLower - vUpper
    }

    private static func variations(_ signs: [Int]) -> Int {
        var count = 0, previous = 0
        for s in signs where s != 0 {
            if previous != 0 && s != previous { count += 1 }
            previous = s
        }
        return count
    }
}

extension Polynomial {
    /// The number of distinct real roots of p in (lower, upper] (Sturm 1829); `nil`
    /// bounds stand for ∓∞, so `countDistinctRealRoots(in: nil, nil)` counts all real
    /// roots. Exact.
    /// - Throws: ``PolynomialError/zeroPolynomial`` for p = 0.
    public func countDistinctRealRoots(in lower: Rational?, _ upper: Rational?) throws(PolynomialError) -> Int {
        try SturmSequence(self).countDistinctRealRoots(above: lower, atMost: upper)
    }
}
