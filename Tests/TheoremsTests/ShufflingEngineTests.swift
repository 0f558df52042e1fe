import ExactMath
import FloatMath
import Optimizers
import PropertyBased
import ProvableTesting
import Testing
@testable import Theorems

/// Properties of the exact shuffling engine: closed forms =
/// enumeration, moment propagation = brute-force enumeration over all epoch sequences,
/// and seeded Monte Carlo within 4 standard errors of the exact values. Driven only by
/// `seededPropertyCheck`.
@Suite("Shuffling engine: exact expectations and Monte Carlo")
struct ShufflingEngineTests {
    /// A worked example: a = 1, γ = 1/7, c = (3, −1, −2, 5, −5), x₀ = 2, K = 3.
    static let example = ScalarShufflingInstance(
        curvature: 1, offsets: [3, -1, -2, 5, -5].map { Rational($0) }, step: Rational(1, 7), start: 2, epochs: 3)

    @Test("a worked example: RR ≈ 0.09388, SS ≈ 0.16119, SGD ≈ 1.01419, closed form = engine")
    func workedExample() throws {
        let i = Self.example
        let engine = try ExactShuffling(problem: i.problem, step: i.step)
        let cf = i.closedForm
        for (scheme, decimal) in [(ShufflingScheme.randomReshuffling, 0.09388), (.singleShuffle, 0.16119), (.withReplacement, 1.01419)] {
            let e = try engine.expectation(scheme, from: Vector([i.start]), epochs: i.epochs).expectedSquaredDistance
            #expect(e == cf.expectedSquare(scheme, from: i.start, epochs: i.epochs), "\(scheme)")
            #expect(abs(e.doubleValue - decimal) < 5e-5, "\(scheme): \(e.doubleValue)")
        }
    }

    @Test("property: 1-D closed forms = enumeration / moment propagation / orbit, all four schemes")
    func closedFormEqualsEngine() throws {
        try seededPropertyCheck(count: 25, seed: 0x5A1, input: zip(Gen<Int>.int(in: 2...5), Gen<UInt64>.uint64())) { n, seed in
            var rng = SeededGenerator(seed: seed)
            let i = ScalarShufflingInstance.random(n: n, epochs: rng.int(in: 1...4), using: &rng)
            let engine = try ExactShuffling(problem: i.problem, step: i.step)
            for scheme in ShufflingScheme.allCases {
                let e = try engine.expectation(scheme, from: Vector([i.start]), epochs: i.epochs)
                #expect(e.expectedSquaredDistance == i.closedForm.expectedSquare(scheme, from: i.start, epochs: i.epochs), "\(scheme) \(i.summary)")
                #expect(e.mean[0] == i.closedForm.expectedMean(scheme, from: i.start, epochs: i.epochs), "\(scheme) \(i.summary)")
                #expect(e.expectedSuboptimality == i.curvature * e.expectedSquaredDistance / 2)
            }
        }
    }

