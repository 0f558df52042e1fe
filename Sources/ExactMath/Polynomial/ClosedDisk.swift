import BigInt

/// The exact decision of "all roots in the closed disk |z| ≤ r", with a certificate, for
/// polynomials that may have roots exactly on the circle (possibly repeated), as the
/// tuned rates of heavy-ball and GDA methods do.
///
/// **Derivation.** Let q(z) = p(r·z) = z^k·q₀(z) with q₀(0) ≠ 0 (roots at 0 are inside),
/// q₀* = z^deg q₀ · q₀(1/z), and g = gcd(q₀, q₀*) (monic), h = q₀ / g. For a root α ≠ 0,
/// mult_{q₀*}(α) = mult_{q₀}(1/α), so mult_g(α) = min(m(α), m(1/α)) with m = mult_{q₀}.
/// Real coefficients give m(ᾱ) = m(α); on the circle 1/α = ᾱ, so every root on the
/// circle goes into g with its full multiplicity and h has none. Hence:
///
/// * all roots of q in |z| ≤ 1 ⟺ h has all roots in |z| < 1 **and** g has all roots on
///   |z| = 1. (⇐ is clear. ⇒: a root α of g with |α| ≠ 1 forces the root 1/α of q, and
///   one of α, 1/α lies outside; h's roots are roots of q off the circle.)
/// * h is decided by the strict Schur–Cohn test (``SchurCohnCertificate``).
/// * g: strip its factors (z − 1)^a and (z + 1)^b. The rest g̃ has roots closed under
///   α ↦ 1/α, none equal to ±1, so it is palindromic of even degree 2m and
///   g̃(z) = z^m·G(z + 1/z) with deg G = m: writing g̃ = Σ cⱼzʲ,
///   z^{−m}g̃ = c_m + Σ_{k≥1} c_{m+k}(z^k + z^{−k}) and z^k + z^{−k} = D_k(z + 1/z) with
///   D₀ = 2, D₁ = w, D_{k+1} = w·D_k − D_{k−1}. Every root w of G is z + 1/z for a root
///   z of g̃ and conversely; z + 1/z is real in [−2, 2] iff |z| = 1. So g̃ has all roots
///   on the circle iff every **distinct** root of G is real and in [−2, 2], i.e. iff the
///   Sturm count of distinct real roots of G in [−2, 2] equals the degree of the
///   squarefree part of G (Sturm 1829). Multiplicities need no further care.
///
/// A negative answer is certified too: either h fails the strict test while
/// gcd(h, h*) = 1 (so h has no root on the circle, hence a root with |z| > 1), or G has a
/// root off [−2, 2] while g̃ is palindromic (so g̃ has a pair α, 1/α off the circle).
public struct ClosedDiskCertificate: Sendable, Hashable {
    /// The radius r > 0 of the disk |z| ≤ r.
    public let radius: Rational
    /// The multiplicity k of the root 0 of p (always inside).
    public let zeroRootMultiplicity: Int
    /// h = q₀ / g: the part of p(r·z) with no root on the unit circle.
    public let interior: Polynomial
    /// The strict Schur–Cohn test of h at radius 1.
    public let interiorTest: SchurCohnCertificate
    /// g = gcd(q₀, q₀*), monic: every unit-circle root of p(r·z) and reciprocal pairs.
    public let reciprocalFactor: Polynomial
    /// The exponents a, b of the factors (z − 1)^a, (z + 1)^b of g.
    public let rootOneMultiplicity: Int, rootMinusOneMultiplicity: Int
    /// g̃ = g / ((z − 1)^a (z + 1)^b), palindromic of even degree 2m.
    public let palindromicFactor: Polynomial
    /// G of degree m with g̃(z) = z^m·G(z + 1/z).
    public let cosinePolynomial: Polynomial
    /// The number of distinct complex roots of G, and of those real and in [−2, 2].
    public let distinctRootsOfG: Int, rootsOfGInRange: Int
    /// The decision: whether every root of p satisfies |z| ≤ r.
    public let allRootsInside: Bool

