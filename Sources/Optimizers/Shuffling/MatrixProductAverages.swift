/// The three matrices of the matrix AM–GM open problem of Yun–Sra–Jadbabaie (COLT 2021):
/// with P_σ = A_{σ(n)} ⋯ A_{σ(1)} (the product convention Π Bᵢ := Bₙ⋯B₁),
/// W_SS = (1/n!)Σ_σ P_σ^K, W_RS = ((1/n!)Σ_σ P_σ)^K and W_GD = ((1/n)ΣAᵢ)^{nK}.
/// Written once over the scalar: Float64 for the search, Rational for re-certification.
public struct MatrixProductAverages<Scalar: OrderedField>: Sendable {
    public let singleShuffle: Matrix<Scalar>
    public let reshuffle: Matrix<Scalar>
    public let gradientDescent: Matrix<Scalar>

    /// The three matrices as given (e.g. by another implementation of the averages).
    public init(singleShuffle: Matrix<Scalar>, reshuffle: Matrix<Scalar>, gradientDescent: Matrix<Scalar>) {
        self.singleShuffle = singleShuffle
        self.reshuffle = reshuffle
        self.gradientDescent = gradientDescent
    }

    /// - Throws: ``ShufflingError/invalidEpochs(_:)`` for K < 1 and ``ShufflingError/invalidProblem(_:)``
    ///   unless there are 1…``ExactShuffling/enumerationLimit`` square matrices of one size d ≥ 1.
    public init(_ matrices: [Matrix<Scalar>], epochs k: Int) throws(ShufflingError) {
        guard k >= 1 else { throw .invalidEpochs(k) }
        guard let first = matrices.first else { throw .invalidProblem("no matrices") }
        let d = first.rows, n = matrices.count
        guard d >= 1, matrices.allSatisfy({ $0.rows == d && $0.columns == d }) else {
            throw .invalidProblem("the matrices must all be square of one size d ≥ 1")
        }
        guard n <= ExactShuffling.enumerationLimit else {
            throw .tooManyComponents(n: n, limit: ExactShuffling.enumerationLimit, scheme: .singleShuffle)
        }
        let steps = matrices.map { AffineMap(linear: $0, offset: Vector<Scalar>.zero(d)) }
        var sumP = Matrix<Scalar>.zero(rows: d, columns: d)
        var sumPK = Matrix<Scalar>.zero(rows: d, columns: d)
        // forEachEpochMap composes later steps on the left: the map of order σ is A_{σ(n)}⋯A_{σ(1)}.
        PermutationEnumeration.forEachEpochMap(steps: steps) { _, map in
            sumP = sumP + map.linear
            sumPK = sumPK + map.linear.power(k)
        }
        let inv = Scalar(rational: Rational(1, PermutationEnumeration.factorial(n)))
        singleShuffle = inv * sumPK
        reshuffle = (inv * sumP).power(k)
        let mean = Scalar(rational: Rational(1, n)) * matrices.dropFirst().reduce(matrices[0], +)
        gradientDescent = mean.power(n * k)
    }
}
