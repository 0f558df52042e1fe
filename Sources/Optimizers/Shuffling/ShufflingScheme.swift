/// The order in which a shuffling method visits the n components, epoch after epoch.
public enum ShufflingScheme: String, Sendable, Hashable, Codable, CaseIterable {
    /// Random reshuffling: a fresh uniform permutation every epoch.
    case randomReshuffling = "rr"
    /// Single shuffle (shuffle once): one uniform permutation reused in every epoch.
    case singleShuffle = "ss"
    /// Incremental gradient descent: the identity order in every epoch.
    case incremental = "igd"
    /// With-replacement SGD: nK i.i.d. uniform indices.
    case withReplacement = "sgd"
}

/// The exact expected error of a shuffling method after K epochs on a quadratic finite
/// sum, in error coordinates e = x_K − x*.
public struct ShuffledExpectation: Sendable, Hashable {
    /// E[e] (exact).
    public let mean: Vector<Rational>
    /// E‖x_K − x*‖².
    public let expectedSquaredDistance: Rational
    /// E[F(x_K) − F*] = ½ E[eᵀĀe].
    public let expectedSuboptimality: Rational

    public init(mean: Vector<Rational>, expectedSquaredDistance: Rational, expectedSuboptimality: Rational) {
        self.mean = mean
        self.expectedSquaredDistance = expectedSquaredDistance
        self.expectedSuboptimality = expectedSuboptimality
    }

    /// From the mean and the second-moment matrix S = E[eeᵀ]: tr S and ½ tr(ĀS).
    init(mean: Vector<Rational>, secondMoment s: Matrix<Rational>, meanHessian a: Matrix<Rational>) {
        let d = mean.count
        self.mean = mean
        expectedSquaredDistance = Rational.sum((0..<d).map { s[$0, $0] })
        var acc = RationalAccumulator()
        for i in 0..<d { for j in 0..<d { acc.add(a[i, j], times: s[j, i]) } }
        expectedSuboptimality = acc.value / 2
    }
}

/// Errors of the exact shuffling engine (typed, never a trap on user input).
public enum ShufflingError: Error, Equatable, CustomStringConvertible {
    /// The mean Hessian Ā is singular, so x* is not unique.
    case singularMeanHessian
    /// n exceeds what exact enumeration can do for the scheme.
    case tooManyComponents(n: Int, limit: Int, scheme: ShufflingScheme)
    /// The number of epochs is below 1.
    case invalidEpochs(Int)
    /// The starting point has the wrong dimension.
    case dimensionMismatch(expected: Int, got: Int)
    /// The problem itself is malformed (no components, shapes that do not fit, n too large for
    /// the computation asked for); the text says what.
    case invalidProblem(String)
    /// The computation does not define the scheme (e.g. IGD on a two-class chain, whose order
    /// is a choice rather than a distribution).
    case unsupportedScheme(ShufflingScheme, reason: String)

    public var description: String {
        switch self {
        case .singularMeanHessian:
            "the mean Hessian Ā = (1/n)ΣAᵢ is singular, so the minimizer x* is not unique"
        case let .tooManyComponents(n, limit, scheme):
            "n = \(n) components is too many for exact enumeration with scheme \(scheme.rawValue) (limit n ≤ \(limit)); use Monte Carlo for larger n"
        case .invalidEpochs(let k):
            "the number of epochs must be at least 1 (got \(k))"
        case let .dimensionMismatch(expected, got):
            "x0 has \(got) entries but the problem has dimension \(expected)"
        case .invalidProblem(let why):
            "invalid shuffling problem: \(why)"
        case let .unsupportedScheme(scheme, reason):
            "scheme \(scheme.rawValue) is not defined here: \(reason)"
        }
    }
}
