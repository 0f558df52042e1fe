import ExactMath
import Optimizers

extension Minimax {
    /// The family's mutants: plausible broken implementations of Sim/Alt/Alex-GDA, of
    /// extragradient and of the strict root-radius test its theorems must notice, and
    /// equivalent (correct) rewrites they must not (Lee–Cho–Yun, ICML 2024, Algorithms 1–2).
    /// Each rebuilds the theorems that run the mutated component.
    public static let mutants: [Mutant] = [
        mutant("alt-gda/y-first", touching: .alt, "Alt-GDA updates y first and then x at the new y (the players in the wrong order)") {
            $0.alt = GameMethodMaker("Alt-GDA, y first", exact: { Bugs.AltYFirst(alpha: $0.alpha, beta: $0.beta) },
                                     float: { Bugs.AltYFirst(alpha: $0.alpha, beta: $0.beta) })
        },
        mutant("alt-gda/simultaneous", touching: .alt, "Alt-GDA computes the y-gradient at the old x (it is Sim-GDA)") {
            $0.alt = GameMethodMaker("Alt-GDA as Sim", exact: { SimGDA(alpha: $0.alpha, beta: $0.beta) },
                                     float: { SimGDA(alpha: $0.alpha, beta: $0.beta) })
        },
        mutant("sim-gda/ascent-sign", touching: .sim, "Sim-GDA descends in y: y ← y − β∇_y f (a sign error in the ascent step)") {
            $0.sim = GameMethodMaker("Sim-GDA, descending y", exact: { Bugs.SimDescendingY(alpha: $0.alpha, beta: $0.beta) },
                                     float: { Bugs.SimDescendingY(alpha: $0.alpha, beta: $0.beta) })
        },
        alex("alex-gda/ignores-gamma", "Alex-GDA extrapolates x with γ = 1 whatever γ is (x̃ = x_{k+1})", .ignoresGamma),
        alex("alex-gda/ignores-delta", "Alex-GDA extrapolates y with δ = 1 whatever δ is (ỹ = y_{k+1})", .ignoresDelta),
        alex("alex-gda/ignores-gamma-and-delta", "Alex-GDA ignores both γ and δ (it is Alt-GDA)", .ignoresGammaAndDelta),
        alex("alex-gda/extrapolation-gradient-at-y", "Alex-GDA forms x̃ from the x-gradient at (x_k, y_k) instead of (x_k, ỹ_k)", .extrapolationGradientAtY),
        alex("alex-gda/extrapolated-y-starts-at-zero", "Alex-GDA starts with ỹ₀ = 0 instead of ỹ₀ = y₀", .extrapolatedYStartsAtZero),
        mutant("extragradient/extrapolates-x-only", touching: .extragradient, "extragradient extrapolates only the x-player (ŷ = y)") {
            $0.extragradient = GameMethodMaker("EG, x only", exact: { Bugs.ExtragradientXOnly(alpha: $0.alpha, beta: $0.beta) },
                                               float: { Bugs.ExtragradientXOnly(alpha: $0.alpha, beta: $0.beta) })
        },
        Mutant(id: "schur-cohn/non-strict", family: .minimax,
               summary: "the strict test ρ < r accepts roots on the circle |z| = r (closed-disk test in place of Schur–Cohn)") {
            Minimax.theorems(using: .project, radiusTests: RootRadiusTests(strict: RootRadiusTests.verified.closed,
                                                                           closed: RootRadiusTests.verified.closed))
                .filter { !theoremsWithoutRadiusTests.contains($0.id) }
        },
        mutant("alt-gda/expanded-y-gradient", touching: .alt, "Alt-GDA with ∇_y f(x_{k+1}, y_k) expanded as ∇_y f(x_k, y_k) − αBᵀ∇_x f(x_k, y_k) (correct)",
               equivalent: true) {
            $0.alt = GameMethodMaker("Alt-GDA, expanded", exact: { Bugs.AltExpanded(alpha: $0.alpha, beta: $0.beta) },
                                     float: { Bugs.AltExpanded(alpha: $0.alpha, beta: $0.beta) })
        },
        alex("alex-gda/extrapolation-as-difference", "Alex-GDA with x̃ = x_k + γ(x_{k+1} − x_k), ỹ = y_k + δ(y_{k+1} − y_k), Algorithm 2's other form (correct)",
             .extrapolationAsDifference, equivalent: true),
        mutant("extragradient/joint-vector-field", touching: .extragradient, "extragradient on the joint field F(z) = (∇_x f, −∇_y f): z⁺ = z − D F(z − D F(z)) (correct)",
               equivalent: true) {
            $0.extragradient = GameMethodMaker("EG, joint field", exact: { Bugs.ExtragradientJoint(alpha: $0.alpha, beta: $0.beta) },
                                               float: { Bugs.ExtragradientJoint(alpha: $0.alpha, beta: $0.beta) })
        },
    ]

