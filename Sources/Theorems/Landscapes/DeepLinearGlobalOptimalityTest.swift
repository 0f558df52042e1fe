import ExactMath
import FloatMath
import Optimizers

/// The global-optimality test for critical points of deep linear networks with the squared loss
/// (Yun–Sra–Jadbabaie, ICLR 2018), decided exactly on every critical point of a constructed
/// family: with Â = W_{H+1}⋯W₁, p the narrowest width and ∇L₀(Â) = (ÂX − Y)Xᵀ,
/// - no bottleneck (p ≥ min(d_x, d_y)), or rank Â < p: a critical point is a global minimum iff ∇L₀(Â) = 0;
/// - bottleneck with rank Â = p: it is a global minimum iff range Â is the top-p eigenspace of
///   Σ = YXᵀ(XXᵀ)⁻¹XYᵀ.
/// The test's verdict is compared with the ground truth L(W) = L* (Eckart–Young, from the
/// construction). See Proofs/yun-sra-jadbabaie-2018/deep-linear-global-optimality-test.md.
public struct DeepLinearGlobalOptimalityTest: Theorem {
    public struct CriticalPoint: Sendable {
        public let label: String
        public let network: DeepLinearNetwork<Rational>
    }

    public struct Instance: Sendable {
        public let x: Matrix<Rational>, y: Matrix<Rational>
        /// The singular values of Y X⁻¹X = Y (distinct positive integers, in the order of U's columns).
        public let s: [Int]
        public let hiddenWidth: Int, depth: Int
        public let points: [CriticalPoint]
        public var d: Int { x.rows }
        public var p: Int { min(d, hiddenWidth) }
        public var bottleneck: Bool { p < d }
        /// L* = ½·(sum of the d − p smallest s²).
        public var optimalLoss: Rational {
            Rational(s.map { $0 * $0 }.sorted().prefix(d - p).reduce(0, +), 2)
        }
    }

    public struct PointResult: Sendable {
        public let label: String
        public let gradientMax: Rational
        public let loss: Rational
        public let rank: Int
        public let testSaysGlobal: Bool
        public let gradL0Zero: Bool
    }

    public struct Measurement: Sendable {
        public let points: [PointResult]
    }

    public let id = "yun-sra-jadbabaie-2018/deep-linear-global-optimality-test"
    public let family = Family.landscapes
    public let citation = Citation.yunSraJadbabaie2018.at("main theorem on deep linear networks (global-optimality test; case split recalled)")
    public let provenance = Provenance.paperShape(
        "the abstract states necessary and sufficient, efficiently checkable conditions for a critical point of a deep linear network to be a global minimum; the case split (bottleneck, rank-p branch via the top-p eigenspace) is recalled from secondary sources, not read; the construction and ground truth (Baldi–Hornik critical points, Eckart–Young) are classical and re-derived in the Proofs document")
    public let statement = "At a critical point of L(W) = ½‖W_{H+1}⋯W₁X − Y‖² (XXᵀ ≻ 0, distinct eigenvalues of Σ): if p ≥ min(d_x, d_y) or rank Â < p, it is a global minimum iff (ÂX − Y)Xᵀ = 0; if p < min(d_x, d_y) and rank Â = p, iff range Â is the top-p eigenspace of Σ = YXᵀ(XXᵀ)⁻¹XYᵀ."
    public let methods: DeepLinearMethods