    @Test("property: RR moment propagation = brute force over all (n!)^K epoch sequences (d ≤ 2)")
    func momentPropagationEqualsEnumeration() throws {
        try seededPropertyCheck(count: 12, seed: 0x40E, input: zip(Gen<Int>.int(in: 2...3), Gen<UInt64>.uint64())) { n, seed in
            var rng = SeededGenerator(seed: seed)
            let k = n == 2 ? rng.int(in: 1...4) : rng.int(in: 1...2)
            let i = QuadraticSumInstance.random(n: n, d: rng.int(in: 1...2), epochs: k, stepFraction: Rational(rng.int(in: 1...4), 4),
                                                startAtOptimum: false, using: &rng)
            let engine = try ExactShuffling(problem: i.problem, step: i.step)
            let propagated = try engine.expectation(.randomReshuffling, from: i.start, epochs: k)
            let brute = try engine.randomReshufflingByFullEnumeration(from: i.start, epochs: k)
            #expect(propagated == brute, "\(i.summary)")
            // K = 1: RR and SS are the same random variable.
            if k == 1 { #expect(try engine.expectation(.singleShuffle, from: i.start, epochs: 1) == propagated) }
        }
    }

    @Test("property: with-replacement SGD moments = brute force over all n^(nK) index sequences (tiny)")
    func sgdMomentsEqualEnumeration() throws {
        try seededPropertyCheck(count: 8, seed: 0x56D, input: Gen<UInt64>.uint64()) { seed in
            var rng = SeededGenerator(seed: seed)
            let i = QuadraticSumInstance.random(n: 2, d: 2, epochs: 2, stepFraction: Rational(1, 2), startAtOptimum: false, using: &rng)
            let engine = try ExactShuffling(problem: i.problem, step: i.step)
            let exact = try engine.expectation(.withReplacement, from: i.start, epochs: 2)
            var total = RationalAccumulator()
            let steps = 4
            for code in 0..<(1 << steps) {
                var e = i.start - engine.optimum
                for t in 0..<steps { e = engine.stepMaps[(code >> t) & 1].apply(e) }
                total.add(e.squaredNorm)
            }
            #expect(exact.expectedSquaredDistance == total.value / Rational(1 << steps))
        }
    }

    @Test("property: Monte Carlo (Float64, seeded) within 4 standard errors of the exact closed form")
    func monteCarloWithinCI() {
        seededPropertyCheck(count: 6, seed: 0x3C, input: zip(Gen<Int>.int(in: 8...32), Gen<UInt64>.uint64())) { n, seed in
            var rng = SeededGenerator(seed: seed)
            let i = ScalarShufflingInstance.random(n: n, epochs: rng.int(in: 1...4), using: &rng)
            let mc = ScalarShufflingMonteCarlo(curvature: i.curvature.doubleValue, offsets: i.offsets.map(\.doubleValue), step: i.step.doubleValue)
            for scheme in [ShufflingScheme.randomReshuffling, .singleShuffle, .withReplacement] {
                let s = mc.squaredError(scheme, from: i.start.doubleValue, epochs: i.epochs, trajectories: 4000, seed: seed &+ 1)
                let exact = i.closedForm.expectedSquare(scheme, from: i.start, epochs: i.epochs).doubleValue
                #expect(abs(s.mean - exact) <= 4 * s.standardError + 1e-12, "\(scheme) \(i.summary): \(s.mean) vs \(exact) ± \(s.standardError)")
            }
        }
    }

    @Test("the methods protocol: the project's defaults equal the engines, and a conformance overrides only what it implements")
    func methodsProtocol() throws {
        let i = Self.example
        let project = ProjectShufflingMethods()
        for scheme in ShufflingScheme.allCases {
            let e = try project.expectation(scheme, problem: i.problem, step: i.step, from: Vector([i.start]), epochs: i.epochs)
            #expect(e == (try ExactShuffling(problem: i.problem, step: i.step).expectation(scheme, from: Vector([i.start]), epochs: i.epochs)))
            let v = try project.scalarMoments(scheme, curvature: i.curvature, offsets: i.offsets, step: i.step, from: i.start, epochs: i.epochs)
            #expect(v.square == i.closedForm.expectedSquare(scheme, from: i.start, epochs: i.epochs))
        }
        struct DoubledRadius: ShufflingMethods {
            func shufflingRadius(problem: QuadraticFiniteSum<Rational>) throws -> Rational {
                2 * (try ProjectShufflingMethods().shufflingRadius(problem: problem))
            }
        }
        let doubled = DoubledRadius()
        #expect(try doubled.shufflingRadius(problem: i.problem) == 2 * (try project.shufflingRadius(problem: i.problem)))
        #expect(try doubled.expectation(.randomReshuffling, problem: i.problem, step: i.step, from: Vector([i.start]), epochs: 2)
                == (try project.expectation(.randomReshuffling, problem: i.problem, step: i.step, from: Vector([i.start]), epochs: 2)))
        #expect(throws: ShufflingError.self) {
            try project.scalarMoments(.randomReshuffling, curvature: Rational(1), offsets: [1, 1], step: Rational(1, 2), from: 0, epochs: 1)
        }
    }

    @Test("errors are typed: singular Ā, n too large, K < 1, wrong x₀ dimension")
    func typedErrors() throws {
        let singular = QuadraticFiniteSum<Rational>(hessians: [Matrix([[1, 0], [0, 0]]), Matrix([[0, 0], [0, 0]])],
                                                    linears: [Vector([1, 0]), Vector([0, 0])])
        #expect(throws: ShufflingError.singularMeanHessian) { try ExactShuffling(problem: singular, step: 1) }
        let big = ScalarShufflingInstance(curvature: 1, offsets: Array(repeating: Rational(0), count: 9), step: Rational(1, 2), start: 1, epochs: 1)
        let engine = try ExactShuffling(problem: big.problem, step: big.step)
        #expect(throws: ShufflingError.tooManyComponents(n: 9, limit: 8, scheme: .randomReshuffling)) {
            try engine.expectation(.randomReshuffling, from: Vector([1]), epochs: 1)
        }
        #expect(throws: ShufflingError.invalidEpochs(0)) { try engine.expectation(.incremental, from: Vector([1]), epochs: 0) }
        #expect(throws: ShufflingError.dimensionMismatch(expected: 1, got: 2)) { try engine.expectation(.incremental, from: Vector([1, 1]), epochs: 1) }
        #expect(throws: ShufflingError.tooManyComponents(n: 9, limit: 8, scheme: .randomReshuffling)) { try engine.shufflingRadius() }
        #expect(throws: ShufflingError.tooManyComponents(n: 9, limit: 8, scheme: .randomReshuffling)) {
            try engine.randomReshufflingByFullEnumeration(from: Vector([1]), epochs: 1)
        }
        let small = try ExactShuffling(problem: Self.example.problem, step: Self.example.step)
        #expect(throws: ShufflingError.self) { try small.randomReshufflingByFullEnumeration(from: Vector([1]), epochs: 3) }   // 120³ > 10⁶
        // IGD and SGD have no enumeration limit.
        #expect(try engine.expectation(.withReplacement, from: Vector([1]), epochs: 1).expectedSquaredDistance == Rational(1, 2).power(18))
    }
}
