import ExactMath
import FloatMath

/// Random orthogonal matrices with rational entries, for instances whose spectrum must be
/// known exactly: a Householder reflection H = I − 2vvᵀ/(vᵀv) with an integer vector v is
/// rational and orthogonal (HᵀH = I exactly), and so is a product of such reflections.
public enum RationalOrthogonal {
    /// The Householder reflection of a nonzero rational vector v; for v = 0 (no reflection is
    /// defined) the identity, which is orthogonal too.
    public static func reflection(_ v: Vector<Rational>) -> Matrix<Rational> {
        let n = v.count
        let norm = v.dot(v)
        guard !norm.isZero else { return .identity(n) }
        let scale = Rational(2) / norm
        return Matrix(rows: n, columns: n) { i, j in
            (i == j ? Rational.one : .zero) - scale * v[i] * v[j]
        }
    }

    /// A product of `reflections` Householder reflections with integer vectors whose
    /// entries are drawn uniformly from −`bound`…`bound` (a zero vector is redrawn). A bound
    /// below 1 is taken as 1 (entries in −1…1), so a nonzero vector always exists; dimension
    /// 0 gives the empty identity.
    public static func random(dimension n: Int, reflections: Int = 2, bound: Int = 3,
                              using rng: inout SeededGenerator) -> Matrix<Rational> {
        var q = Matrix<Rational>.identity(max(n, 0))
        guard n >= 1 else { return q }
        let bound = max(bound, 1)
        for _ in 0..<max(reflections, 0) {
            var v: [Rational]
            repeat {
                v = (0..<n).map { _ in Rational(rng.int(in: -bound...bound)) }
            } while v.allSatisfy(\.isZero)
            q = q * reflection(Vector(v))
        }
        return q
    }
}
