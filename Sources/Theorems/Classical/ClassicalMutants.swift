import ExactMath
import Optimizers

extension Classical {
    /// The family's mutants: plausible broken implementations of gradient descent, heavy-ball
    /// and the closed-disk test its theorems must notice, and equivalent (correct) rewrites
    /// they must not (Polyak 1987). Each rebuilds the family's theorems with the mutant in place.
    public static let mutants: [Mutant] = [
        gd("gradient-descent/drops-linear-term", "gradient descent uses the gradient Ax and drops the linear term −b") {
            Bugs.GradientWithoutLinearTerm(step: $0.step)
        },
        gd("gradient-descent/ascent", "gradient descent steps uphill: x ← x + η∇f(x)") { Bugs.GradientAscent(step: $0.step) },
        heavyBall("heavy-ball/momentum-off", "heavy-ball ignores the momentum β (it is gradient descent with step α)", .momentumOff),
        heavyBall("heavy-ball/momentum-sign", "heavy-ball subtracts the momentum term: x ← x − α∇f(x) − β(x − x_prev)", .momentumSign),
        heavyBall("heavy-ball/previous-starts-at-zero", "heavy-ball starts with x₋₁ = 0 instead of at rest (x₋₁ = x₀)", .previousStartsAtZero),
        Mutant(id: "closed-disk/strict", family: .classical,
               summary: "the closed test ρ ≤ r rejects roots on the circle |z| = r (Schur–Cohn in place of the closed-disk test)") {
            Classical.theorems(using: .project, radiusTests: RootRadiusTests(strict: RootRadiusTests.verified.strict,
                                                                             closed: RootRadiusTests.verified.strict))
        },
        gd("gradient-descent/affine-map", "gradient descent formed as x ← (I − ηA)x + ηb (correct)", equivalent: true) {
            Bugs.GradientAsAffineMap(step: $0.step)
        },
        heavyBall("heavy-ball/state-swapped", "heavy-ball storing its state as (x_{k−1}, x_k) (correct)", .stateSwapped, equivalent: true),
    ]

    private typealias Bugs = ClassicalMutantMethods

    private static func mutant(_ id: String, _ summary: String, equivalent: Bool,
                               _ change: @escaping @Sendable (inout ClassicalMethods) -> Void) -> Mutant {
        Mutant(id: id, family: .classical, summary: summary, isEquivalent: equivalent) {
            var methods = ClassicalMethods.project
            change(&methods)
            return Classical.theorems(using: methods)
        }
    }

    private static func gd<M: LinearMethod>(_ id: String, _ summary: String, equivalent: Bool = false,
                                            _ make: @escaping @Sendable (FirstOrderParameters) -> M) -> Mutant where M.Scalar == Rational {
        mutant(id, summary, equivalent: equivalent) { $0.gradientDescent = LinearMethodMaker(id, exact: make) }
    }

    private static func heavyBall(_ id: String, _ summary: String, _ bug: Bugs.HeavyBallBug, equivalent: Bool = false) -> Mutant {
        mutant(id, summary, equivalent: equivalent) {
            $0.heavyBall = LinearMethodMaker(id) { Bugs.HeavyBall(step: $0.step, momentum: $0.momentum, bug: bug) }
        }
    }
}