    init(p: Polynomial, radius r: Rational) {
        self = KernelProfile.measure(.diskTest) { ClosedDiskCertificate(computing: p, radius: r) }
    }

    private init(computing p: Polynomial, radius r: Rational) {
        radius = r
        let (k, q0) = p.scaledArgument(by: r).strippingZeroRoots
        zeroRootMultiplicity = k
        // The modular shortcut proves gcd = 1 in the generic case without rational Euclid.
        let g = q0.hasTrivialGCDWithReversalModP() ? Polynomial.one : Polynomial.gcd(q0, q0.reversed)
        reciprocalFactor = g
        let h = g == .one ? q0 : q0.quotientAndRemainder(dividingBy: g).quotient
        interior = h
        interiorTest = SchurCohnCertificate(p: h, radius: 1)
        var rest = g, a = 0, b = 0
        let zMinusOne = Polynomial(roots: [1]), zPlusOne = Polynomial(roots: [-1])
        while rest.degree >= 1, rest.evaluate(at: Rational.one).isZero {
            rest = rest.quotientAndRemainder(dividingBy: zMinusOne).quotient; a += 1
        }
        while rest.degree >= 1, rest.evaluate(at: -Rational.one).isZero {
            rest = rest.quotientAndRemainder(dividingBy: zPlusOne).quotient; b += 1
        }
        rootOneMultiplicity = a
        rootMinusOneMultiplicity = b
        palindromicFactor = rest
        let G = Self.cosinePolynomial(ofPalindromic: rest)
        cosinePolynomial = G
        let (distinct, inRange) = Self.countRoots(of: G)
        distinctRootsOfG = distinct
        rootsOfGInRange = inRange
        allRootsInside = interiorTest.allRootsInside && Self.isPalindromic(rest) && distinct == inRange
    }

    /// G with z^m·G(z + 1/z) = g̃ for a palindromic g̃ of degree 2m, from the
    /// Dickson-type recurrence D_{k+1} = w·D_k − D_{k−1}; zero if g̃ is not palindromic.
    static func cosinePolynomial(ofPalindromic g: Polynomial) -> Polynomial {
        guard isPalindromic(g) else { return .zero }
        let m = g.degree / 2
        var result = Polynomial(constant: g[m])
        var previous = Polynomial(constant: 2), current = Polynomial.z  // D₀, D₁
        for k in stride(from: 1, through: m, by: 1) {
            result = result + g[m + k] * current
            (previous, current) = (current, Polynomial.z * current - previous)
        }
        return result
    }

    /// Whether g is palindromic (cⱼ = c_{n−j}) of even degree.
    static func isPalindromic(_ g: Polynomial) -> Bool {
        g.degree >= 0 && g.degree % 2 == 0 && g.coefficients == Array(g.coefficients.reversed())
    }

    /// (distinct complex roots of G, distinct real roots of G in [−2, 2]); (0, 0) for a
    /// constant G, and (1, 0) for the zero polynomial (a failed precondition).
    static func countRoots(of G: Polynomial) -> (Int, Int) {
        guard let sturm = try? SturmSequence(G) else { return (1, 0) }
        let atMinusTwo = G.evaluate(at: Rational(-2)).isZero ? 1 : 0
        return (sturm.distinctRootCount, sturm.countDistinctRealRoots(above: -2, atMost: 2) + atMinusTwo)
    }

