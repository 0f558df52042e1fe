import BigInt

/// A univariate polynomial with exact rational coefficients,
/// p(z) = c₀ + c₁z + … + cₙzⁿ.
///
/// Coefficients are stored lowest degree first and kept normalized: there are no
/// trailing zero coefficients, so the leading coefficient cₙ is nonzero and two equal
/// polynomials have identical storage (and hash alike). The zero polynomial has no
/// coefficients at all; its ``degree`` is −1 and its ``leadingCoefficient`` is 0.
///
/// This is the polynomial layer under the exact root-location tests of the package:
/// Sturm sequences (Sturm 1829), the Schur–Cohn/Jury unit-disk test (Schur 1917,
/// Cohn 1922, Jury 1964) and the certified spectral-radius bracket built on them.
public struct Polynomial: Sendable, Hashable {
    /// The coefficients c₀, …, cₙ, lowest degree first, with cₙ ≠ 0 (empty for zero).
    public let coefficients: [Rational]

    /// The polynomial Σ coefficients[k]·zᵏ; trailing zeros are dropped.
    public init(coefficients: [Rational]) {
        var c = coefficients
        while let last = c.last, last.isZero { c.removeLast() }
        self.coefficients = c
    }

    /// The monic polynomial ∏ (z − rᵢ) with the given roots (repeated roots allowed).
    /// The empty list gives the constant 1.
    public init(roots: [Rational]) {
        var c: [Rational] = [1]
        for r in roots {
            // Multiply by (z − r): new[k] = c[k−1] − r·c[k].
            var next = [Rational](repeating: .zero, count: c.count + 1)
            for k in 0..<c.count {
                next[k + 1] += c[k]
                next[k] -= r * c[k]
            }
            c = next
        }
        self.init(coefficients: c)
    }

    /// The constant polynomial c.
    public init(constant c: Rational) { self.init(coefficients: [c]) }

    /// The zero polynomial.
    public static let zero = Polynomial(coefficients: [])
    /// The constant polynomial 1.
    public static let one = Polynomial(coefficients: [1])
    /// The polynomial z.
    public static let z = Polynomial(coefficients: [0, 1])

    /// The monomial c·zᵏ. - Precondition: k ≥ 0.
    public static func monomial(_ c: Rational = 1, degree k: Int) -> Polynomial {
        precondition(k >= 0, "Polynomial.monomial: negative degree")
        var coefficients = [Rational](repeating: .zero, count: k + 1)
        coefficients[k] = c
        return Polynomial(coefficients: coefficients)
    }

    /// The degree n; −1 for the zero polynomial.
    public var degree: Int { coefficients.count - 1 }

    /// Whether this is the zero polynomial.
    public var isZero: Bool { coefficients.isEmpty }

    /// The leading coefficient cₙ (0 for the zero polynomial).
    public var leadingCoefficient: Rational { coefficients.last ?? .zero }

    /// The coefficient of zᵏ (0 beyond the degree or for negative k).
    public subscript(k: Int) -> Rational {
        k >= 0 && k < coefficients.count ? coefficients[k] : .zero
    }

    /// p(x), exactly, by Horner's rule.
    public func evaluate(at x: Rational) -> Rational {
        var value = Rational.zero
        for c in coefficients.reversed() { value = value * x + c }
        return value
    }

    /// p(x) in Float64 by Horner's rule (coefficients rounded to the nearest double).
    /// For display and numerical cross-checks only; exact decisions never use it.
    public func evaluate(at x: Double) -> Double {
        var value = 0.0
        for c in coefficients.reversed() { value = value * x + c.doubleValue }
        return value
    }

    /// p′(z) = Σ k·cₖ·zᵏ⁻¹.
    public var derivative: Polynomial {
        guard degree >= 1 else { return .zero }
        return Polynomial(coefficients: (1...degree).map { Rational($0) * coefficients[$0] })
    }

    /// The polynomial divided by its leading coefficient (zero stays zero).
    public var monic: Polynomial {
        guard let lead = coefficients.last, lead != 1 else { return self }
        return Polynomial(coefficients: coefficients.map { $0 / lead })
    }

    /// The sign (−1, 0, 1) of p(x) as x → +∞.
    public var signAtPositiveInfinity: Int { leadingCoefficient.signum }

    /// The sign (−1, 0, 1) of p(x) as x → −∞: the leading sign, flipped for odd degree.
    public var signAtNegativeInfinity: Int {
        degree % 2 == 0 ? leadingCoefficient.signum : -leadingCoefficient.signum
    }
}

extension Polynomial: CustomStringConvertible {
    /// A readable form, highest degree first, e.g. `z^2 - 3/2 z + 1/2`; `0` for zero.
    public var description: String {
        if isZero { return "0" }
        var out = ""
        for k in stride(from: degree, through: 0, by: -1) {
            let c = coefficients[k]
            if c.isZero { continue }
            let magnitude = c.absoluteValue
            if out.isEmpty {
                if c.signum < 0 { out += "-" }
            } else {
                out += c.signum < 0 ? " - " : " + "
            }
            let monomial = k == 0 ? "" : (k == 1 ? "z" : "z^\(k)")
            if k == 0 {
                out += "\(magnitude)"
            } else if magnitude == 1 {
                out += monomial
            } else {
                out += "\(magnitude) \(monomial)"
            }
        }
        return out
    }
}

/// Errors of the exact polynomial root-location routines, for input a caller can fix.
public enum PolynomialError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The zero polynomial vanishes everywhere, so its roots cannot be counted or located.
    case zeroPolynomial
    /// A disk test was asked for a radius r ≤ 0. (Such questions are decided without a test:
    /// no root has |z| < r ≤ 0, and |z| ≤ 0 only for the root 0 — see `allRootsInOpenDisk`.)
    case nonPositiveRadius(Rational)
    /// A bracket was asked for with a width w ≤ 0.
    case nonPositiveWidth(Rational)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case .zeroPolynomial:
            return "the zero polynomial has every number as a root; pass a nonzero polynomial"
        case .nonPositiveRadius(let r):
            return "the disk radius must be positive, got \(r); for r ≤ 0 decide directly (no root has |z| < r; |z| ≤ 0 only at z = 0)"
        case .nonPositiveWidth(let w):
            return "the bracket width must be positive, got \(w)"
        }
    }
}
