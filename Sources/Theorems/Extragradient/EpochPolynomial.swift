import ExactMath
import Optimizers

/// The epoch map z ↦ L(η)z + c(η) of a stochastic extragradient method as a polynomial in the
/// step η, recovered exactly from the method's own epoch: every entry of L and c is a
/// polynomial of degree ≤ 4n in η (2n SEG steps, each affine with coefficients of degree ≤ 2 in
/// η, and the anchor average), so the values at η = 1, …, 4n + 1 determine it (Vandermonde
/// inverse over ℚ); the value at η = 4n + 2 is then checked against the interpolant, which
/// certifies the degree bound for the implementation under test.
struct EpochPolynomial {
    /// coefficients[k] = (L_k, c_k), the ηᵏ coefficients, k = 0…degree.
    let linear: [Matrix<Rational>]
    let offset: [Vector<Rational>]

    enum Failure: Error, CustomStringConvertible {
        case degree(Int)
        var description: String {
            switch self {
            case .degree(let d): "the epoch map is not a polynomial of degree ≤ \(d) in η (the check at η = \(d + 2) failed)"
            }
        }
    }

    /// The inverse Vandermonde matrix at the nodes 1, …, D + 1, per degree D (memoised per call site).
    static func vandermondeInverse(degree: Int) throws -> Matrix<Rational> {
        let v = Matrix<Rational>(rows: degree + 1, columns: degree + 1) { k, j in Rational(k + 1).integerPower(j) }
        return try v.inverse()
    }

    /// Interpolates the epoch map of `make(η)` for `sequence`.
    static func of(_ make: (Rational) -> any SEGEpochMethod<Rational>, sequence: [Int],
                   on problem: FiniteSumAffineOperator<Rational>, degree: Int, inverse vinv: Matrix<Rational>) throws -> EpochPolynomial {
        let d = problem.dimension
        let maps = (0...degree).map { k in make(Rational(k + 1)).epochMap(sequence: sequence, on: problem) }
        var linear: [Matrix<Rational>] = [], offset: [Vector<Rational>] = []
        for j in 0...degree {
            linear.append(Matrix(rows: d, columns: d) { r, c in
                (0...degree).reduce(Rational.zero) { $0 + vinv[j, $1] * maps[$1].linear[r, c] }
            })
            offset.append(Vector((0..<d).map { r in (0...degree).reduce(Rational.zero) { $0 + vinv[j, $1] * maps[$1].offset[r] } }))
        }
        let p = EpochPolynomial(linear: linear, offset: offset)
        let check = Rational(degree + 2)
        let actual = make(check).epochMap(sequence: sequence, on: problem)
        guard p.linear(at: check) == actual.linear, p.offset(at: check).elements == actual.offset.elements else {
            throw Failure.degree(degree)
        }
        return p
    }

    func linear(at eta: Rational) -> Matrix<Rational> {
        linear.reversed().dropFirst().reduce(linear.last!) { eta * $0 + $1 }
    }

    func offset(at eta: Rational) -> Vector<Rational> {
        offset.reversed().dropFirst().reduce(offset.last!) { eta * $0 + $1 }
    }
}

extension Matrix where Scalar == Rational {
    /// maxᵢⱼ |aᵢⱼ|.
    var maxAbsEntry: Rational { elements.map(\.absoluteValue).max() ?? 0 }
}

extension Vector where Scalar == Rational {
    var maxAbsEntry: Rational { elements.map(\.absoluteValue).max() ?? 0 }
}
