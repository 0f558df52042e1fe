import ExactMath
import Optimizers

extension Citation {
    /// J. Lee, H. Cho, C. Yun, "Fundamental Benefit of Alternating Updates in Minimax
    /// Optimization", ICML 2024 (PMLR 235:26439–26514), arXiv 2402.10475.
    public static let leeChoYun2024 = Citation(
        authors: ["Jaewook Lee", "Hanseul Cho", "Chulhee Yun"],
        title: "Fundamental Benefit of Alternating Updates in Minimax Optimization",
        venue: "Proceedings of the 41st International Conference on Machine Learning (ICML)",
        year: 2024, arxiv: "2402.10475", bibtexKey: "lee2024fundamental", entryType: "inproceedings",
        volume: "235", pages: "26439--26514", series: "Proceedings of Machine Learning Research")

    /// G. M. Korpelevich, "The extragradient method for finding saddle points and other
    /// problems", Ekonomika i Matematicheskie Metody 12:747–756, 1976.
    public static let korpelevich1976 = Citation(
        authors: ["G. M. Korpelevich"],
        title: "The extragradient method for finding saddle points and other problems",
        venue: "Ekonomika i Matematicheskie Metody", year: 1976,
        bibtexKey: "korpelevich1976extragradient", entryType: "article", volume: "12", pages: "747--756")
}

/// Which GDA-type method, with its extrapolation parameters: the methods of Lee–Cho–Yun
/// (ICML 2024), Algorithms 1–2, and extragradient.
public enum GDAVariant: Sendable, Hashable, CustomStringConvertible {
    case sim
    case alt
    case alex(gamma: Rational, delta: Rational)
    case extragradient

    public var description: String {
        switch self {
        case .sim: "Sim-GDA"
        case .alt: "Alt-GDA"
        case .alex(let g, let d): "Alex-GDA(γ=\(g), δ=\(d))"
        case .extragradient: "EG"
        }
    }

    /// The implementation of this method in `methods`, built at steps (α, β) (and γ, δ).
    public func method(alpha: Rational, beta: Rational, using methods: MinimaxMethods) -> AnyGameMethod<Rational> {
        switch self {
        case .sim: methods.sim.exact(GameMethodParameters(alpha: alpha, beta: beta))
        case .alt: methods.alt.exact(GameMethodParameters(alpha: alpha, beta: beta))
        case .alex(let g, let d): methods.alex.exact(GameMethodParameters(alpha: alpha, beta: beta, gamma: g, delta: d))
        case .extragradient: methods.extragradient.exact(GameMethodParameters(alpha: alpha, beta: beta))
        }
    }

    /// The exact iteration matrix of the method at steps (α, β), built by the method's own
    /// step on the basis states (the project's implementation unless `methods` says otherwise).
    public func iterationMatrix(alpha: Rational, beta: Rational, on game: QuadraticGame<Rational>,
                                using methods: MinimaxMethods = .project) -> Matrix<Rational> {
        method(alpha: alpha, beta: beta, using: methods).iterationMatrix(on: game)
    }

    /// Gradient evaluations (one per player counts one) per iteration: 2 for the GDA
    /// family, 4 for extragradient.
    public var gradientCallsPerIteration: Int {
        if case .extragradient = self { return 4 }
        return 2
    }
}
