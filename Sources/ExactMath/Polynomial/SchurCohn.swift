/// The exact Schur–Cohn test for "all roots strictly inside |z| < r" (I. Schur 1917,
/// A. Cohn 1922; in the tabular form of E. I. Jury 1964), with a checkable certificate.
///
/// **Reduction.** For q of degree n ≥ 1 with real coefficients a₀, …, aₙ let
/// q*(z) = zⁿq(1/z) (coefficients reversed) and
///
///     S q = (aₙ·q − a₀·q*) / z,
///
/// a polynomial of degree exactly n − 1 (its constant term aₙa₀ − a₀aₙ vanishes, and its
/// leading coefficient is aₙ² − a₀²). **Lemma.** If |a₀| < |aₙ| then q has all n roots in
/// the open unit disk iff S q has all n − 1 roots there. Proof: on |z| = 1,
/// |q*(z)| = |q(z)|. (⇒) q has no root on the circle, so |a₀q*| < |aₙq| there and, by
/// Rouché, aₙq − a₀q* = z·S q has n roots inside, one being 0. (⇐) if q(z) = 0 with
/// |z| = 1 then q*(z) = 0 and z·S q(z) = 0, impossible when S q has all roots inside;
/// so the strict inequality holds on the circle again and Rouché gives n roots of q
/// inside. If instead |a₀| ≥ |aₙ| then |∏ roots| = |a₀/aₙ| ≥ 1 and some root has |z| ≥ 1.
///
/// The test for radius r applies this to q(z) = p(r·z), whose roots are those of p
/// divided by r, and iterates S (each result scaled to be monic, which moves no root)
/// until degree 0 (all roots inside) or until |a₀| ≥ |aₙ| (not all inside). Every step
/// is exact rational arithmetic.
public struct SchurCohnCertificate: Sendable, Hashable {
    /// The radius r > 0 of the disk |z| < r.
    public let radius: Rational
    /// The reduction chain: `chain[0]` is p(r·z) made monic and `chain[k+1]` is
    /// S(`chain[k]`) made monic. Every element but the last passed |a₀| < |aₙ|.
    /// The last element either has degree 0 (all roots inside) or has |a₀| ≥ |aₙ|.
    public let chain: [Polynomial]
    /// The decision: whether every root of p satisfies |z| < r.
    public let allRootsInside: Bool

    /// Runs the reduction for `p` and radius `r`.
    /// A certificate from its parts (for tests that tamper with one).
    init(radius: Rational, chain: [Polynomial], allRootsInside: Bool) {
        self.radius = radius
        self.chain = chain
        self.allRootsInside = allRootsInside
    }

    init(p: Polynomial, radius r: Rational) {
        self = KernelProfile.measure(.diskTest) { SchurCohnCertificate(computing: p, radius: r) }
    }

    /// The chain is computed fraction-free (``JuryReduction``): denominators are cleared once,
    /// p(r·z) is scaled to an integer polynomial, the integer rows are reduced, and each row is
    /// made monic only at the end. Every stored element equals the rational row made monic,
    /// because a row computed from a nonzero multiple of q is a nonzero multiple of S q.
    private init(computing p: Polynomial, radius r: Rational) {
        radius = r
        let q = JuryReduction.scaled(p.clearedDenominators.coefficients, by: r)
        let (rows, inside) = JuryReduction.reduce(q)
        chain = rows.map(JuryReduction.monic)
        allRootsInside = inside
    }

    /// Re-verifies the certificate against `p`, with code independent of the reduction
    /// above: it recomputes p(r·z) coefficient by coefficient, checks that each chain
    /// element is a nonzero multiple of the Jury row (aₙ·cₖ₊₁ − a₀·cₙ₋ₖ₋₁)ₖ formed from
    /// the previous one, the sign condition a₀² < aₙ² at every step but the last, and that
    /// the last element supports the recorded decision. Returns `false` on any mismatch.
    public func verify(for p: Polynomial) -> Bool {
        KernelProfile.measure(.diskTest) { verifyChain(for: p) }
    }

    private func verifyChain(for p: Polynomial) -> Bool {
        guard radius > 0, !p.isZero, let first = chain.first else { return false }
        // p(r z) up to the positive factor L·vⁿ (p = N/L, r = u/v), term by term with explicit
        // powers: Nₖ·uᵏ·vⁿ⁻ᵏ.
        let n0 = p.degree, integers = p.clearedDenominators.coefficients
        let u = radius.numerator, v = radius.denominator
        let scaled = (0...n0).map { k in Rational(integers[k] * u.power(k) * v.power(n0 - k)) }
        guard Self.isNonzeroMultiple(first.coefficients, of: scaled) else { return false }
        for k in 0..<chain.count {
            // The element with denominators cleared (a positive multiple: same signs, same ratios).
            let c = chain[k].clearedDenominators.coefficients
            let n = c.count - 1
            guard n >= 0 else { return false }
            let a0 = c[0], an = c[n]
            let isLast = k == chain.count - 1
            if isLast {
                if allRootsInside { return n == 0 }
                return n >= 1 && a0 * a0 >= an * an
            }
            guard n >= 1, a0 * a0 < an * an else { return false }
            var row: [Rational] = []
            for j in 0..<n { row.append(Rational(an * c[j + 1] - a0 * c[n - 1 - j])) }
            guard Self.isNonzeroMultiple(chain[k + 1].coefficients, of: row) else { return false }
        }
        return false
    }

    /// Whether `a` = λ·`b` for some λ ≠ 0 (same length, zero pattern and ratios), by
    /// cross-multiplication: with i the last nonzero index of b and aᵢ ≠ 0, a = (aᵢ/bᵢ)·b iff
    /// aⱼ·bᵢ = aᵢ·bⱼ for every j, compared as integer products (no rational is reduced).
    static func isNonzeroMultiple(_ a: [Rational], of b: [Rational]) -> Bool {
        guard a.count == b.count, let i = b.lastIndex(where: { !$0.isZero }), !a[i].isZero else { return false }
        let ai = a[i], bi = b[i]
        let left = bi.numerator * ai.denominator, right = ai.numerator * bi.denominator
        for (aj, bj) in zip(a, b) {
            if aj.isZero || bj.isZero {
                guard aj.isZero && bj.isZero else { return false }
                continue
            }
            guard aj.numerator * left * bj.denominator == bj.numerator * right * aj.denominator else { return false }
        }
        return true
    }
}

extension Polynomial {
    /// The Schur–Cohn decision, with certificate, of whether every root of p satisfies
    /// |z| < `radius` (Schur 1917, Cohn 1922, Jury 1964; see ``SchurCohnCertificate``).
    /// A nonzero constant has no roots and passes.
    /// - Throws: ``PolynomialError/zeroPolynomial`` for p = 0 and
    ///   ``PolynomialError/nonPositiveRadius(_:)`` for `radius ≤ 0`.
    public func schurCohnTest(radius: Rational) throws(PolynomialError) -> SchurCohnCertificate {
        guard radius > 0 else { throw .nonPositiveRadius(radius) }
        guard !isZero else { throw .zeroPolynomial }
        return SchurCohnCertificate(p: self, radius: radius)
    }

    /// Whether every root of p lies in the open disk |z| < `radius`, decided exactly by
    /// the Schur–Cohn test. Returns `false` for the zero polynomial (every number is a
    /// root). For `radius ≤ 0` the disk is empty: true exactly for nonzero constants.
    public func allRootsInOpenDisk(radius: Rational) -> Bool {
        guard radius > 0 else { return !isZero && degree == 0 }
        return (try? schurCohnTest(radius: radius))?.allRootsInside ?? false
    }
}
