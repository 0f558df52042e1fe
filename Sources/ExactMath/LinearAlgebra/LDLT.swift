import BigInt
import RealModule

// Exact LDLᵀ factorization and exact definiteness decisions for symmetric rational
// matrices.

/// The exact factorization A = L·D·Lᵀ of a symmetric rational matrix: L unit lower
/// triangular, D diagonal.
///
/// Computed without pivoting by symmetric Gaussian elimination: dₖ is the k-th pivot,
/// i.e. the (k, k) entry of the Schur complement of the leading (k−1)×(k−1) block,
/// and lᵢₖ = sᵢₖ / dₖ. When every leading principal minor Δₖ is nonzero, dₖ = Δₖ/Δₖ₋₁
/// (Δ₀ = 1), so the signs of the pivots are the signs of the ratios of successive
/// leading minors (Sylvester's criterion: A ≻ 0 ⟺ every dₖ > 0).
public struct LDLTFactorization: Sendable, Equatable {
    /// The unit lower-triangular factor L.
    public let l: Matrix<Rational>
    /// The diagonal of D, d₁, …, dₙ.
    public let d: [Rational]

    /// D as a diagonal matrix.
    public var dMatrix: Matrix<Rational> { .diagonal(d) }

    /// L·D·Lᵀ, which equals the factored matrix exactly.
    public var reconstructed: Matrix<Rational> { l * dMatrix * l.transposed }
}

/// The definiteness of a symmetric matrix, decided exactly.
///
/// The cases partition the symmetric matrices: `zero` is both positive and negative
/// semidefinite and is kept apart; `positiveSemidefinite` and `negativeSemidefinite`
/// denote the singular, nonzero semidefinite matrices (definite ones get their own case).
/// The 0×0 matrix is `positiveDefinite` (vacuously).
public enum Definiteness: Sendable, Equatable, CustomStringConvertible {
    /// xᵀAx > 0 for every x ≠ 0.
    case positiveDefinite
    /// xᵀAx ≥ 0 for every x, A singular and nonzero.
    case positiveSemidefinite
    /// xᵀAx < 0 for every x ≠ 0.
    case negativeDefinite
    /// xᵀAx ≤ 0 for every x, A singular and nonzero.
    case negativeSemidefinite
    /// The zero matrix.
    case zero
    /// xᵀAx takes both signs.
    case indefinite

    /// Whether xᵀAx ≥ 0 for every x (positive definite, positive semidefinite, or zero).
    public var isPositiveSemidefinite: Bool {
        self == .positiveDefinite || self == .positiveSemidefinite || self == .zero
    }

    /// Whether xᵀAx ≤ 0 for every x.
    public var isNegativeSemidefinite: Bool {
        self == .negativeDefinite || self == .negativeSemidefinite || self == .zero
    }

    /// The class in words, e.g. "positive semidefinite (singular)".
    public var description: String {
        switch self {
        case .positiveDefinite: return "positive definite"
        case .positiveSemidefinite: return "positive semidefinite (singular)"
        case .negativeDefinite: return "negative definite"
        case .negativeSemidefinite: return "negative semidefinite (singular)"
        case .zero: return "zero"
        case .indefinite: return "indefinite"
        }
    }
}

extension Matrix where Scalar == Rational {
    /// The exact LDLᵀ factorization without pivoting (see ``LDLTFactorization``).
    ///
    /// It exists for every positive (semi)definite matrix and for every symmetric matrix
    /// whose leading principal minors of orders 1…n−1 are nonzero. A zero pivot dₖ = 0
    /// is accepted when the rest of its Schur-complement column is zero too (then
    /// column k of L is eₖ); otherwise no LDLᵀ without pivoting exists.
    ///
    /// - Throws: ``LinearAlgebraError/notSquare(rows:columns:)``,
    ///   ``LinearAlgebraError/notSymmetric`` if A ≠ Aᵀ, and
    ///   ``LinearAlgebraError/notPositiveDefinite(leadingMinor:)`` naming the order k of
    ///   the zero pivot (so Δₖ = 0) that blocks the factorization.
    public func ldlt() throws(LinearAlgebraError) -> LDLTFactorization {
        try factorLDLT(requirePositivePivots: false)
    }

    /// The exact LDLᵀ factorization of a positive-definite matrix (every dₖ > 0).
    ///
    /// By Sylvester's criterion A ≻ 0 iff every leading principal minor Δₖ > 0; since
    /// dₖ = Δₖ/Δₖ₋₁, the first non-positive pivot is the first non-positive leading minor.
    ///
    /// - Throws: `.notSquare`, `.notSymmetric`, or
    ///   ``LinearAlgebraError/notPositiveDefinite(leadingMinor:)`` with the (1-based)
    ///   order of the first leading principal minor that is not positive.
    public func positiveDefiniteLDLT() throws(LinearAlgebraError) -> LDLTFactorization {
        try factorLDLT(requirePositivePivots: true)
    }

