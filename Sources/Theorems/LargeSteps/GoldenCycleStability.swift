import ExactMath
import FloatMath
import Optimizers

/// Exact stable 2-cycles of GD above the edge of stability on the scalar two-layer net
/// L(x, y) = ½(xy − Y)²: for integers a > b > 0, Y = a² − ab + b² and η = 1/(ab), GD maps
/// (a, a) → (b, b) → (a, a) exactly, the cycle is linearly stable iff a/b < φ (decided as
/// a² − ab − b² < 0), and every minimiser is linearly unstable (2Yη > 2). An illustration of
/// the period-doubling behaviour behind Song–Yun (NeurIPS 2023): with the squared loss the
/// sharpness does not settle at 2/η. See Proofs/song-yun-2023/golden-cycle-stability.md.
public struct GoldenCycleStability: Theorem {
    public struct Instance: Sendable {
        public let a: Int, b: Int
        public var net: ScalarFactorization { ScalarFactorization(target: Rational(a * a - a * b + b * b)) }
        public var step: Rational { Rational(1, a * b) }
        /// a² − ab − b² < 0 ⟺ a/b < φ (φ is irrational, so it is never 0).
        public var belowGolden: Bool { a * a - a * b - b * b < 0 }
    }

    public struct Measurement: Sendable {
        /// GD images of (a, a) and of (b, b).
        public let imageOfA: (x: Rational, y: Rational), imageOfB: (x: Rational, y: Rational)
        /// The product Jacobian J(b, b)·J(a, a) and its spectral evidence.
        public let product: Matrix<Rational>
        public let evidence: SpectralRadiusEvidence
        /// det(∇²L(p) − (2/η)I) at the two cycle points (0 iff 2/η is a Hessian eigenvalue there).
        public let edgeDeterminants: [Rational]
        /// At rational minimisers (x, Y/x): det ∇²L (0: one zero eigenvalue) and tr ∇²L (the other).
        public let minimiserHessians: [(x: Rational, det: Rational, trace: Rational)]
    }

    public let id = "song-yun-2023/golden-cycle-stability"
    public let family = Family.largeSteps
    public let citation = Citation.songYun2023.at("illustration of the squared-loss period doubling discussed with the bifurcation analysis (not a numbered result)")
    public let provenance = Provenance.derived(
        "period-doubling algebra on L(x, y) = ½(xy − Y)² derived by the project (orbit, product Jacobian, golden-ratio threshold, AM–GM bound on the minimisers' sharpness); the paper is cited for the phenomenon it illustrates, none of these constants is the paper's")
    public let statement = "For integers a > b > 0, Y = a² − ab + b², η = 1/(ab): GD on ½(xy − Y)² maps (a, a) → (b, b) → (a, a); the 2-cycle is linearly stable (ρ(J(b, b)J(a, a)) < 1) iff a² − ab − b² < 0 (a/b < φ); every minimiser has sharpness ≥ 2Y > 2/η."
    public let methods: ScalarFactorizationMethods
    public let tests: RootRadiusTests

    public init(methods: ScalarFactorizationMethods = .project, tests: RootRadiusTests = .verified) {
        self.methods = methods
        self.tests = tests
    }

