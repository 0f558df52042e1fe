import ExactMath
import Optimizers

extension ExtragradientFamily {
    /// The family's mutants: plausible broken implementations of SEG-FFA, SEG-FF, SEG-RR and
    /// SEG-US the theorems must notice, and a correct rewrite they must not. Each rebuilds the
    /// family's theorems with the mutant in place of the project's method.
    public static let mutants: [Mutant] = [
        mutant("seg-ffa/no-anchor", "SEG-FFA forgets the final anchor average z ← (z_anchor + z)/2") {
            $0.ffa = { Bugs(base: .ffa(step: $0), bug: .noAnchor) }
        },
        mutant("seg-ffa/full-extrapolation", "SEG-FFA extrapolates with α = η instead of η/2") {
            $0.ffa = { Bugs(base: StochasticExtragradient(extrapolation: $0, update: $0, flipFlop: true, anchored: true, sampling: .permutation), bug: .none) }
        },
        mutant("seg-ffa/backward-pass-not-reversed", "SEG-FFA's second pass repeats τ instead of running it backwards") {
            $0.ffa = { Bugs(base: .ffa(step: $0), bug: .secondPassForward) }
        },
        mutant("seg-rr/no-extrapolation", "SEG-RR skips the extrapolation step (it is SGDA-RR: z ← z − ηFᵢ(z))") {
            $0.rr = { Bugs(base: StochasticExtragradient(extrapolation: 0, update: $0, flipFlop: false, anchored: false, sampling: .permutation), bug: .none) }
        },
        mutant("seg-us/without-replacement", "SEG-US samples a permutation (it is SEG-RR)") {
            $0.us = { StochasticExtragradient.rr(step: $0) }
        },
        mutant("seg-ff/anchored", "SEG-FF applies SEG-FFA's anchor average") {
            $0.ff = { StochasticExtragradient(extrapolation: $0, update: $0, flipFlop: true, anchored: true, sampling: .permutation) }
        },
        mutant("seg-ffa/anchor-as-half-step", "SEG-FFA's anchor written as z ← z + ½(z_anchor − z) (correct)", equivalent: true) {
            $0.ffa = { Bugs(base: .ffa(step: $0), bug: .anchorAsHalfStep) }
        },
    ]

    private static func mutant(_ id: String, _ summary: String, equivalent: Bool = false,
                               _ change: @escaping @Sendable (inout SEGMethods) -> Void) -> Mutant {
        Mutant(id: id, family: .extragradient, summary: summary, isEquivalent: equivalent) {
            var methods = SEGMethods.project
            change(&methods)
            return ExtragradientFamily.theorems(using: methods)
        }
    }

    /// A SEG epoch with one deliberate change.
    struct Bugs: SEGEpochMethod {
        enum Bug: Sendable { case none, noAnchor, secondPassForward, anchorAsHalfStep }
        let base: StochasticExtragradient<Rational>
        let bug: Bug
        var sampling: SEGSampling { base.sampling }

        func epoch(_ z: Vector<Rational>, sequence: [Int], on problem: FiniteSumAffineOperator<Rational>) -> Vector<Rational> {
            var x = z
            for i in sequence { x = base.step(x, component: i, on: problem) }
            if base.flipFlop {
                for i in (bug == .secondPassForward ? sequence : sequence.reversed()) { x = base.step(x, component: i, on: problem) }
            }
            guard base.anchored, bug != .noAnchor else { return x }
            return bug == .anchorAsHalfStep ? x + Rational(1, 2) * (z - x) : Rational(1, 2) * (z + x)
        }
    }
}