    private func factorLDLT(requirePositivePivots: Bool) throws(LinearAlgebraError) -> LDLTFactorization {
        try KernelProfile.measure(.ldlt) { () throws(LinearAlgebraError) in
            try eliminateLDLT(requirePositivePivots: requirePositivePivots)
        }
    }

    private func eliminateLDLT(requirePositivePivots: Bool) throws(LinearAlgebraError) -> LDLTFactorization {
        guard isSquare else { throw .notSquare(rows: rows, columns: columns) }
        guard isSymmetric else { throw .notSymmetric }
        let n = rows
        var s = elements                    // the running Schur complement (lower part used)
        var l = Matrix<Rational>.identity(n)
        var d = [Rational](repeating: .zero, count: n)
        for k in 0..<n {
            let pivot = s[k * n + k]
            d[k] = pivot
            if requirePositivePivots && pivot.signum <= 0 {
                throw .notPositiveDefinite(leadingMinor: k + 1)
            }
            if pivot.isZero {
                for i in (k + 1)..<n where !s[i * n + k].isZero {
                    throw .notPositiveDefinite(leadingMinor: k + 1)
                }
                continue
            }
            let inverse = pivot.inverted
            for i in (k + 1)..<n {
                let lik = s[i * n + k] * inverse
                l[i, k] = lik
                if lik.isZero { continue }
                for j in (k + 1)...i {
                    s[i * n + j] -= lik * s[j * n + k]
                }
            }
        }
        return LDLTFactorization(l: l, d: d)
    }

    /// Whether the symmetric matrix is positive definite, decided exactly (Sylvester's
    /// criterion via the pivots of ``positiveDefiniteLDLT()``). `false` for non-square
    /// or asymmetric input.
    public var isPositiveDefinite: Bool {
        (try? positiveDefiniteLDLT()) != nil
    }

    /// Whether the symmetric matrix is positive semidefinite, decided exactly. `false`
    /// for non-square or asymmetric input. See ``semidefiniteElimination(of:)`` for the
    /// algorithm.
    public var isPositiveSemidefinite: Bool {
        guard isSymmetric else { return false }
        return Self.semidefiniteElimination(of: self) != nil
    }

    /// The exact definiteness of a symmetric matrix.
    ///
    /// A is positive semidefinite iff the elimination of
    /// ``semidefiniteElimination(of:)`` succeeds, and then it is definite iff no zero
    /// pivot occurred; the negative cases apply the same test to −A.
    ///
    /// - Throws: `.notSquare` or `.notSymmetric`.
    public func definiteness() throws(LinearAlgebraError) -> Definiteness {
        guard isSquare else { throw .notSquare(rows: rows, columns: columns) }
        guard isSymmetric else { throw .notSymmetric }
        if let zeros = Self.semidefiniteElimination(of: self) {
            if zeros == 0 { return .positiveDefinite }
            return zeros == rows && elements.allSatisfy(\.isZero) ? .zero : .positiveSemidefinite
        }
        if let zeros = Self.semidefiniteElimination(of: -self) {
            return zeros == 0 ? .negativeDefinite : .negativeSemidefinite
        }
        return .indefinite
    }

    /// Decides A ⪰ 0 for symmetric A by symmetric elimination in exact arithmetic;
    /// returns the number of zero pivots (the nullity of A) if A ⪰ 0, `nil` otherwise.
    ///
    /// At step k, with S the current Schur complement (S = A at the start):
    /// - sₖₖ < 0 ⇒ not PSD (a negative diagonal entry of a congruent principal block);
    /// - sₖₖ = 0 ⇒ the whole row/column k of S must vanish, since the 2×2 principal
    ///   minor [[0, b], [b, c]] has determinant −b² < 0 when b ≠ 0; if it vanishes, drop k;
    /// - sₖₖ > 0 ⇒ replace S by its Schur complement S/sₖₖ; for a positive pivot,
    ///   S ⪰ 0 ⟺ S/sₖₖ ⪰ 0 (Haynsworth inertia additivity).
    /// Every step preserves congruence, so the count of zero pivots is the nullity.
    static func semidefiniteElimination(of a: Matrix<Rational>) -> Int? {
        let n = a.rows
        var s = a.elements
        var zeros = 0
        for k in 0..<n {
            let pivot = s[k * n + k]
            switch pivot.signum {
            case -1:
                return nil
            case 0:
                for i in (k + 1)..<n where !s[i * n + k].isZero { return nil }
                zeros += 1
            default:
                let inverse = pivot.inverted
                for i in (k + 1)..<n {
                    let lik = s[i * n + k] * inverse
                    if lik.isZero { continue }
                    // Keep the full symmetric block up to date (rows below k, columns ≤ i).
                    for j in (k + 1)...i {
                        s[i * n + j] -= lik * s[j * n + k]
                        s[j * n + i] = s[i * n + j]
                    }
                }
            }
        }
        return zeros
    }
}