    /// Pairs with a/b > φ (consecutive Fibonacci numbers above φ and others); slot 0 draws one.
    static let aboveGolden = [(2, 1), (5, 3), (13, 8), (7, 4), (9, 5), (12, 7), (34, 21)]
    /// Pairs with a/b < φ; slot 1 draws one.
    static let belowGoldenPairs = [(3, 2), (8, 5), (21, 13), (4, 3), (5, 4), (11, 7), (7, 5)]

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("integers a > b > 0") { i in i.a > i.b && i.b > 0 ? nil : "a = \(i.a), b = \(i.b)" }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 6, standard: 16, thorough: 48)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 1, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let k = rng.int(in: 1...2)
            switch slot {
            case 0:
                let p = Self.aboveGolden[rng.int(in: 0...(Self.aboveGolden.count - 1))]
                return .accept(Instance(a: k * p.0, b: k * p.1))
            case 1:
                let p = Self.belowGoldenPairs[rng.int(in: 0...(Self.belowGoldenPairs.count - 1))]
                return .accept(Instance(a: k * p.0, b: k * p.1))
            default:
                let a = rng.int(in: 2...scale.pick(quick: 12, standard: 30, thorough: 60))
                return .accept(Instance(a: a, b: rng.int(in: 1...(a - 1))))
            }
        }
    }

    public func summary(of i: Instance) -> String {
        "(a, b) = (\(i.a), \(i.b)), Y = \(i.net.target), η = \(i.step), a/b \(i.belowGolden ? "<" : ">") φ"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("a", i.a), .int("b", i.b), .exact("Y", i.net.target), .exact("eta", i.step)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let net = i.net, eta = i.step, a = Rational(i.a), b = Rational(i.b), y = net.target
        let product = methods.jacobian(net, x: b, y: b, eta: eta) * methods.jacobian(net, x: a, y: a, eta: eta)
        let edge = try [a, b].map { s in
            try (methods.hessian(net, s, s) - (2 / eta) * Matrix<Rational>.identity(2)).determinant()
        }
        let minimisers = try [Rational(1), a, b, a / b].map { x in
            let h = methods.hessian(net, x, y / x)
            return (x: x, det: try h.determinant(), trace: h.trace)
        }
        return Measurement(imageOfA: methods.step(net, a, a, eta), imageOfB: methods.step(net, b, b, eta),
                           product: product, evidence: SpectralRadiusEvidence(matrix: product, tests: tests),
                           edgeDeterminants: edge, minimiserHessians: minimisers)
    }

    static func orbitFailures(_ i: Instance, _ m: Measurement) -> [String] {
        let a = Rational(i.a), b = Rational(i.b)
        var out: [String] = []
        if m.imageOfA.x != b || m.imageOfA.y != b { out.append("F(a, a) = (\(m.imageOfA.x), \(m.imageOfA.y)) ≠ (b, b)") }
        if m.imageOfB.x != a || m.imageOfB.y != a { out.append("F(b, b) = (\(m.imageOfB.x), \(m.imageOfB.y)) ≠ (a, a)") }
        return out
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("GD maps (a, a) ↔ (b, b) exactly; Schur–Cohn on J(b, b)J(a, a) says stable iff a² − ab − b² < 0; every minimiser has η·λ_max ≥ 2Yη > 2",
              kind: .tight, exact: true) { i, m in
            var failures = Self.orbitFailures(i, m)
            guard let stable = m.evidence.isBelow(1) else { return .inconclusive("a Schur–Cohn certificate failed verification") }
            if stable != i.belowGolden {
                failures.append("Schur–Cohn says \(stable ? "stable" : "unstable") but a/b \(i.belowGolden ? "<" : ">") φ")
            }
            let y = i.net.target
            if !(2 * y * i.step > 2) { failures.append("2Yη = \(2 * y * i.step) ≤ 2") }
            for h in m.minimiserHessians where h.det != 0 || h.trace < 2 * y {
                failures.append("at the minimiser x = \(h.x): det ∇²L = \(h.det), tr ∇²L = \(h.trace) (expected 0 and ≥ 2Y)")
            }
            return LargeStepsAlgebra.tally(failures, of: 3 + m.minimiserHessians.count,
                                           "exact orbit; Schur–Cohn (verified): \(stable ? "all roots in |z| < 1" : "some root with |z| ≥ 1"), as a² − ab − b² = \(i.a * i.a - i.a * i.b - i.b * i.b) says; 2Yη = \(2 * y * i.step) > 2")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the 2-cycle (a, a) ↔ (b, b) is linearly stable for every a > b > 0", kind: .upperBound, exact: true) { _, m in
                m.evidence.judgeBelow(1)
            },
            Claim("some minimiser is linearly stable at this step: inf over xy = Y of η·λ_max(∇²L) = 2Yη ≤ 2", kind: .upperBound, exact: true) { i, _ in
                .exact(measured: 2 * i.net.target * i.step, .atMost, predicted: 2, certificate: "λ_max = x² + y² ≥ 2xy = 2Y on xy = Y (AM–GM)")
            },
            Claim("the sharpness settles at the edge: λ_max(∇²L) = 2/η at a point of the cycle", kind: .tight, exact: true) { _, m in
                let hit = m.edgeDeterminants.contains(0)
                return Judgement(hit ? .holds : .refuted, predicted: .exact(0), measured: .exact(m.edgeDeterminants.map(\.absoluteValue).min() ?? 1),
                                 relation: .equal, tolerance: .exact(0),
                                 certificate: "det(∇²L − (2/η)I) at (a, a) and (b, b): \(m.edgeDeterminants.map { "\($0)" }.joined(separator: ", "))")
            },
        ]
    }
}
