import ExactMath
import FloatMath
import Optimizers
import RealModule

extension SharpnessAware {
    /// The family's mutants: plausible bugs in SAM's ascent, in USAM, in the momentum buffer and
    /// in the smoothing perturbation, and correct rewrites that must survive.
    public static let mutants: [Mutant] = [
        sam("sam/unnormalized-ascent", "SAM ascends by ρ∇f instead of ρ∇f/‖∇f‖ (it is USAM)") { $0.sam = UnnormalizedSAM() },
        sam("sam/perturbation-unused", "SAM computes y but takes the gradient at x (plain GD)") { $0.sam = PlainGradientStep() },
        sam("sam/ascent-sign-flipped", "SAM perturbs downhill, y = x − ρ∇f/‖∇f‖") { $0.sam = PerturbedStep(kind: .flipped) },
        sam("sam/normalized-by-squared-norm", "SAM divides the ascent by ‖∇f‖² instead of ‖∇f‖") { $0.sam = PerturbedStep(kind: .squaredNorm) },
        sam("sam/radius-times-step", "SAM's radius is scaled by the step, y = x + ηρ∇f/‖∇f‖") { $0.sam = PerturbedStep(kind: .radiusTimesStep) },
        sam("sam/scaled-unit-direction", "SAM forms y = x + (ρ/‖∇f‖)·∇f (correct: the same point)", equivalent: true) { $0.sam = PerturbedStep(kind: .scaledUnit) },
        sam("usam/normalized", "USAM normalizes its ascent (it is SAM)") { $0.usam = NormalizedSAM() },
        sam("gradient-descent/ascends", "the GD baseline steps uphill, x + η∇f") { $0.gradientDescent = PerturbedStep(kind: .ascendingDescent) },
        sam("momentum-sam/undampened", "momentum SAM accumulates m = βm + ∇f(y) without the factor (1 − β)") { $0.momentum = MomentumVariant(kind: .undampened) },
        sam("momentum-sam/gradient-at-x", "momentum SAM feeds ∇f(x) into the buffer instead of ∇f(y)") { $0.momentum = MomentumVariant(kind: .unperturbed) },
        sam("momentum-sam/expanded-update", "momentum SAM written as x⁺ = x − α(1 − β)∇f(y) − αβm (correct: the same map)", equivalent: true) {
            $0.momentum = MomentumVariant(kind: .expanded)
        },
        sam("smoothing/variance-r", "randomized smoothing draws w ~ N(0, rI) instead of N(0, r²I)") {
            $0.smoothing = GaussianSmoothing("variance-r") { r, d in r * Matrix<Rational>.identity(d) }
        },
    ]

    private static func sam(_ id: String, _ summary: String, equivalent: Bool = false,
                            _ change: @escaping @Sendable (inout SAMMethods) -> Void) -> Mutant {
        Mutant(id: id, family: .sharpnessAware, summary: summary, isEquivalent: equivalent) {
            var m = SAMMethods.project
            change(&m)
            return SharpnessAware.theorems(using: m)
        }
    }

    /// Normalized-ascent SAM with one deliberate change.
    struct PerturbedStep: SAMStepRule {
        enum Kind { case flipped, squaredNorm, radiusTimesStep, scaledUnit, ascendingDescent }
        let kind: Kind

        func step<S: SAMScalar>(_ x: [S], ascent: any SAMObjective, descent: any SAMObjective,
                                step eta: Rational, radius rho: Rational) throws(SAMError) -> [S] {
            let e = S(constant: eta)
            if kind == .ascendingDescent {
                let g = descent.gradient(x)
                return x.indices.map { x[$0] + e * g[$0] }
            }
            let g = ascent.gradient(x), squared = g.squaredSum()
            var y = x
            if !squared.isZeroValue {
                guard let norm = squared.normalizingRoot else { throw .irrationalNorm("‖∇f(x)‖²") }
                let r = S(constant: rho)
                switch kind {
                case .flipped: y = x.indices.map { x[$0] - r * g[$0] / norm }
                case .squaredNorm: y = x.indices.map { x[$0] + r * g[$0] / squared }
                case .radiusTimesStep: y = x.indices.map { x[$0] + e * r * g[$0] / norm }
                case .scaledUnit:
                    let scale = r / norm
                    y = x.indices.map { x[$0] + scale * g[$0] }
                case .ascendingDescent: break
                }
            }
            let gy = descent.gradient(y)
            return x.indices.map { x[$0] - e * gy[$0] }
        }
    }

    /// Momentum SAM with one deliberate change.
    struct MomentumVariant: MomentumSAMRule {
        enum Kind { case undampened, unperturbed, expanded }
        let kind: Kind

        func step<S: SAMScalar>(_ x: [S], momentum m: [S], on f: any SAMObjective, step alpha: Rational,
                                radius rho: Rational, beta: Rational) throws(SAMError) -> (x: [S], momentum: [S]) {
            let g = f.gradient(x), y = try normalizedAscentPoint(x, gradient: g, radius: rho)
            let gy = kind == .unperturbed ? g : f.gradient(y)
            let b = S(constant: beta), damp = S(constant: kind == .undampened ? 1 : 1 - beta), a = S(constant: alpha)
            let next = m.indices.map { b * m[$0] + damp * gy[$0] }
            if kind == .expanded {
                let a1 = S(constant: alpha * (1 - beta)), ab = S(constant: alpha * beta)
                return (x.indices.map { x[$0] - a1 * gy[$0] - ab * m[$0] }, next)
            }
            return (x.indices.map { x[$0] - a * next[$0] }, next)
        }
    }
}
