import Testing
import Theorems
import Optimizers
import ProvableTesting
import RealModule  // the field operators of SAMScalar (swift-numerics AlgebraicField)

/// The README's "Bring your own optimizer" example, compiled and run as written: a researcher's
/// own SAM conformance through `SAMMethods`, accepted when correct and refuted when it forgets
/// to normalize the ascent step.
@Suite("Sharpness-aware: a researcher's own SAMStepRule through SAMMethods")
struct BringYourOwnSAMTests {
    // --- README example begins ---
    /// My SAM: y = x + ρ∇f(x)/‖∇f(x)‖, x⁺ = x − η∇f(y); `normalize: false` is the bug to catch.
    struct MySAM: SAMStepRule {
        var normalize = true

        func step<S: SAMScalar>(_ x: [S], ascent: any SAMObjective, descent: any SAMObjective,
                                step eta: Rational, radius rho: Rational) throws(SAMError) -> [S] {
            let g = ascent.gradient(x)
            let squared = g.reduce(S(constant: 0)) { $0 + $1 * $1 }
            var y = x
            if !squared.isZeroValue {
                guard let norm = normalize ? squared.normalizingRoot : S(constant: 1) else {
                    throw .irrationalNorm("‖∇f(x)‖²")
                }
                y = x.indices.map { x[$0] + S(constant: rho) * g[$0] / norm }
            }
            let gy = descent.gradient(y)
            return x.indices.map { x[$0] - S(constant: eta) * gy[$0] }
        }
    }

    static func theorems(_ sam: MySAM) -> [any Theorem] {
        var methods = SAMMethods.project
        methods.sam = sam
        return SharpnessAware.theorems(using: methods)
    }
    // --- README example ends ---

    @Test("a correct conformance holds on every SAM theorem; an un-normalized one is refuted")
    func ownSAM() {
        for t in Self.theorems(MySAM()) {
            _ = expectHolds(t, seed: 1, scale: .quick)
        }
        let broken = Self.theorems(MySAM(normalize: false)).filter { $0.id == "si-yun-2023/one-dimensional-two-cycle" }
        #expect(broken.count == 1)
        for t in broken { _ = expectRefuted(t, seed: 1, scale: .quick) }
    }
}