    private typealias Bugs = MinimaxMutantMethods

    /// The method a mutant replaces.
    enum Component: Sendable {
        case sim, alt, alex, extragradient
    }

    /// The theorems that decide no spectral radius (exact identities, bound arithmetic, Float64 counts).
    static let theoremsWithoutRadiusTests: Set = [
        "lee-cho-yun-2024/alex-subsumes-sim-alt", "lee-cho-yun-2024/alt-determinant", "lee-cho-yun-2024/bound-ordering",
        "lee-cho-yun-2024/paper-experiment-regression",
    ]

    /// The theorems that run each method (read off their `measure` functions).
    static let theoremsRunning: [Component: Set<String>] = [
        .sim: ["lee-cho-yun-2024/sim-lower-bound", "lee-cho-yun-2024/sim-upper-bound", "lee-cho-yun-2024/bilinear-sim-alt-fail",
               "lee-cho-yun-2024/alex-subsumes-sim-alt", "lee-cho-yun-2024/alt-determinant", "lee-cho-yun-2024/paper-experiment-regression"],
        .alt: ["lee-cho-yun-2024/alt-faster-than-sim", "lee-cho-yun-2024/alt-upper-bound", "lee-cho-yun-2024/bilinear-sim-alt-fail",
               "lee-cho-yun-2024/alex-subsumes-sim-alt", "lee-cho-yun-2024/alt-determinant", "lee-cho-yun-2024/paper-experiment-regression"],
        .alex: ["lee-cho-yun-2024/alex-upper-bound", "lee-cho-yun-2024/alex-fewer-gradient-calls-than-eg", "lee-cho-yun-2024/alex-bilinear-threshold",
                "lee-cho-yun-2024/alex-bilinear-rate", "lee-cho-yun-2024/alex-subsumes-sim-alt", "lee-cho-yun-2024/paper-experiment-regression"],
        .extragradient: ["lee-cho-yun-2024/eg-upper-bound", "lee-cho-yun-2024/alex-fewer-gradient-calls-than-eg", "korpelevich-1976/eg-bilinear-rate"],
    ]

    /// A mutant that replaces one of the project's methods; its theorems are the family's
    /// theorems that run that method.
    private static func mutant(_ id: String, touching component: Component, _ summary: String, equivalent: Bool = false,
                               _ change: @escaping @Sendable (inout MinimaxMethods) -> Void) -> Mutant {
        Mutant(id: id, family: .minimax, summary: summary, isEquivalent: equivalent) {
            var methods = MinimaxMethods.project
            change(&methods)
            let ids = theoremsRunning[component] ?? []
            return Minimax.theorems(using: methods).filter { ids.contains($0.id) }
        }
    }

    private static func alex(_ id: String, _ summary: String, _ bug: Bugs.AlexBug, equivalent: Bool = false) -> Mutant {
        mutant(id, touching: .alex, summary, equivalent: equivalent) {
            $0.alex = GameMethodMaker("Alex-GDA (\(id))",
                                      exact: { Bugs.Alex(alpha: $0.alpha, beta: $0.beta, gamma: $0.gamma, delta: $0.delta, bug: bug) },
                                      float: { Bugs.Alex(alpha: $0.alpha, beta: $0.beta, gamma: $0.gamma, delta: $0.delta, bug: bug) })
        }
    }
}
