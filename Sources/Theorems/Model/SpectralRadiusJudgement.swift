import ExactMath
import FloatMath

/// Exact decisions about the spectral radius ρ of a rational iteration matrix M, from its
/// characteristic polynomial p(z) = det(zI − M), with no eigenvalue computed:
/// - ρ < r  ⟺ every root of p lies in the open disk |z| < r (Schur–Cohn test);
/// - ρ ≤ r  ⟺ every root lies in the closed disk |z| ≤ r (closed-disk test);
/// - ρ = r  ⟺ ρ ≤ r and not ρ < r.
/// Every decision's certificate is re-verified by `verify(for:)`, code independent of the
/// code that produced it; a certificate that fails verification makes the judgement
/// inconclusive. When a claim is refuted, the measured value shown is the upper end of a
/// certified bracket lo < ρ ≤ hi (width ≤ 1e-9), found by bisection with the same exact
/// tests from a Float64 eigenvalue hint that only proposes.
public struct SpectralRadiusEvidence: Sendable {
    /// The iteration matrix.
    public let matrix: Matrix<Rational>
    /// Its characteristic polynomial, exactly (Berkowitz).
    public let polynomial: Polynomial

    public init(matrix: Matrix<Rational>) {
        self.matrix = matrix
        polynomial = matrix.characteristicPolynomial
    }

    /// A certified bracket lo < ρ ≤ hi of width at most `width`.
    public func bracket(width: Rational = Rational(1, 1_000_000_000)) -> SpectralRadiusBracket? {
        let hint = try? spectralRadius(matrix.doubleValue)
        return try? polynomial.rootRadiusBracket(width: width, hint: hint)
    }

    private func measuredUpper(orElse r: Rational) -> (Quantity, String) {
        guard let b = bracket(), b.verify(for: polynomial) else {
            return (.exact(r), "no certified bracket")
        }
        return (.exact(b.upper), "certified bracket \(Quantity.format(b.lower.doubleValue)) < ρ ≤ \(Quantity.format(b.upper.doubleValue))")
    }

    /// ρ < r, decided and independently re-verified; nil when a certificate fails to verify.
    func isBelow(_ r: Rational) -> Bool? {
        guard let c = try? polynomial.schurCohnTest(radius: r), c.verify(for: polynomial) else { return nil }
        return c.allRootsInside
    }

    /// ρ ≤ r, decided and independently re-verified; nil when a certificate fails to verify.
    func isAtMost(_ r: Rational) -> Bool? {
        guard let c = try? polynomial.closedDiskTest(radius: r), c.verify(for: polynomial) else { return nil }
        return c.allRootsInside
    }

    /// Decides ρ = r exactly.
    public func judgeEqual(_ r: Rational) -> Judgement {
        guard let atMost = isAtMost(r), let below = isBelow(r) else {
            return .inconclusive("a spectral certificate failed independent verification at r = \(r)")
        }
        let degree = polynomial.degree
        if atMost && !below {
            return Judgement(.holds, predicted: .exact(r), measured: .exact(r), relation: .equal, tolerance: .exact(0),
                             certificate: "closed-disk test (verified): all \(degree) roots of det(zI−M) in |z| ≤ \(r); Schur–Cohn (verified): not all in |z| < \(r); hence ρ = \(r)")
        }
        let why = atMost ? "Schur–Cohn (verified): all roots in |z| < \(r), so ρ < \(r)"
                         : "closed-disk test (verified): some root has |z| > \(r), so ρ > \(r)"
        let (measured, bracketText) = measuredUpper(orElse: r)
        return Judgement(.refuted, predicted: .exact(r), measured: measured, relation: .equal,
                         tolerance: .exact(0), certificate: "\(why); \(bracketText)")
    }

    /// Decides ρ ≤ r exactly.
    public func judgeAtMost(_ r: Rational) -> Judgement {
        guard let atMost = isAtMost(r) else {
            return .inconclusive("a closed-disk certificate failed independent verification at r = \(r)")
        }
        if atMost {
            let upper = bracket().map { min($0.upper, r) } ?? r
            return Judgement(.holds, predicted: .exact(r), measured: .exact(upper), relation: .atMost, tolerance: .exact(0),
                             certificate: "closed-disk test (verified): all \(polynomial.degree) roots of det(zI−M) in |z| ≤ \(r)")
        }
        let (measured, bracketText) = measuredUpper(orElse: r)
        return Judgement(.refuted, predicted: .exact(r), measured: measured, relation: .atMost, tolerance: .exact(0),
                         certificate: "closed-disk test (verified): some root of det(zI−M) has |z| > \(r); \(bracketText)")
    }

    /// Decides ρ < r exactly.
    public func judgeBelow(_ r: Rational) -> Judgement {
        guard let below = isBelow(r) else {
            return .inconclusive("a Schur–Cohn certificate failed independent verification at r = \(r)")
        }
        if below {
            let upper = bracket().map { min($0.upper, r) } ?? r
            return Judgement(.holds, predicted: .exact(r), measured: .exact(upper), relation: .below, tolerance: .exact(0),
                             certificate: "Schur–Cohn (verified): all \(polynomial.degree) roots of det(zI−M) in |z| < \(r)")
        }
        let (measured, bracketText) = measuredUpper(orElse: r)
        return Judgement(.refuted, predicted: .exact(r), measured: measured, relation: .below, tolerance: .exact(0),
                         certificate: "Schur–Cohn (verified): some root of det(zI−M) has |z| ≥ \(r); \(bracketText)")
    }
}
