import ExactMath
import FloatMath
import Synchronization

/// A compute-once cache for the report bracket (evidence is a value shared by the claim and
/// every false variant of one instance), guarded by the standard library's `Mutex`.
final class BracketCache: Sendable {
    private let value = Mutex<BracketValue?>(nil)

    /// The cached bracket, computed on first use (nil inside when no bracket could be certified).
    func get(_ compute: () -> (lower: Rational, upper: Rational)?) -> (lower: Rational, upper: Rational)? {
        value.withLock { cached in
            if let cached { return cached.bracket }
            let v = BracketValue(bracket: compute())
            cached = v
            return v.bracket
        }
    }
}

/// A computed bracket, or the fact that none could be certified.
struct BracketValue: Sendable {
    let bracket: (lower: Rational, upper: Rational)?
}

/// The one mechanism for exact decisions about the spectral radius ρ of a rational
/// iteration matrix, with no eigenvalue computed: ρ < r by the Schur–Cohn test, ρ ≤ r by
/// the closed-disk test, ρ = r as both, on det(zI − M) or on the characteristic
/// polynomials of its diagonal blocks.
///
/// Exact spectral-radius evidence for an iteration matrix given as the product of
/// characteristic polynomials of its diagonal blocks: ρ(M) = maxᵢ ρ(Mᵢ), so
/// - ρ < r ⟺ every block polynomial passes the Schur–Cohn test at r;
/// - ρ ≤ r ⟺ every block polynomial passes the closed-disk test at r;
/// - a certified bracket of ρ is (maxᵢ loᵢ, maxᵢ hiᵢ) from certified block brackets
///   (maxᵢ loᵢ = lo_j < ρ_j ≤ ρ, and ρ_i ≤ hi_i for every i; the width is at most the
///   largest block width).
/// Every certificate is re-verified (`verify(for:)`) before it is used; a certificate that
/// fails verification makes the decision `nil` (inconclusive). For a decoupled game the
/// blocks are degree 2–3, which keeps κ up to 10⁶ cheap; for any other game there is one
/// block, the full characteristic polynomial.
public struct SpectralRadiusEvidence: Sendable {
    /// The distinct block polynomials (duplicates removed: same roots, same decisions).
    public let polynomials: [Polynomial]
    private let cache = BracketCache()
    /// Whether judgements attach a certified bracket (costly for large exact polynomials
    /// with roots on the circle; the decision itself never needs it).
    public let reportsBracket: Bool
    /// The exact decisions of ρ < r and ρ ≤ r for r > 0 (the project's verified tests unless
    /// a mutant is put in their place).
    public let tests: RootRadiusTests

    public init(polynomials: [Polynomial], reportsBracket: Bool = true, tests: RootRadiusTests = .verified) {
        var seen = Set<Polynomial>()
        self.polynomials = polynomials.filter { seen.insert($0).inserted }
        self.reportsBracket = reportsBracket
        self.tests = tests
    }

    /// One block: the full matrix.
    public init(matrix: Matrix<Rational>, reportsBracket: Bool = true, tests: RootRadiusTests = .verified) {
        self.init(polynomials: [matrix.characteristicPolynomial], reportsBracket: reportsBracket, tests: tests)
    }

    /// The product of the block polynomials: det(zI − M) up to the removed duplicates.
    public var degree: Int { polynomials.map(\.degree).reduce(0, +) }

    /// ρ < r, decided and re-verified; nil when a certificate fails verification. For r ≤ 0
    /// it is decided without a test: ρ ≥ 0, so ρ < r is false (true only for an empty matrix).
    public func isBelow(_ r: Rational) -> Bool? {
        guard r > 0 else { return degree == 0 }
        for p in polynomials {
            guard let inside = tests.strict(p, r) else { return nil }
            if !inside { return false }
        }
        return true
    }

    /// ρ ≤ r, decided and re-verified; nil when a certificate fails verification. For r ≤ 0
    /// it is decided directly: ρ ≤ 0 exactly when every block polynomial is c·zᵏ (the matrix
    /// is nilpotent), and ρ ≤ r < 0 never (for a non-empty matrix).
    public func isAtMost(_ r: Rational) -> Bool? {
        guard r > 0 else { return polynomials.allSatisfy { $0.allRootsInClosedDisk(radius: r) } }
        for p in polynomials {
            guard let inside = tests.closed(p, r) else { return nil }
            if !inside { return false }
        }
        return true
    }

    /// A Float64 estimate of the root radius of p (companion-matrix eigenvalues); a hint only.
    static func floatRootRadius(_ p: Polynomial) -> Double? {
        let n = p.degree
        guard n >= 1 else { return 0 }
        let lead = p.leadingCoefficient
        let companion = Matrix<Double>(rows: n, columns: n) { i, j in
            if i == 0 { return -(p[n - 1 - j] / lead).doubleValue }
            return i == j + 1 ? 1 : 0
        }
        return try? spectralRadius(companion)
    }

    /// A certified bracket lo < ρ ≤ hi (lo = hi = 0 when ρ = 0) of width ≤ `width`, every
    /// block bracket re-verified; nil if any fails.
    public func bracket(width: Rational = Rational(1, 1_000_000_000)) -> (lower: Rational, upper: Rational)? {
        var lo = Rational.zero, hi = Rational.zero
        for p in polynomials {
            guard let b = try? p.rootRadiusBracket(width: width, hint: Self.floatRootRadius(p)),
                  b.verify(for: p) else { return nil }
            lo = max(lo, b.lower)
            hi = max(hi, b.upper)
        }
        return (lo, hi)
    }

