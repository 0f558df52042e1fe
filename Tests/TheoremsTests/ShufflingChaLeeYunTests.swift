import ExactMath
import Optimizers
import Testing
@testable import Theorems

/// The project's weighted-average RR lower bound standing in for Cha–Lee–Yun (ICML 2023) at
/// the quick scale: the floor holds exactly for every grid step of the three-case split,
/// its false variants (the floor for a balanced fixed order, the κ-free rate, an unbiased
/// RR mean) are refuted, and the weighted-average moment recursion behind it equals exact
/// enumeration over every sequence of permutations.
@Suite("Shuffling / Cha–Lee–Yun 2023 stand-in: RR weighted-average bias floor (derived)")
struct ShufflingChaLeeYunTests {
    @Test("E_RR[F(x̂) − F*] ≥ B(η) ≥ 9κG²/(1024μn²K²) exactly; every false variant refuted", arguments: [1, 2] as [UInt64])
    func floorHolds(seed: UInt64) {
        let report = TheoremRunner.run(ChaLeeYunWeightedAverageFloor(), seed: seed, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" }) \(report.falseVariants)")
        #expect(report.falseVariants.count == 3 && report.falseVariants.allSatisfy { $0.refuted })
        #expect(report.exact)
    }

    @Test("the step grid covers the three cases of the split, each step inside its case")
    func stepGrid() throws {
        let theorem = ChaLeeYunWeightedAverageFloor()
        let instances = try theorem.instances(seed: 1, scale: .quick)
        let regimes = Set(instances.map(\.regime.rawValue))
        #expect(regimes.count == 3)
        for i in instances {
            let lo = 1 / (i.mu * Rational(i.n * i.epochs)), mid = 1 / (Rational(i.n / 2 + 1) * i.smoothness)
            switch i.regime {
            case .tooSmall: #expect(i.step <= lo)
            case .moderate: #expect(i.step > lo && i.step <= mid)
            case .large: #expect(i.step > mid && i.step * i.smoothness <= 1)
            }
            #expect(theorem.hypotheses.allSatisfy { $0.check(i) == nil }, "\(theorem.summary(of: i))")
        }
    }

    @Test("weighted-average moments (two-class recursion) = enumeration over all 24³ permutation sequences, n = 4, K = 3")
    func averagesEqualEnumeration() throws {
        let i = ChaLeeYunWeightedAverageFloor.Instance(n: 4, mu: 1, smoothness: 4, g: 1, epochs: 3,
                                                       step: Rational(1, 10), regime: .large)
        let engine = try ExactShuffling(problem: i.finiteSum, step: i.step)
        #expect(engine.optimum == Vector([0, 0]))
        // All 24 epoch maps, merged when equal (orders with the same ± pattern), with their multiplicities.
        var maps: [(map: AffineMap<Rational>, count: Int)] = []
        PermutationEnumeration.forEachEpochMap(steps: engine.stepMaps) { _, map in
            if let j = maps.firstIndex(where: { $0.map.linear == map.linear && $0.map.offset == map.offset }) {
                maps[j].count += 1
            } else {
                maps.append((map, 1))
            }
        }
        #expect(maps.map(\.count).reduce(0, +) == 24)
        let weights = ChaLeeYunWeightedAverageFloor.weights(epochs: 3)
        let all = [weights.final, weights.uniform, weights.tail]
        var sums = [Rational](repeating: 0, count: all.count)
        let a = i.finiteSum.meanHessian
        func descend(_ path: [Vector<Rational>], _ multiplicity: Int) {
            guard path.count == 4 else {
                for (map, c) in maps { descend(path + [map.apply(path[path.count - 1])], multiplicity * c) }
                return
            }
            for (w, weight) in all.enumerated() {
                var e = Vector<Rational>.zero(2)
                for (wk, ek) in zip(weight, path) { e = e + wk * ek }
                sums[w] += Rational(multiplicity) * e.dot(a * e) / 2
            }
        }
        descend([Vector([i.start.x, i.start.y])], 1)
        let count = Rational(24 * 24 * 24)
        let m = try ChaLeeYunWeightedAverageFloor().measure(i)
        #expect(sums[0] / count == m.finalError)
        #expect(sums[1] / count == m.uniformError)
        #expect(sums[2] / count == m.tailError)
    }

    @Test("final-iterate RR error = the general exact engine's E[F(x_K) − F*]", arguments: [4, 6])
    func finalEqualsEngine(n: Int) throws {
        let i = ChaLeeYunWeightedAverageFloor.Instance(n: n, mu: 1, smoothness: 6, g: 2, epochs: 2,
                                                       step: Rational(1, 9), regime: .large)
        let engine = try ExactShuffling(problem: i.finiteSum, step: i.step)
        let e = try engine.expectation(.randomReshuffling, from: Vector([i.start.x, i.start.y]), epochs: 2)
        #expect(try ChaLeeYunWeightedAverageFloor().measure(i).finalError == e.expectedSuboptimality)
    }

    @Test("the check can fail: a floor raised above the measured error is refuted; bad steps and short runs fail the hypotheses")
    func canFail() throws {
        let theorem = ChaLeeYunWeightedAverageFloor()
        let i = try theorem.instances(seed: 1, scale: .quick)[0]
        let m = try theorem.measure(i)
        #expect(theorem.claim.evaluate(i, m).outcome == .holds)
        let raised = ChaLeeYunWeightedAverageFloor.Measurement(
            stationaryMean: m.stationaryMean, stationaryMeanClosedForm: m.stationaryMeanClosedForm,
            reshufflingMean: m.reshufflingMean, singleShuffleMean: m.singleShuffleMean, meanRatio: m.meanRatio,
            finalError: m.finalError, uniformError: m.uniformError, tailError: m.tailError,
            floor: min(m.finalError, m.tailError, m.uniformError) + Rational(1, 1_000_000),
            balancedFinalError: m.balancedFinalError, balancedTailError: m.balancedTailError)
        #expect(theorem.claim.evaluate(i, raised).outcome == .refuted)
        let tooLong = ChaLeeYunWeightedAverageFloor.Instance(n: i.n, mu: i.mu, smoothness: i.smoothness, g: i.g,
                                                             epochs: i.epochs, step: 2 / i.smoothness, regime: .large)
        #expect(theorem.hypotheses.contains { $0.check(tooLong) != nil })
        let tooFew = ChaLeeYunWeightedAverageFloor.Instance(n: 4, mu: 1, smoothness: 16, g: 1, epochs: 2,
                                                            step: Rational(1, 32), regime: .large)
        #expect(theorem.hypotheses.contains { $0.check(tooFew) != nil })
        let odd = ChaLeeYunWeightedAverageFloor.Instance(n: 3, mu: 1, smoothness: 4, g: 1, epochs: 4,
                                                         step: Rational(1, 8), regime: .large)
        #expect(theorem.hypotheses.contains { $0.check(odd) != nil })
        #expect(throws: BiasFloorError.badShape(n: 3, epochs: 4)) { try theorem.measure(odd) }
    }
}
