import ExactMath
import FloatMath
import Optimizers

/// SEG-FFA's epoch map matches deterministic extragradient to second order in η, for every
/// permutation: L_τ(η) = I − nηM̄ + n²η²M̄² + O(η³) and c_τ(η) = nηb̄ − n²η²M̄b̄ + O(η³), which is
/// the map of EG with α = β = nη on the mean operator M̄z − b̄ ("second-order matching",
/// Chae–Yun–Kim, NeurIPS 2024). Decided exactly as a polynomial identity in η over ℚ, on all n!
/// permutations, for general rational components (no structure assumed).
/// See Proofs/chae-yun-kim-2024/ffa-second-order-matching.md.
public struct FFASecondOrderMatching: Theorem {
    public struct Instance: Sendable {
        public let problem: FiniteSumAffineOperator<Rational>
    }

    public struct Measurement: Sendable {
        /// max over permutations, orders 0–2, entries of L and c: |SEG-FFA − EG(nη)|.
        public let ffaMismatch: Rational
        /// max over permutations of |η³ coefficient of L_τ| (EG(nη) has none).
        public let ffaThirdOrder: Rational
        /// SEG-FF (α = β = η) against EG(α = β = 2nη), orders 0–2.
        public let ffMismatch: Rational
        /// One reshuffled pass with α = β/2: max spread of the η² coefficient over permutations.
        public let halfStepPassSpread: Rational
        public let permutations: Int
    }

    public let id = "chae-yun-kim-2024/ffa-second-order-matching"
    public let family = Family.extragradient
    public let citation = Citation.chaeYunKim2024.at("§ on second-order matching (SEG-FFA design principle); algorithm as in the authors' code")
    public let provenance = Provenance.paperShape(
        "the abstract and the poster state the second-order matching with EG as SEG-FFA's mechanism; the algorithm (α = η/2, β = η, flip-flop, anchor ½) is read from the authors' code github:jsch8q/SEG-FFA; the coefficient identity is the project's derivation (Proofs document); no theorem text was read")
    public let statement = "For every permutation τ, the SEG-FFA epoch map (α = η/2, β = η, flip-flop, anchor ½) equals the EG map with α = β = nη on the mean operator up to O(η³): L_τ = I − nηM̄ + n²η²M̄² + O(η³), c_τ = nηb̄ − n²η²M̄b̄ + O(η³)."
    public let methods: SEGMethods

    public init(methods: SEGMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("n ≥ 2 components, d ≥ 1, the mean M̄ ≠ 0") { i in
            i.problem.count >= 2 && i.problem.meanMatrix != .zero(rows: i.problem.dimension, columns: i.problem.dimension)
                ? nil : "n = \(i.problem.count) or M̄ = 0"
        }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 3, standard: 6, thorough: 16)
        let maxN = scale.pick(quick: 3, standard: 4, thorough: 4)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 4, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let n = 2 + slot % (maxN - 1)
            let d = rng.int(in: 2...3)
            let ms = (0..<n).map { _ in Matrix<Rational>(rows: d, columns: d) { _, _ in Rational(rng.int(in: -3...3)) } }
            let bs = (0..<n).map { _ in Vector((0..<d).map { _ in Rational(rng.int(in: -4...4), 2) }) }
            return .accept(Instance(problem: try FiniteSumAffineOperator(matrices: ms, offsets: bs)))
        }
    }

    public func summary(of i: Instance) -> String { "n=\(i.problem.count), d=\(i.problem.dimension), general rational Mᵢ, bᵢ" }
    public func parameters(of i: Instance) -> [InstanceParameter] { [.int("n", i.problem.count), .int("d", i.problem.dimension)] }

    public func measure(_ i: Instance) throws -> Measurement {
        let p = i.problem, n = p.count, d = p.dimension
        let degree = 4 * n
        let vinv = try EpochPolynomial.vandermondeInverse(degree: degree)
        let mbar = p.meanMatrix, bbar = p.meanOffset
        let nn = Rational(n)
        // EG(α = β = hη) on M̄z − b̄: (I − hηM̄ + h²η²M̄²)z + hηb̄ − h²η²M̄b̄.
        func eg(_ h: Rational) -> (l: [Matrix<Rational>], c: [Vector<Rational>]) {
            ([.identity(d), -h * mbar, (h * h) * (mbar * mbar)], [.zero(d), h * bbar, -(h * h) * (mbar * bbar)])
        }
        func mismatch(_ poly: EpochPolynomial, _ ref: (l: [Matrix<Rational>], c: [Vector<Rational>])) -> Rational {
            (0...2).map { k in max((poly.linear[k] - ref.l[k]).maxAbsEntry, (poly.offset[k] - ref.c[k]).maxAbsEntry) }.max()!
        }
        var ffa = Rational.zero, third = Rational.zero, ff = Rational.zero, spread = Rational.zero
        var firstHalfPass: Matrix<Rational>?
        var perms: [[Int]] = []
        PermutationEnumeration.forEachPermutation(n) { perms.append($0) }
        let halfPass: @Sendable (Rational) -> any SEGEpochMethod<Rational> = {
            StochasticExtragradient(extrapolation: $0 / 2, update: $0, flipFlop: false, anchored: false, sampling: .permutation)
        }
        for tau in perms {
            let pf = try EpochPolynomial.of(methods.ffa, sequence: tau, on: p, degree: degree, inverse: vinv)
            ffa = max(ffa, mismatch(pf, eg(nn)))
            third = max(third, pf.linear[3].maxAbsEntry)
            let pff = try EpochPolynomial.of(methods.ff, sequence: tau, on: p, degree: degree, inverse: vinv)
            ff = max(ff, mismatch(pff, eg(2 * nn)))
            let ph = try EpochPolynomial.of(halfPass, sequence: tau, on: p, degree: degree, inverse: vinv)
            if let f = firstHalfPass { spread = max(spread, (ph.linear[2] - f).maxAbsEntry) } else { firstHalfPass = ph.linear[2] }
        }
        return Measurement(ffaMismatch: ffa, ffaThirdOrder: third, ffMismatch: ff, halfStepPassSpread: spread, permutations: perms.count)
    }

    private static func cert(_ m: Measurement) -> String {
        "epoch maps interpolated exactly as polynomials of degree ≤ 4n in η (checked at one more node), all \(m.permutations) permutations"
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("max over τ, k ≤ 2 of |[ηᵏ](SEG-FFA − EG(nη))| = 0", kind: .tight, exact: true) { _, m in
            .exact(measured: m.ffaMismatch, .equal, predicted: 0, certificate: Self.cert(m))
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("SEG-FF (α = β = η, no anchor) matches EG with α = β = 2nη to second order", kind: .tight, exact: true) { _, m in
                .exact(measured: m.ffMismatch, .equal, predicted: 0, certificate: Self.cert(m))
            },
            Claim("SEG-FFA matches EG(nη) to third order (its η³ coefficient vanishes)", kind: .tight, exact: true) { _, m in
                .exact(measured: m.ffaThirdOrder, .equal, predicted: 0, certificate: Self.cert(m))
            },
            Claim("a single reshuffled pass with α = β/2 has a permutation-independent η² coefficient", kind: .tight, exact: true) { _, m in
                .exact(measured: m.halfStepPassSpread, .equal, predicted: 0, certificate: Self.cert(m))
            },
        ]
    }
}