    /// The bracket shown in reports (width ≤ 10⁻⁶, six significant digits), computed once.
    public var reportBracket: (lower: Rational, upper: Rational)? { cache.get { bracket(width: Rational(1, 1_000_000)) } }

    private func bracketText() -> (Quantity?, String) {
        guard reportsBracket else { return (nil, "bracket not computed") }
        guard let b = reportBracket else { return (nil, "no certified bracket") }
        return (.exact(b.upper), "certified bracket \(Quantity.format(b.lower.doubleValue)) < ρ ≤ \(Quantity.format(b.upper.doubleValue))")
    }

    /// The name of the strict test behind a decision at r (none is needed for r ≤ 0: ρ ≥ 0).
    private func strictTest(_ r: Rational) -> String { r > 0 ? "Schur–Cohn (verified)" : "ρ ≥ 0 (no test needed at r ≤ 0)" }
    /// The closed-disk test at r, or the direct decision for r ≤ 0 (ρ ≤ 0 iff nilpotent).
    private func closedTest(_ r: Rational) -> String { r > 0 ? "closed-disk test (verified)" : "direct decision at r ≤ 0 (ρ ≤ 0 iff every block polynomial is c·zᵏ)" }

    private var blocksText: String {
        polynomials.count == 1 ? "det(zI−M) (degree \(degree))" : "\(polynomials.count) block polynomials (total degree \(degree))"
    }

    /// Decides ρ = r exactly: ρ ≤ r (closed-disk test) and not ρ < r (Schur–Cohn).
    public func judgeEqual(_ r: Rational) -> Judgement {
        guard let atMost = isAtMost(r), let below = isBelow(r) else {
            return .inconclusive("a spectral certificate failed verification at r = \(r)")
        }
        if atMost && !below {
            return Judgement(.holds, predicted: .exact(r), measured: .exact(r), relation: .equal, tolerance: .exact(0),
                             certificate: "\(closedTest(r)) on \(blocksText): all roots in |z| ≤ \(r); \(strictTest(r)): not all in |z| < \(r); hence ρ = \(r)")
        }
        let (measured, text) = bracketText()
        let why = atMost ? "\(strictTest(r)): all roots in |z| < \(r), so ρ < \(r)"
                         : "\(closedTest(r)): some root has |z| > \(r), so ρ > \(r)"
        return Judgement(.refuted, predicted: .exact(r), measured: measured ?? .exact(r), relation: .equal, tolerance: .exact(0),
                         certificate: "\(why) on \(blocksText); \(text)")
    }

    /// Decides ρ < r (the claim "converges at least at rate r").
    public func judgeBelow(_ r: Rational) -> Judgement {
        guard let below = isBelow(r) else { return .inconclusive("a Schur–Cohn certificate failed verification at r = \(r)") }
        let (measured, text) = bracketText()
        if below {
            return Judgement(.holds, predicted: .exact(r), measured: measured ?? .exact(r), relation: .below, tolerance: .exact(0),
                             certificate: "\(strictTest(r)) on \(blocksText): all roots in |z| < \(r); \(text)")
        }
        return Judgement(.refuted, predicted: .exact(r), measured: measured ?? .exact(r), relation: .below, tolerance: .exact(0),
                         certificate: "\(strictTest(r)) on \(blocksText): some root has |z| ≥ \(r); \(text)")
    }

    /// Decides ρ ≥ r (a lower bound on the spectral radius: "cannot converge faster than r").
    public func judgeAtLeast(_ r: Rational) -> Judgement {
        guard let below = isBelow(r) else { return .inconclusive("a Schur–Cohn certificate failed verification at r = \(r)") }
        let (measured, text) = bracketText()
        if !below {
            return Judgement(.holds, predicted: .exact(r), measured: measured ?? .exact(r), relation: .atLeast, tolerance: .exact(0),
                             certificate: "\(strictTest(r)) on \(blocksText): some root has |z| ≥ \(r); \(text)")
        }
        return Judgement(.refuted, predicted: .exact(r), measured: measured ?? .exact(r), relation: .atLeast, tolerance: .exact(0),
                         certificate: "\(strictTest(r)) on \(blocksText): all roots in |z| < \(r); \(text)")
    }

    /// Decides ρ ≤ r.
    public func judgeAtMost(_ r: Rational) -> Judgement {
        guard let atMost = isAtMost(r) else { return .inconclusive("a closed-disk certificate failed verification at r = \(r)") }
        let (measured, text) = bracketText()
        return Judgement(atMost ? .holds : .refuted, predicted: .exact(r), measured: measured ?? .exact(r), relation: .atMost,
                         tolerance: .exact(0),
                         certificate: "\(closedTest(r)) on \(blocksText): \(atMost ? "all roots in" : "some root outside") |z| ≤ \(r); \(text)")
    }

    /// Decides ρ > r.
    public func judgeAbove(_ r: Rational) -> Judgement {
        guard let atMost = isAtMost(r) else { return .inconclusive("a closed-disk certificate failed verification at r = \(r)") }
        let (measured, text) = bracketText()
        return Judgement(atMost ? .refuted : .holds, predicted: .exact(r), measured: measured ?? .exact(r), relation: .above,
                         tolerance: .exact(0),
                         certificate: "\(closedTest(r)) on \(blocksText): \(atMost ? "all roots in" : "some root outside") |z| ≤ \(r); \(text)")
    }
}

