import Testing
@testable import Theorems
import ExactMath
import Optimizers
import ProvableTesting

/// The landscapes family: the deep-linear global-optimality test and p-GD's Bregman-closest
/// interpolant hold on several seeds with their false variants refuted; the mutants are killed.
@Suite("Landscapes: deep linear networks (Yun–Sra–Jadbabaie 2018) and mirror-descent regression (Sun et al. 2023)")
struct LandscapesTests {
    @Test("every landscapes theorem holds at the quick scale with its false variants refuted", arguments: Catalog(Landscapes.theorems).testCases(seeds: [1, 2, 3]))
    func holds(_ c: TheoremCase) {
        let r = expectHolds(c)
        #expect(r.family == .landscapes)
    }

    @Test("a worked deep-linear example: s = (5, 3, 2), p = 2, losses 2, 9/2, 25/2, 13/2 (with X = I, Y = U·diag(s))")
    func noteExample() throws {
        var rng = SeededGenerator(seed: 5)
        let u = try LandscapeAlgebra.cayley(3, using: &rng)
        #expect(u.transposed * u == Matrix<Rational>.identity(3))
        let y = u * Matrix.diagonal([5, 3, 2])
        let x = Matrix<Rational>.identity(3)
        var losses: [Rational] = []
        for subset in [[0, 1], [0, 2], [1, 2], [0]] {
            let ui = Matrix<Rational>(rows: 3, columns: 2) { r, c in c < subset.count ? u[r, subset[c]] : 0 }
            let net = try DeepLinearNetwork(weights: [ui.transposed * y, ui])
            #expect(net.gradients(x: x, y: y).allSatisfy { $0.elements.allSatisfy { $0 == 0 } })
            losses.append(net.loss(x: x, y: y))
            let test = try DeepLinearGlobalOptimalityTest.testSaysGlobal(net, x: x, y: y)
            #expect(test.global == (subset == [0, 1]))
        }
        #expect(losses == [2, Rational(9, 2), Rational(25, 2), Rational(13, 2)])
    }

    @Test("a finite-budget shortfall is inconclusive, never refuted")
    func budgetShortfallIsInconclusive() throws {
        let t = MirrorDescentBregmanInterpolant()
        let i = try t.instances(seed: 1, scale: .quick)[0]
        let short = MirrorDescentBregmanInterpolant.Instance(x: i.x, y: i.y, w0: i.w0, wStar: i.wStar, step: i.step, budget: 3)
        let m = try t.measure(short)
        #expect(m.budgets == [3])
        #expect(t.claim.evaluate(short, m).outcome == .inconclusive)
        // Doubling a too-small budget twice is still a shortfall: inconclusive, with the budgets run.
        let doubled = MirrorDescentBregmanInterpolant.Instance(x: i.x, y: i.y, w0: i.w0, wStar: i.wStar, step: i.step, budget: 3, doublings: 2)
        let md = try t.measure(doubled)
        #expect(md.budgets == [3, 6, 12] && md.run.steps == 12)
        let j = t.claim.evaluate(doubled, md)
        #expect(j.outcome == .inconclusive)
        #expect(j.reason?.contains("budgets [3, 6, 12]") == true, "\(j.reason ?? "")")
        for variant in t.falseVariants { #expect(variant.evaluate(doubled, md).outcome == .inconclusive) }
    }

    @Test("a run that reaches the residual target is not extended; the generated instances double up to 3.2·10⁶ steps")
    func budgetExtension() throws {
        let t = MirrorDescentBregmanInterpolant()
        for scale in [Scale.quick, .standard, .thorough] {
            let i = try t.instances(seed: 1, scale: scale)[0]
            #expect(i.budget << i.doublings == 3_200_000)
        }
        let i = try t.instances(seed: 1, scale: .quick)[0]
        let m = try t.measure(i)
        #expect(m.run.residual <= m.target)
        #expect(m.budgets.last.map { m.run.steps <= $0 } == true)
        #expect(m.budgets.count == 1 || m.run.steps > m.budgets[m.budgets.count - 2])
    }

    @Test("each landscapes mutant meets its expectation", arguments: Landscapes.mutants.map(\.id))
    func mutants(id: String) throws {
        let mutant = try #require(Landscapes.mutants.first { $0.id == id })
        expectMeetsExpectation(mutant)
        #expect(MutantCatalog.builtIn.mutants(in: .landscapes).count == Landscapes.mutants.count)
    }
}
