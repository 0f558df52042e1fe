import Testing
@testable import Theorems
import ExactMath
import FloatMath
import Optimizers

/// The full single-layer (P, Q) loss as an exact polynomial (note §5.2, §9.3) and the exact LSA
/// forward pass (Ahn et al., Lemma 1 and Appendix A.1).
@Suite("Ahn–Cheng–Daneshmand–Sra 2023: full-parameter LSA loss and forward pass")
struct InContextLearningFullParameterTests {
    static let sigma = Matrix<Rational>([[2, Rational(1, 2)], [Rational(1, 2), 1]])

    @Test("the sparse full-parameter optimum holds at the quick scale; both false variants refuted")
    func theoremHolds() {
        let report = TheoremRunner.run(SparseFullParameterOptimum(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" })")
        #expect(report.falseVariants.allSatisfy { $0.refuted }, "\(report.falseVariants)")
    }

    @Test("f(e_{d+1}, [−Γᵀ; 0]) = L(Γ) for any Γ, and the gauge f(γb, A/γ) = f(b, A)", arguments: [0, 1, 2])
    func fullMatchesReduced(k: Int) throws {
        var rng = SeededGenerator.stream(seed: 0xF11, index: UInt64(k))
        let d = 1 + k % 2
        let sigma = InContextInstances.covariance(dimension: d, using: &rng)
        let omega = InContextInstances.covariance(dimension: d, using: &rng)
        let p = try InContextRegression(covariance: sigma, taskCovariance: omega, contextLength: rng.int(in: 2...9),
                                        noise: InContextInstances.noise(using: &rng))
        let full = FullParameterLoss(p), reduced = ReducedPopulationLoss(p)
        let gamma = Matrix<Rational>(rows: d, columns: d) { _, _ in Rational(rng.int(in: -4...4), rng.int(in: 1...3)) }
        let (b, a) = SparseFullParameterOptimum.point(gamma)
        #expect(full.value(FullParameterLoss.pack(b: b, a: a)) == reduced.value(at: gamma))
        let dense = (0..<full.parameterCount).map { _ in Rational(rng.int(in: -3...3), rng.int(in: 1...3)) }
        let gaugeB = dense[0...d].map { Rational(3, 2) * $0 }, gaugeA = dense[(d + 1)...].map { Rational(2, 3) * $0 }
        #expect(full.value(dense) == full.value(Array(gaugeB) + gaugeA))
        // Nuisance terms only add loss: f(b, A) ≥ L(Γ_eff), Γ_eff = −(b_y A_x + b_x a_yᵀ)ᵀ.
        let bx = Array(dense[0..<d]), by = dense[d]
        let am = Matrix(rows: d + 1, columns: d, elements: Array(dense[(d + 1)...]))
        let effective = Matrix<Rational>(rows: d, columns: d) { i, j in -(by * am[j, i] + bx[j] * am[d, i]) }
        #expect(full.value(dense) >= reduced.value(at: effective))
    }

    @Test("Lemma 1: the sparse form (8) implements preconditioned GD with Aᵀ, exactly, for L = 1…3")
    func lemmaOne() {
        var rng = SeededGenerator(seed: 0x1E44A)
        func r() -> Rational { Rational(rng.int(in: -4...4), rng.int(in: 1...3)) }
        let d = 3, n = 5
        let xs = (0..<n).map { _ in (0..<d).map { _ in r() } }
        let wStar = (0..<d).map { _ in r() }
        let ys = xs.map { Rational.dot($0, wStar) }
        let query = (0..<d).map { _ in r() }
        var layers: [LinearAttentionLayer<Rational>] = []
        var w = [Rational](repeating: .zero, count: d)
        let s = Matrix<Rational>(rows: d, columns: d) { i, j in Rational.sum(xs.map { $0[i] * $0[j] }) / Rational(n) }
        for _ in 1...3 {
            let a = Matrix<Rational>(rows: d, columns: d) { _, _ in r() }     // not symmetric
            layers.append(.preconditionedGD(a))
            let residual = Vector(zip(w, wStar).map { $0 - $1 })
            w = (Vector(w) - a.transposed * (s * residual)).elements
            let tf = LinearTransformer(layers: layers).predict(contexts: xs, labels: ys, query: query)
            #expect(tf == Rational.dot(query, w))
            // The false variant "Lemma 1 holds with A (no transpose)" fails for non-symmetric A.
            let wrong = (Vector(w) + a.transposed * (s * residual) - a * (s * residual)).elements
            #expect(tf != Rational.dot(query, wrong))
        }
    }
}
