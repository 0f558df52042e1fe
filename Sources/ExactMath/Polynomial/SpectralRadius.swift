import BigInt

/// A certified bracket of the root radius ρ = max |root| of a polynomial (or the spectral
/// radius of a rational matrix): **lower < ρ ≤ upper**, or lower = upper = ρ = 0 when
/// every root is 0 (p = c·zⁿ) or there are no roots (a nonzero constant).
///
/// Both ends are decided exactly by the closed-disk test (``ClosedDiskCertificate``):
/// ρ ≤ upper because all roots lie in |z| ≤ upper, and ρ > lower because not all roots
/// lie in |z| ≤ lower (or lower = 0 and some root is nonzero). The certificates of both
/// ends are kept and ``verify(for:)`` re-checks them.
public struct SpectralRadiusBracket: Sendable, Hashable {
    /// A rational strictly below ρ (or 0 = ρ).
    public let lower: Rational
    /// A rational at or above ρ.
    public let upper: Rational
    /// The positive closed-disk certificate at `upper` (nil when upper = 0).
    public let upperCertificate: ClosedDiskCertificate?
    /// The negative closed-disk certificate at `lower` (nil when lower = 0).
    public let lowerCertificate: ClosedDiskCertificate?
    /// The number of exact closed-disk decisions the search made (for diagnostics).
    public let exactTests: Int

    /// upper − lower.
    public var width: Rational { upper - lower }

    /// Re-verifies the bracket for the polynomial it was computed from (for a matrix,
    /// pass its ``Matrix/characteristicPolynomial``).
    public func verify(for p: Polynomial) -> Bool {
        guard !p.isZero, lower >= 0, lower <= upper else { return false }
        let hasNonzeroRoot = p.strippingZeroRoots.rest.degree >= 1
        if upper.isZero { return !hasNonzeroRoot && upperCertificate == nil && lowerCertificate == nil }
        guard let up = upperCertificate, up.radius == upper, up.allRootsInside, up.verify(for: p)
        else { return false }
        if lower.isZero { return hasNonzeroRoot }
        guard lower < upper, let low = lowerCertificate, low.radius == lower, !low.allRootsInside,
              low.verify(for: p) else { return false }
        return true
    }
}

extension Polynomial {
    /// A certified bracket lower < ρ ≤ upper of the root radius ρ = max |root| of p with
    /// upper − lower ≤ `width` (see ``SpectralRadiusBracket``).
    ///
    /// Method: bisection over the rationals with the exact closed-disk test
    /// (ρ ≤ mid ⇒ upper = mid, else lower = mid), from lower = 0 and the Cauchy bound
    /// upper = ⌊maxₖ |aₖ/aₙ|⌋ + 2 (Cauchy 1829: every root satisfies |z| < 1 + maxₖ|aₖ/aₙ|),
    /// after removing the factor zᵏ of the roots at 0. The search decisions use a fast
    /// fraction-free oracle; both final ends are then re-decided by the certified rational
    /// closed-disk test; should they ever disagree, the search is redone with the certified test.
    /// Each midpoint is the simplest rational (smallest denominator, found by continued
    /// fractions / the Stern–Brocot tree) in the middle half of the current bracket, so
    /// the rationals stay as small as the width allows.
    ///
    /// An optional Float64 `hint` of ρ only proposes: candidates just above and below it
    /// (at distance width/4, growing eightfold while a candidate is refuted) are decided by
    /// the exact test, and bisection takes over from whatever bracket they left. A wrong
    /// hint costs time, never soundness.
    ///
    /// - Throws: ``PolynomialError/zeroPolynomial`` for p = 0 and
    ///   ``PolynomialError/nonPositiveWidth(_:)`` for `width ≤ 0`.
    public func rootRadiusBracket(width: Rational, hint: Double? = nil) throws(PolynomialError)
        -> SpectralRadiusBracket {
        try KernelProfile.measure(.rootRadiusBracket) { () throws(PolynomialError) in
            try searchRootRadiusBracket(width: width, hint: hint)
        }
    }