    /// Re-verifies the certificate against `p` with code independent of the construction:
    /// p(r·z) recomputed term by term must be a nonzero multiple of z^k·g·h; the strict certificate of h must
    /// verify; g must equal (z − 1)^a(z + 1)^b·g̃ with g̃ palindromic; g̃ must equal
    /// Σⱼ Gⱼ(z² + 1)ʲz^{m−j} (expanded binomially, not via the recurrence); the Sturm
    /// counts of G are recomputed; and the recorded decision must follow (for a negative
    /// decision via h, gcd(h, h*) = 1 is checked — modulo the prime 2⁶¹ − 1 first, over ℚ
    /// if that is inconclusive — so h has no root on the circle).
    public func verify(for p: Polynomial) -> Bool {
        KernelProfile.measure(.diskTest) { verifyFactors(for: p) }
    }

    private func verifyFactors(for p: Polynomial) -> Bool {
        guard radius > 0, !p.isZero, interiorTest.radius == 1 else { return false }
        // p(r·z) up to the positive factor L·vⁿ (p = N/L, r = u/v): Nₖ·uᵏ·vⁿ⁻ᵏ, term by term.
        let n = p.degree, integers = p.clearedDenominators.coefficients
        let u = radius.numerator, v = radius.denominator
        let scaled = (0...n).map { k in Rational(integers[k] * u.power(k) * v.power(n - k)) }
        let product = Polynomial.monomial(degree: zeroRootMultiplicity) * reciprocalFactor * interior
        guard SchurCohnCertificate.isNonzeroMultiple(product.coefficients, of: scaled),
              interiorTest.verify(for: interior) else { return false }
        var linear = Polynomial.one
        for _ in 0..<rootOneMultiplicity { linear = linear * Polynomial(coefficients: [-1, 1]) }
        for _ in 0..<rootMinusOneMultiplicity { linear = linear * Polynomial(coefficients: [1, 1]) }
        guard linear * palindromicFactor == reciprocalFactor,
              Self.isPalindromic(palindromicFactor) else { return false }
        let m = palindromicFactor.degree / 2
        guard cosinePolynomial.degree == m else { return false }
        var expanded = [Rational](repeating: .zero, count: 2 * m + 1)
        for j in 0...m where !cosinePolynomial[j].isZero {
            // (z² + 1)ʲ z^{m−j} = Σᵢ C(j, i) z^{2i + m − j}
            var binomial = Rational.one
            for i in 0...j {
                expanded[2 * i + m - j] += cosinePolynomial[j] * binomial
                binomial = binomial * Rational(j - i) / Rational(i + 1)
            }
        }
        guard Polynomial(coefficients: expanded) == palindromicFactor else { return false }
        let (distinct, inRange) = Self.countRoots(of: cosinePolynomial)
        guard distinct == distinctRootsOfG, inRange == rootsOfGInRange else { return false }
        if allRootsInside { return interiorTest.allRootsInside && distinct == inRange }
        if distinct != inRange { return true }
        return !interiorTest.allRootsInside
            && (interior.hasTrivialGCDWithReversalModP()
                || Polynomial.gcd(interior, interior.reversed).degree == 0)
    }
}

extension Polynomial {
    /// The exact decision, with certificate, of whether every root of p satisfies
    /// |z| ≤ `radius` (see ``ClosedDiskCertificate`` for the method: gcd with the
    /// reversal, strict Schur–Cohn test of the rest, and a Sturm count for the
    /// unit-circle factor).
    /// - Throws: ``PolynomialError/zeroPolynomial`` for p = 0 and
    ///   ``PolynomialError/nonPositiveRadius(_:)`` for `radius ≤ 0`.
    public func closedDiskTest(radius: Rational) throws(PolynomialError) -> ClosedDiskCertificate {
        guard radius > 0 else { throw .nonPositiveRadius(radius) }
        guard !isZero else { throw .zeroPolynomial }
        return ClosedDiskCertificate(p: self, radius: radius)
    }

