import ExactMath

/// Exact facts about the spectrum of a symmetric rational matrix, for the hypotheses of
/// theorems whose constants (μ, L, ‖B‖₂) must be exact: positive semidefiniteness by exact
/// LDLᵀ and eigenvalue membership by evaluating the characteristic polynomial — no
/// eigenvalue is computed.
public enum ExactSpectrum {
    /// Whether λ is an eigenvalue of the square matrix m: det(λI − m) = 0.
    public static func isEigenvalue(_ lambda: Rational, of m: Matrix<Rational>) -> Bool {
        m.characteristicPolynomial.evaluate(at: lambda).isZero
    }

    /// `nil` when m is symmetric with lo·I ⪯ m ⪯ hi·I and both lo and hi are eigenvalues
    /// (so they are the extreme ones); otherwise why not, naming the matrix.
    public static func intervalViolation(_ m: Matrix<Rational>, name: String, lo: Rational, hi: Rational) -> String? {
        guard m.isSquare, m.isSymmetric else { return "\(name) is not symmetric" }
        let identity = Matrix<Rational>.identity(m.rows)
        guard (m - lo * identity).isPositiveSemidefinite else { return "\(name) − \(lo)·I is not PSD" }
        guard (hi * identity - m).isPositiveSemidefinite else { return "\(hi)·I − \(name) is not PSD" }
        let p = m.characteristicPolynomial
        guard p.evaluate(at: lo).isZero else { return "\(lo) is not an eigenvalue of \(name)" }
        guard p.evaluate(at: hi).isZero else { return "\(hi) is not an eigenvalue of \(name)" }
        return nil
    }

    /// `nil` when ‖B‖₂ = l exactly: l ≥ 0, l²I − BᵀB ⪰ 0 and l² is an eigenvalue of BᵀB.
    public static func spectralNormViolation(_ b: Matrix<Rational>, name: String, equals l: Rational) -> String? {
        guard l >= 0 else { return "‖\(name)‖₂ = \(l) is negative" }
        let gram = b.transposed * b
        guard (l * l * Matrix<Rational>.identity(gram.rows) - gram).isPositiveSemidefinite else { return "‖\(name)‖₂ > \(l)" }
        guard isEigenvalue(l * l, of: gram) else { return "‖\(name)‖₂ < \(l)" }
        return nil
    }
}
