import ExactMath
import Optimizers

extension Citation {
    /// J. Lee, H. Cho, C. Yun, "Fundamental Benefit of Alternating Updates in Minimax
    /// Optimization", ICML 2024 (PMLR 235:26439–26514), arXiv 2402.10475.
    public static let leeChoYun2024 = Citation(
        authors: ["Jaewook Lee", "Hanseul Cho", "Chulhee Yun"],
        title: "Fundamental Benefit of Alternating Updates in Minimax Optimization",
        venue: "Proceedings of the 41st International Conference on Machine Learning (ICML), PMLR 235:26439--26514",
        year: 2024, arxiv: "2402.10475", bibtexKey: "lee2024fundamental", entryType: "inproceedings")
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

    /// The exact iteration matrix of the method at steps (α, β), built by the method's own
    /// step on the basis states.
    public func iterationMatrix(alpha: Rational, beta: Rational, on game: QuadraticGame<Rational>) -> Matrix<Rational> {
        switch self {
        case .sim: SimGDA(alpha: alpha, beta: beta).iterationMatrix(on: game)
        case .alt: AltGDA(alpha: alpha, beta: beta).iterationMatrix(on: game)
        case .alex(let g, let d): AlexGDA(alpha: alpha, beta: beta, gamma: g, delta: d).iterationMatrix(on: game)
        case .extragradient: Extragradient(alpha: alpha, beta: beta).iterationMatrix(on: game)
        }
    }

    /// Gradient evaluations (one per player counts one) per iteration: 2 for the GDA
    /// family, 4 for extragradient.
    public var gradientCallsPerIteration: Int {
        if case .extragradient = self { return 4 }
        return 2
    }
}