    /// Whether every root of p lies in the closed disk |z| ≤ `radius`, decided exactly.
    /// Runs the strict Schur–Cohn test first (it implies the closed one) and the full
    /// ``closedDiskTest(radius:)`` only when that fails. Returns `false` for the zero
    /// polynomial. For `radius = 0` the disk is {0}: true exactly for c·zᵏ (c ≠ 0); for
    /// `radius < 0` it is empty: true exactly for nonzero constants.
    public func allRootsInClosedDisk(radius: Rational) -> Bool {
        KernelProfile.measure(.diskTest) { decideClosedDisk(radius: radius) }
    }

    private func decideClosedDisk(radius: Rational) -> Bool {
        guard !isZero else { return false }
        if radius < 0 { return degree == 0 }
        if radius.isZero { return coefficients.dropLast().allSatisfy(\.isZero) }
        if allRootsInOpenDisk(radius: radius) { return true }
        // Fast path: if gcd(q₀, q₀*) = 1 (p(r·z) has no root on the circle), the closed
        // test equals the strict one, which just failed.
        let q0 = scaledArgument(by: radius).strippingZeroRoots.rest
        if q0.hasTrivialGCDWithReversalModP() { return false }
        return ClosedDiskCertificate(p: self, radius: radius).allRootsInside
    }

    /// A sufficient, exact test that gcd(p, p*) = 1 over ℚ, computed in 𝔽ₚ[z] with the
    /// prime P = 2⁶¹ − 1: reduce both (every denominator must be invertible mod P and the
    /// leading coefficient nonzero mod P, else answer `false` = "don't know") and run
    /// Euclid there. Sound because a common factor G over ℚ, taken primitive in ℤ[z],
    /// divides both in ℤ[z] (Gauss), and its image keeps its degree when P does not divide
    /// the leading coefficient; so a constant gcd mod P forces a constant gcd over ℚ.
    func hasTrivialGCDWithReversalModP() -> Bool {
        guard degree >= 1 else { return true }
        var image: [UInt64] = []
        image.reserveCapacity(coefficients.count)
        for c in coefficients {
            let d = UInt64(c.denominator % BigInt(ModP.prime))
            guard d != 0 else { return false }
            var n = c.numerator % BigInt(ModP.prime)
            if n.sign == .minus { n += BigInt(ModP.prime) }
            image.append(ModP.mul(UInt64(n), ModP.inverse(d)))
        }
        guard image.last != 0, image.first != 0 else { return false }
        var a = image, b = Array(image.reversed())
        ModP.trim(&b)
        while !b.isEmpty {
            a = ModP.remainder(a, b)
            swap(&a, &b)
        }
        return a.count == 1
    }
}

/// Arithmetic in 𝔽ₚ, P = 2⁶¹ − 1, for the modular gcd shortcut above.
private enum ModP {
    static let prime: UInt64 = (1 << 61) - 1

    static func mul(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (high, low) = a.multipliedFullWidth(by: b)
        return prime.dividingFullWidth((high, low)).remainder
    }

    static func sub(_ a: UInt64, _ b: UInt64) -> UInt64 { a >= b ? a - b : a + prime - b }

    static func inverse(_ a: UInt64) -> UInt64 {
        // a^(P−2) by square-and-multiply (Fermat).
        var result: UInt64 = 1, base = a, e = prime - 2
        while e > 0 {
            if e & 1 == 1 { result = mul(result, base) }
            base = mul(base, base)
            e >>= 1
        }
        return result
    }

    static func trim(_ a: inout [UInt64]) {
        while let last = a.last, last == 0 { a.removeLast() }
    }

    /// a mod b in 𝔽ₚ[z], b nonzero with no trailing zeros.
    static func remainder(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var r = a
        trim(&r)
        let m = b.count - 1
        let leadInverse = inverse(b[m])
        while r.count - 1 >= m && !r.isEmpty {
            let shift = r.count - 1 - m
            let factor = mul(r[r.count - 1], leadInverse)
            for j in 0...m { r[shift + j] = sub(r[shift + j], mul(factor, b[j])) }
            trim(&r)
        }
        return r
    }
}