    private func searchRootRadiusBracket(width: Rational, hint: Double?) throws(PolynomialError)
        -> SpectralRadiusBracket {
        guard width > 0 else { throw .nonPositiveWidth(width) }
        guard !isZero else { throw .zeroPolynomial }
        let core = strippingZeroRoots.rest  // same nonzero roots; ρ = 0 iff it is constant
        if core.degree <= 0 {
            return SpectralRadiusBracket(lower: 0, upper: 0, upperCertificate: nil,
                                         lowerCertificate: nil, exactTests: 0)
        }
        let lead = core.leadingCoefficient.absoluteValue
        let maxRatio = core.coefficients.dropLast().map { $0.absoluteValue / lead }.max() ?? 0
        let cauchy = Rational(maxRatio.floor + 2)  // > 1 + max ratio: a strict Cauchy bound
        var tests = 0
        /// Hint probing then bisection, steered by `isAtMost`; returns the final (lo, hi).
        func search(_ isAtMost: (Rational) -> Bool) -> (Rational, Rational) {
            var lo = Rational.zero, hi = cauchy
            if let hint, hint.isFinite, hint > 0, let x = Rational(exactly: hint) {
                // Above the hint: the first candidate that passes becomes `hi`.
                var step = width / 4
                while step < hi - lo {
                    guard let c = Rational.simplest(in: x + step / 2, x + step), c > lo, c < hi else { break }
                    tests += 1
                    if isAtMost(c) { hi = c; break }
                    lo = c
                    step *= 8
                }
                // Below the hint: the first candidate that fails becomes `lo`.
                step = width / 4
                while step < hi - lo {
                    guard x - step > 0, let c = Rational.simplest(in: x - step, x - step / 2),
                          c > lo, c < hi else { break }
                    tests += 1
                    if !isAtMost(c) { lo = c; break }
                    hi = c
                    step *= 8
                }
            }
            while hi - lo > width {
                let quarter = (hi - lo) / 4
                let mid = Rational.simplest(in: lo + quarter, hi - quarter)!
                tests += 1
                if isAtMost(mid) { hi = mid } else { lo = mid }
            }
            return (lo, hi)
        }
        let oracle = BisectionOracle(core)
        var (lo, hi) = search(oracle.isAtMost)
        // The ends are decided again, with certificates, by the rational closed-disk test.
        var upperCertificate = ClosedDiskCertificate(p: self, radius: hi)
        var lowerCertificate = lo.isZero ? nil : ClosedDiskCertificate(p: self, radius: lo)
        if !upperCertificate.allRootsInside || lowerCertificate?.allRootsInside == true {
            // The fast oracle disagreed with the certified test (never observed): search
            // again with the certified test itself, whose answers are the certificates.
            (lo, hi) = search { ClosedDiskCertificate(p: self, radius: $0).allRootsInside }
            upperCertificate = ClosedDiskCertificate(p: self, radius: hi)
            lowerCertificate = lo.isZero ? nil : ClosedDiskCertificate(p: self, radius: lo)
        }
        return SpectralRadiusBracket(lower: lo, upper: hi, upperCertificate: upperCertificate,
                                     lowerCertificate: lowerCertificate, exactTests: tests)
    }
}

/// The closed-disk decision used inside the bisection, tuned for speed; the bracket's
/// two ends are re-decided with certificates afterwards, so this only steers the search.
///
/// It clears denominators once (core = A/D with integer A) and, for r = u/v, runs the
/// fraction-free Schur–Cohn reduction (``JuryReduction``) of the integer polynomial
/// Σ Aₖuᵏvⁿ⁻ᵏzᵏ = vⁿ·D·core(r·z), after two rigorous interval filters — Float64
/// (``IntervalJuryFilter``) and 512-bit fixed point (``FixedPointJuryFilter``) — which decide
/// it without growing big-integer rows whenever their enclosures separate. When the strict test fails, the modular gcd shortcut or the full
/// rational closed test settles it.
private struct BisectionOracle {
    let core: Polynomial
    let integers: [BigInt]

