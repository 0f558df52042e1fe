/// The parameters a GDA-type method is built from: the step sizes α (x-player) and β
/// (y-player) and, for Alex-GDA (Lee–Cho–Yun, ICML 2024, Algorithm 2), the extrapolation
/// parameters γ and δ. Methods without extrapolation ignore γ and δ.
public struct GameMethodParameters<Scalar: OrderedField>: Sendable {
    public let alpha: Scalar, beta: Scalar, gamma: Scalar, delta: Scalar

    public init(alpha: Scalar, beta: Scalar, gamma: Scalar = 1, delta: Scalar = 1) {
        self.alpha = alpha; self.beta = beta; self.gamma = gamma; self.delta = delta
    }
}

/// How one method of the minimax family is built from its parameters — in exact rational
/// arithmetic (for iteration matrices and exact iterates) and in Float64 (for trajectories) —
/// so that a theorem runs whichever implementation it is handed: the project's, a mutant, or
/// a researcher's own ``GameMethod`` conformance.
///
/// ```swift
/// let myAlt = GameMethodMaker("my Alt-GDA",
///                             exact: { MyAltGDA(alpha: $0.alpha, beta: $0.beta) },
///                             float: { MyAltGDA(alpha: $0.alpha, beta: $0.beta) })
/// ```
public struct GameMethodMaker: Sendable {
    /// The method's name in reports ("Alt-GDA").
    public let name: String
    /// The method over the rationals.
    public let exact: @Sendable (GameMethodParameters<Rational>) -> AnyGameMethod<Rational>
    /// The method in Float64.
    public let float: @Sendable (GameMethodParameters<Double>) -> AnyGameMethod<Double>

    public init<E: GameMethod, F: GameMethod>(
        _ name: String,
        exact: @escaping @Sendable (GameMethodParameters<Rational>) -> E,
        float: @escaping @Sendable (GameMethodParameters<Double>) -> F
    ) where E.Scalar == Rational, F.Scalar == Double {
        self.name = name
        self.exact = { AnyGameMethod(exact($0)) }
        self.float = { AnyGameMethod(float($0)) }
    }
}

/// The four methods the minimax theorems run (Lee–Cho–Yun, ICML 2024, Algorithms 1–2, and
/// the extragradient method of Korpelevich 1976), as values. ``project`` is the project's own
/// implementation; replace a member to check another implementation against the same
/// theorems, e.g. `var m = MinimaxMethods.project; m.alt = myAlt`.
public struct MinimaxMethods: Sendable {
    public var sim: GameMethodMaker
    public var alt: GameMethodMaker
    public var alex: GameMethodMaker
    public var extragradient: GameMethodMaker

    public init(sim: GameMethodMaker, alt: GameMethodMaker, alex: GameMethodMaker, extragradient: GameMethodMaker) {
        self.sim = sim; self.alt = alt; self.alex = alex; self.extragradient = extragradient
    }

    /// ``SimGDA``, ``AltGDA``, ``AlexGDA`` and ``Extragradient``.
    public static let project = MinimaxMethods(
        sim: GameMethodMaker("Sim-GDA", exact: { SimGDA(alpha: $0.alpha, beta: $0.beta) },
                             float: { SimGDA(alpha: $0.alpha, beta: $0.beta) }),
        alt: GameMethodMaker("Alt-GDA", exact: { AltGDA(alpha: $0.alpha, beta: $0.beta) },
                             float: { AltGDA(alpha: $0.alpha, beta: $0.beta) }),
        alex: GameMethodMaker("Alex-GDA", exact: { AlexGDA(alpha: $0.alpha, beta: $0.beta, gamma: $0.gamma, delta: $0.delta) },
                              float: { AlexGDA(alpha: $0.alpha, beta: $0.beta, gamma: $0.gamma, delta: $0.delta) }),
        extragradient: GameMethodMaker("EG", exact: { Extragradient(alpha: $0.alpha, beta: $0.beta) },
                                       float: { Extragradient(alpha: $0.alpha, beta: $0.beta) }))
}
