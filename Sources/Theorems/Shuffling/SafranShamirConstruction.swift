import ExactMath
import FloatMath
import Optimizers

/// The Safran–Shamir (2021, arXiv 2106.06880; as in the authors' experiment code) constructions
/// on x = (x₁, x₂), with parameters n, λ, λ_max, G and start x₀ = (−G/(2λ), −G/(2λ_max)). Eq. (2),
/// the RR construction (the methods without a prefix): n/2 "plus" components f⁺ = (λ/2)x₁² − (G/2)x₂ and n/2
/// "minus" components f⁻ = (λ/2)x₁² + (λ_max/2)x₂² + (G/2)x₂, so F = (λ/2)x₁² + (λ_max/4)x₂²,
/// x* = 0, component smoothness L = λ_max and strong convexity μ = λ of F, κ = L/μ = λ_max/λ
/// (the family's convention). x₁ evolves deterministically; x₂ is a two-class scalar chain
/// (plus: x ↦ x + ηG/2; minus: x ↦ (1 − ηλ_max)x − ηG/2).
public struct SafranShamirConstruction: Sendable {
    public let n: Int
    public let lambda: Double
    public let lambdaMax: Double
    public let g: Double

    public init(n: Int, lambda: Double, lambdaMax: Double, g: Double) {
        self.n = n
        self.lambda = lambda
        self.lambdaMax = lambdaMax
        self.g = g
    }

    /// κ = L/μ = λ_max/λ.
    public var conditionNumber: Double { lambdaMax / lambda }

    /// The paper's initialisation x₁⁰ = −G/(2λ), x₂⁰ = −G/(2λ_max).
    public var start: (Double, Double) { (-g / (2 * lambda), -g / (2 * lambdaMax)) }

    /// The x₂ dynamics at step η.
    public func secondCoordinate(step eta: Double) throws -> TwoClassScalarShuffling<Double> {
        try TwoClassScalarShuffling(countA: n / 2, alphaA: 1, betaA: eta * g / 2,
                                    countB: n - n / 2, alphaB: 1 - eta * lambdaMax, betaB: -eta * g / 2)
    }

    /// As an exact finite sum (for testing the two-class recursion against enumeration).
    public func finiteSum(lambda l: Rational, lambdaMax lm: Rational, g gr: Rational) -> QuadraticFiniteSum<Rational> {
        let plus = (Matrix<Rational>([[l, 0], [0, 0]]), Vector<Rational>([0, gr / 2]))
        let minus = (Matrix<Rational>([[l, 0], [0, lm]]), Vector<Rational>([0, -gr / 2]))
        let parts = (0..<n).map { $0 < n / 2 ? plus : minus }
        return QuadraticFiniteSum(hessians: parts.map(\.0), linears: parts.map(\.1))
    }
}

/// The Safran–Shamir (2021, eq. (1); as in the authors' experiment code) construction with the
/// same parameters and start, with equal curvature in each coordinate:
/// fᵢ(x) = (λ/2)x₁² + (λ_max/2)x₂² − (G/2)σᵢx₂, σᵢ = ±1 for n/2 components each (listed
/// alternately, so the Float64 offsets sum to exactly zero). F = (λ/2)x₁² + (λ_max/2)x₂², x* = 0,
/// κ = λ_max/λ. Both coordinates are one-dimensional equal-curvature sums: x₁ with offsets 0
/// (deterministic), x₂ with offsets cᵢ = σᵢG/(2λ_max), so every scheme's error has a closed form.
extension SafranShamirConstruction {
    /// Eq. (1): the x₂ offsets σᵢG/(2λ_max), σ = (+1, −1, +1, −1, …).
    public var signOffsets: [Double] { (0..<n).map { ($0 % 2 == 0 ? 1 : -1) * g / (2 * lambdaMax) } }

    /// Eq. (1): E‖x_K − x*‖² under the scheme at step η, through the method under test (both coordinates).
    public func signExpectedSquaredDistance(_ scheme: ShufflingScheme, step eta: Double, epochs k: Int,
                                            methods: any ShufflingMethods) throws -> Double {
        let x1 = try methods.scalarMoments(scheme, curvature: lambda, offsets: [Double](repeating: 0, count: n),
                                           step: eta, from: start.0, epochs: k).square
        let x2 = try methods.scalarMoments(scheme, curvature: lambdaMax, offsets: signOffsets, step: eta, from: start.1, epochs: k).square
        return x1 + x2
    }

    /// Eq. (1): the closed-form pieces at step η (Proofs/safran-shamir-2021/rr-beats-sgd-only-after-many-epochs.md):
    /// D = (x₁⁰)²(1 − ηλ)^{2nK}, T = (x₂⁰)²q^{2nK} and SGD's noise N = ε²s²(1 − q^{2nK})/(1 − q²),
    /// with ε = ηλ_max, q = 1 − ε, s² = G²/(4λ_max²).
    public func signClosedFormPieces(step eta: Double, epochs k: Int) -> (bias: Double, transient: Double, sgdNoise: Double) {
        let eps = eta * lambdaMax, q = 1 - eps
        let steps = n * k
        let bias = start.0 * start.0 * (1 - eta * lambda).integerPower(2 * steps)
        let transient = start.1 * start.1 * q.integerPower(2 * steps)
        let s2 = g * g / (4 * lambdaMax * lambdaMax)
        let noise = eps * eps * s2 * (1 - q.integerPower(2 * steps)) / (1 - q * q)
        return (bias, transient, noise)
    }
}
