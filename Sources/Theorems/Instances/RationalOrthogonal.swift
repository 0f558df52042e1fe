import ExactMath
import FloatMath

/// Random orthogonal matrices with rational entries, for instances whose spectrum must be
/// known exactly: a Householder reflection H = I − 2vvᵀ/(vᵀv) with an integer vector v is
/// rational and orthogonal (HᵀH = I exactly), and so is a product of such reflections.
public enum RationalOrthogonal {
    /// The Householder reflection of a nonzero rational vector v.
    public static func reflection(_ v: Vector<Rational>) -> Matrix<Rational> {
        let n = v.count
        let scale = Rational(2) / v.dot(v)
        return Matrix(rows: n, columns: n) { i, j in
            (i == j ? Rational.one : .zero) - scale * v[i] * v[j]
        }
    }

    /// A product of `reflections` Householder reflections with integer vectors whose
    /// entries are drawn uniformly from −`bound`…`bound` (a zero vector is redrawn).
    public static func random(dimension n: Int, reflections: Int = 2, bound: Int = 3,
                              using rng: inout SeededGenerator) -> Matrix<Rational> {
        var q = Matrix<Rational>.identity(n)
        for _ in 0..<reflections {
            var v: [Rational]
            repeat {
                v = (0..<n).map { _ in Rational(rng.int(in: -bound...bound)) }
            } while v.allSatisfy(\.isZero)
            q = q * reflection(Vector(v))
        }
        return q
    }
}