    init(_ core: Polynomial) {
        self.core = core
        integers = core.clearedDenominators.coefficients
    }

    func isAtMost(_ r: Rational) -> Bool {
        let scaled = JuryReduction.scaled(integers, by: r)
        let inside = IntervalJuryFilter.allInside(scaled)
            ?? FixedPointJuryFilter.allInside(scaled, precision: 512)
            ?? JuryReduction.reduce(scaled, keepRows: false).allInside
        if inside { return true }
        if Polynomial(coefficients: scaled.map { Rational($0) }).hasTrivialGCDWithReversalModP() {
            return false  // no root on the unit circle, so closed ⟺ strict
        }
        return core.allRootsInClosedDisk(radius: r)
    }
}

extension Rational {
    /// The simplest rational in [a, b] — the one with the smallest denominator, and the
    /// smallest numerator among those — found by walking the continued fractions of the
    /// two ends (equivalently, the Stern–Brocot tree). `nil` when a > b or a < 0.
    fileprivate static func simplest(in a: Rational, _ b: Rational) -> Rational? {
        guard a <= b, a >= 0 else { return nil }
        let fl = a.floor
        if Rational(fl) == a { return a }
        if Rational(fl + 1) <= b { return Rational(fl + 1) }
        // a, b lie in (fl, fl + 1): recurse on the reciprocals of the fractional parts.
        let whole = Rational(fl)
        guard let inner = simplest(in: 1 / (b - whole), 1 / (a - whole)) else { return nil }
        return whole + 1 / inner
    }
}

extension Matrix where Scalar == Rational {
    /// A certified bracket lower < ρ(A) ≤ upper of the spectral radius with
    /// upper − lower ≤ `width`, from the exact characteristic polynomial and the
    /// closed-disk Schur–Cohn test (``Polynomial/rootRadiusBracket(width:hint:)``).
    /// `hint`, e.g. a Float64 spectral radius, only speeds the search up.
    /// The bracket is [0, 0] exactly when A is nilpotent (ρ = 0), and for the 0×0 matrix.
    /// - Throws: ``LinearAlgebraError/notSquare(rows:columns:)``, and
    ///   ``LinearAlgebraError/invalidArgument(_:)`` for `width ≤ 0`.
    public func spectralRadiusBracket(width: Rational, hint: Double? = nil) throws(LinearAlgebraError)
        -> SpectralRadiusBracket {
        guard isSquare else { throw .notSquare(rows: rows, columns: columns) }
        do {
            return try characteristicPolynomial.rootRadiusBracket(width: width, hint: hint)
        } catch {
            // The characteristic polynomial is monic, hence nonzero; what is left is a width ≤ 0.
            throw .invalidArgument(error.description)
        }
    }

    /// Whether ρ(A) < r, decided exactly: the Schur–Cohn test on det(zI − A) at radius r.
    /// For r ≤ 0 it is decided without a test: false (ρ ≥ 0), except for the 0×0 matrix.
    /// - Throws: ``LinearAlgebraError/notSquare(rows:columns:)``.
    public func spectralRadiusIsBelow(_ r: Rational) throws(LinearAlgebraError) -> Bool {
        guard isSquare else { throw .notSquare(rows: rows, columns: columns) }
        return characteristicPolynomial.allRootsInOpenDisk(radius: r)
    }

    /// Whether ρ(A) ≤ r, decided exactly by the closed-disk test on det(zI − A)
    /// (eigenvalues exactly on |z| = r, repeated or not, are handled). For r = 0 it is decided
    /// directly: true exactly when A is nilpotent (det(zI − A) = zⁿ); for r < 0, false unless A is 0×0.
    /// - Throws: ``LinearAlgebraError/notSquare(rows:columns:)``.
    public func spectralRadiusIsAtMost(_ r: Rational) throws(LinearAlgebraError) -> Bool {
        guard isSquare else { throw .notSquare(rows: rows, columns: columns) }
        return characteristicPolynomial.allRootsInClosedDisk(radius: r)
    }
}
