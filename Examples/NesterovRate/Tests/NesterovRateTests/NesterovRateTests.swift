import ExactMath
import NesterovRate
import Optimizers
import ProvableTesting
import Testing
import Theorems

@Suite("Nesterov's tuned rate on quadratics")
struct NesterovRateTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func holdsAndRefutesItsFalseVariant(seed: UInt64) {
        expectHolds(NesterovQuadraticRate(), seed: seed, scale: .quick)
    }

    /// A plausible bug: the momentum applied to the gradient step only (y = x + β(x − x_prev)
    /// computed from the wrong iterate) — here, momentum dropped to β/2. The check must refute it.
    @Test func aWrongMomentumIsCaught() {
        let mutant = NesterovQuadraticRate(method: { Nesterov(stepSize: $0, momentum: $1 / 2) })
        expectRefuted(mutant, scale: .quick)
    }

    @Test(arguments: Catalog([NesterovQuadraticRate()]).testCases(seeds: [4, 5], scale: .quick))
    func parameterizedOverACatalog(_ c: TheoremCase) {
        expectHolds(c)
    }
}
