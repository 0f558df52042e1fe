import ExactMath

/// The two exact root-radius decisions ``SpectralRadiusEvidence`` is built on, as a value, so
/// that a broken decision procedure (a mutant such as a Schur–Cohn test that accepts roots on
/// the circle) can be put in their place and the catalog shown to notice it.
///
/// `strict(p, r)` decides "every root of p has |z| < r" and `closed(p, r)` decides "every root
/// has |z| ≤ r", for r > 0; `nil` means a certificate failed re-verification (inconclusive).
public struct RootRadiusTests: Sendable {
    public let strict: @Sendable (Polynomial, Rational) -> Bool?
    public let closed: @Sendable (Polynomial, Rational) -> Bool?

    public init(strict: @escaping @Sendable (Polynomial, Rational) -> Bool?,
                closed: @escaping @Sendable (Polynomial, Rational) -> Bool?) {
        self.strict = strict
        self.closed = closed
    }

    /// The project's tests: Schur–Cohn for |z| < r and the closed-disk test for |z| ≤ r
    /// (Schur–Cohn first, which implies it), every certificate re-verified by independent code.
    public static let verified = RootRadiusTests(
        strict: { p, r in
            guard let c = try? p.schurCohnTest(radius: r), c.verify(for: p) else { return nil }
            return c.allRootsInside
        },
        closed: { p, r in
            if let c = try? p.schurCohnTest(radius: r), c.verify(for: p), c.allRootsInside { return true }
            guard let c = try? p.closedDiskTest(radius: r), c.verify(for: p) else { return nil }
            return c.allRootsInside
        })
}