    public init(methods: DeepLinearMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("X square with XXᵀ = k²I (full rank), Y = U·diag(s), U orthogonal") { i in
                let xxt = i.x * i.x.transposed
                guard xxt[0, 0] > 0, xxt == xxt[0, 0] * Matrix<Rational>.identity(i.d) else { return "XXᵀ is not k²I" }
                return nil
            },
            Hypothesis("Σ = YXᵀ(XXᵀ)⁻¹XYᵀ has distinct eigenvalues") { i in
                Set(i.s).count == i.s.count && i.s.allSatisfy { $0 > 0 } ? nil : "s = \(i.s) not distinct positive"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 10, thorough: 30)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 4, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let d = rng.int(in: 3...4)
            let depth = 2 + slot % 2
            // Three bottleneck instances out of four; the fourth has hidden width ≥ d.
            let width = slot % 4 == 3 ? d + rng.int(in: 0...1) : rng.int(in: 1...(d - 1))
            return .accept(try Self.build(d: d, depth: depth, width: width, using: &rng))
        }
    }

    /// X = kV and Y = U·diag(s) (U, V Cayley-orthogonal); the critical points W_{H+1} = [U_I, 0],
    /// W₁ = [U_Iᵀ Y X⁻¹; 0], identity middle layers, then rebalanced by random invertible G_j
    /// (W_{j+1}G_j⁻¹, G_jW_j), for every index set |I| ≤ p; at depth ≥ 3 also W₁ = W₂ = 0.
    static func build(d: Int, depth: Int, width: Int, using rng: inout SeededGenerator) throws -> Instance {
        let u = try LandscapeAlgebra.cayley(d, using: &rng), v = try LandscapeAlgebra.cayley(d, using: &rng)
        let k = Rational(rng.int(in: 1...3), rng.int(in: 1...2))
        var s = Array(1...(d + 2)).map { $0 }
        s.shuffle(using: &rng)
        s = Array(s.prefix(d))
        let x = k * v
        let y = u * Matrix.diagonal(s.map { Rational($0) })
        let aStar = y * (try x.inverse())
        let p = min(d, width)
        var subsets: [[Int]] = [[]]
        for i in 0..<d { subsets += subsets.filter { $0.count < p }.map { $0 + [i] } }
        var points: [CriticalPoint] = []
        func balance(_ layers: inout [Matrix<Rational>]) throws {
            for j in 0..<(layers.count - 1) {
                let g = Matrix<Rational>(rows: width, columns: width) { r, c in r == c ? 1 : (r > c ? Rational(rng.int(in: -2...2)) : 0) }
                layers[j] = g * layers[j]
                layers[j + 1] = layers[j + 1] * (try g.inverse())
            }
        }
        for subset in subsets {
            let ui = Matrix<Rational>(rows: d, columns: width) { r, c in c < subset.count ? u[r, subset[c]] : 0 }
            let first = ui.transposed * aStar
            var layers = [first] + Array(repeating: Matrix<Rational>.identity(width), count: depth - 2) + [ui]
            try balance(&layers)
            points.append(CriticalPoint(label: "I=\(subset)", network: try DeepLinearNetwork(weights: layers)))
        }
        if depth >= 3 {
            var layers = [Matrix<Rational>.zero(rows: width, columns: d), .zero(rows: width, columns: width)]
                + Array(repeating: Matrix<Rational>.identity(width), count: depth - 3)
                + [Matrix<Rational>(rows: d, columns: width) { _, _ in Rational(rng.int(in: -2...2)) }]
            try balance(&layers)
            points.append(CriticalPoint(label: "W₁=W₂=0", network: try DeepLinearNetwork(weights: layers)))
        }
        return Instance(x: x, y: y, s: s, hiddenWidth: width, depth: depth, points: points)
    }

    public func summary(of i: Instance) -> String {
        "d=\(i.d), depth \(i.depth), hidden width \(i.hiddenWidth) (\(i.bottleneck ? "bottleneck p=\(i.p)" : "no bottleneck")), s=\(i.s), \(i.points.count) critical points"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d", i.d), .int("depth", i.depth), .int("hidden_width", i.hiddenWidth), .int("critical_points", i.points.count),
         .exact("optimal_loss", i.optimalLoss)]
    }

    /// The test, from (W, X, Y) alone (nothing of the construction is used).
    static func testSaysGlobal(_ net: DeepLinearNetwork<Rational>, x: Matrix<Rational>, y: Matrix<Rational>) throws -> (global: Bool, rank: Int, gradL0Zero: Bool) {
        let a = net.product, p = net.narrowestWidth
        let gradL0 = (a * x - y) * x.transposed
        let gradZero = gradL0.elements.allSatisfy { $0 == 0 }
        let rank = a.rank(tolerance: 0)
        guard p < min(x.rows, y.rows), rank == p else { return (gradZero, rank, gradZero) }
        let sigma = y * x.transposed * (try (x * x.transposed).inverse()) * x * y.transposed
        // A basis B of range Â: p independent columns, greedily.
        var columns: [Int] = []
        for c in 0..<a.columns where columns.count < p {
            let trial = a.submatrix(rows: Array(0..<a.rows), columns: columns + [c])
            if trial.rank(tolerance: 0) == columns.count + 1 { columns.append(c) }
        }
        let b = a.submatrix(rows: Array(0..<a.rows), columns: columns)
        let a1 = (try (b.transposed * b).inverse()) * b.transposed * sigma * b
        guard sigma * b == b * a1 else { return (false, rank, gradZero) }  // range Â not Σ-invariant: not the top eigenspace
        let q1 = a1.characteristicPolynomial
        let (q2, remainder) = sigma.characteristicPolynomial.quotientAndRemainder(dividingBy: q1)
        guard remainder.isZero else { throw LandscapeError.undecided("charpoly(Σ|range Â) does not divide charpoly(Σ)") }
        return (try LandscapeAlgebra.rootsBelow(q2, q1), rank, gradZero)
    }

    public func measure(_ i: Instance) throws -> Measurement {
        Measurement(points: try i.points.map { pt in
            let g = methods.gradients(pt.network, i.x, i.y)
            let t = try Self.testSaysGlobal(pt.network, x: i.x, y: i.y)
            return PointResult(label: pt.label, gradientMax: g.map(\.maxAbsEntry).max() ?? 0, loss: methods.loss(pt.network, i.x, i.y),
                               rank: t.rank, testSaysGlobal: t.global, gradL0Zero: t.gradL0Zero)
        })
    }

    /// The number of critical points on which `predicate` disagrees with L = L*.
    static func disagreements(_ i: Instance, _ m: Measurement, _ predicate: (PointResult) -> Bool) -> (Int, String) {
        let bad = m.points.filter { predicate($0) != ($0.loss == i.optimalLoss) }
        return (bad.count, bad.first.map { "first disagreement \($0.label): loss \($0.loss) vs L* = \(i.optimalLoss), rank \($0.rank)" }
            ?? "all \(m.points.count) critical points agree with L = L* = \(i.optimalLoss)")
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("every constructed point has ∇L = 0 exactly, and the test says 'global' exactly when L = L*", kind: .tight, exact: true) { i, m in
            let nonCritical = m.points.filter { $0.gradientMax != 0 }
            if let first = nonCritical.first {
                return Judgement(.refuted, predicted: .exact(0), measured: .exact(first.gradientMax), relation: .equal, tolerance: .exact(0),
                                 certificate: "max |∇L| at \(first.label) is \(first.gradientMax) (the construction is a critical point)")
            }
            let (count, text) = Self.disagreements(i, m, \.testSaysGlobal)
            return Judgement(count == 0 ? .holds : .refuted, predicted: .exact(0), measured: .exact(Rational(count)), relation: .equal,
                             tolerance: .exact(0), certificate: "exact gradients and losses; Sturm-separated spectra; \(text)")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("in the bottleneck case every critical point with rank Â = p is a global minimum", kind: .tight, exact: true) { i, m in
                guard i.bottleneck else { return .inapplicable("no bottleneck") }
                let (count, text) = Self.disagreements(i, m) { $0.rank == i.p }
                return Judgement(count == 0 ? .holds : .refuted, predicted: .exact(0), measured: .exact(Rational(count)), relation: .equal,
                                 tolerance: .exact(0), certificate: text)
            },
            Claim("the no-bottleneck test everywhere: global minimum iff ∇L₀(Â) = 0", kind: .tight, exact: true) { i, m in
                let (count, text) = Self.disagreements(i, m, \.gradL0Zero)
                return Judgement(count == 0 ? .holds : .refuted, predicted: .exact(0), measured: .exact(Rational(count)), relation: .equal,
                                 tolerance: .exact(0), certificate: text)
            },
            Claim("every critical point has loss ≤ ½‖Y‖² − ½s_max²", kind: .upperBound, exact: true) { i, m in
                let total = Rational(i.s.map { $0 * $0 }.reduce(0, +), 2), smax = i.s.max()!
                let bound = total - Rational(smax * smax, 2)
                return .exact(measured: m.points.map(\.loss).max()!, .atMost, predicted: bound, certificate: "exact losses")
            },
        ]
    }
}
