import ExactMath
import FloatMath
import Optimizers

/// The balanced line and the period-doubling multipliers of GD on L(x, y) = ½(xy − Y)²:
/// (i) the imbalance obeys x⁺² − y⁺² = (1 − η²(xy − Y)²)(x² − y²) exactly, so x = y is
/// invariant; (ii) for Y = 1 the balanced map f(s) = (1 + η)s − ηs³ has
/// f(f(s)) − s = η·s(s − 1)(s + 1)(ηs² − η − 2)(η²s⁴ − η(η + 1)s² + 1); (iii) on the rational
/// 2-cycle (a, a) ↔ (b, b) with t = a/b the product Jacobian has the eigenpairs
/// (1, 1) ↦ 9 − 2(t + 1/t)² (along the line) and (1, −1) ↦ (2t − 1)(2 − t)/t (across it).
/// Illustrates the bifurcation picture of Song–Yun (NeurIPS 2023) on the squared loss.
/// See Proofs/song-yun-2023/balanced-line-multipliers.md.
public struct BalancedLineMultipliers: Theorem {
    public struct Probe: Sendable {
        public let x: Rational, y: Rational, target: Rational, step: Rational
    }

    public struct Instance: Sendable {
        /// The cycle pair a > b > 0 (η = 1/(ab), Y = a² − ab + b²).
        public let a: Int, b: Int
        /// Random points, targets and steps for the imbalance identity.
        public let probes: [Probe]
        /// The step of the Y = 1 period-2 factorization, and the points it is compared at.
        public let cubicStep: Rational
        public let cubicPoints: [Rational]
        public var t: Rational { Rational(a, b) }
    }

    public struct Measurement: Sendable {
        /// (x⁺² − y⁺², x² − y², predicted factor) per probe.
        public let imbalances: [(after: Rational, before: Rational, factor: Rational)]
        /// (f(f(s)) − s from the method, the factored polynomial at s, whether f(s, s) stayed balanced) per point.
        public let cubic: [(s: Rational, measured: Rational, factored: Rational, balanced: Bool)]
        /// M·(1, 1) and M·(1, −1) for M = J(b, b)J(a, a).
        public let alongImage: Vector<Rational>, acrossImage: Vector<Rational>
        public let product: Matrix<Rational>
    }

    public let id = "song-yun-2023/balanced-line-multipliers"
    public let family = Family.largeSteps
    public let citation = Citation.songYun2023.at("illustration of period doubling on the squared-loss two-layer scalar net (not a numbered result)")
    public let provenance = Provenance.derived(
        "imbalance identity, period-2 factorization and cycle multipliers on ½(xy − Y)² derived by the project (Proofs document); the paper is cited for the bifurcation phenomenon they illustrate")
    public let statement = "For GD on ½(xy − Y)²: x⁺² − y⁺² = (1 − η²(xy − Y)²)(x² − y²); for Y = 1, f(f(s)) − s = η·s(s² − 1)(ηs² − η − 2)(η²s⁴ − η(η + 1)s² + 1) on the balanced line; on the cycle (a, a) ↔ (b, b) (t = a/b, η = 1/(ab)) the product Jacobian has eigenvector (1, 1) with multiplier 9 − 2(t + 1/t)² and (1, −1) with (2t − 1)(2 − t)/t."
    public let methods: ScalarFactorizationMethods

    public init(methods: ScalarFactorizationMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("integers a > b > 0") { i in i.a > i.b && i.b > 0 ? nil : "a = \(i.a), b = \(i.b)" },
            Hypothesis("probes off the balanced line and off the minimisers: x² ≠ y², η(xy − Y) ≠ 0") { i in
                i.probes.allSatisfy { $0.x * $0.x != $0.y * $0.y && $0.step * ($0.x * $0.y - $0.target) != 0 } ? nil : "a probe is degenerate"
            },
            Hypothesis("at least 10 distinct comparison points for a degree-9 identity, η ≠ 0") { i in
                Set(i.cubicPoints).count >= 10 && i.cubicStep != 0 ? nil : "\(Set(i.cubicPoints).count) points"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 12, thorough: 36)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 8, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let a: Int, b: Int
            if slot == 0 {
                // Slot 0: φ < a/b < φ², where the across multiplier is stable and the along one is not.
                let p = [(2, 1), (5, 3), (13, 8), (7, 4), (9, 5), (12, 7)][rng.int(in: 0...5)]
                (a, b) = (p.0, p.1)
            } else {
                a = rng.int(in: 2...scale.pick(quick: 10, standard: 24, thorough: 48))
                b = rng.int(in: 1...(a - 1))
            }
            let probes = (0..<3).map { _ in
                Probe(x: Rational(rng.int(in: -9...9), rng.int(in: 1...4)), y: Rational(rng.int(in: -9...9), rng.int(in: 1...4)),
                      target: Rational(rng.int(in: -6...6), rng.int(in: 1...3)), step: Rational(rng.int(in: 1...12), rng.int(in: 1...8)))
            }
            let cubicStep = Rational(rng.int(in: 1...12), rng.int(in: 1...4))
            let points = (0..<12).map { k in Rational(k - 6, 1) + Rational(rng.int(in: 0...3), 4) }
            return .accept(Instance(a: a, b: b, probes: probes, cubicStep: cubicStep, cubicPoints: points))
        }
    }

    public func summary(of i: Instance) -> String {
        "cycle (a, b) = (\(i.a), \(i.b)), t = \(i.t); \(i.probes.count) imbalance probes; Y = 1 cubic at η = \(i.cubicStep)"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("a", i.a), .int("b", i.b), .exact("t", i.t), .exact("cubic_eta", i.cubicStep)]
    }

    /// η·s(s − 1)(s + 1)(ηs² − η − 2)(η²s⁴ − η(η + 1)s² + 1).
    static func factored(_ s: Rational, eta: Rational) -> Rational {
        let s2 = s * s
        return eta * s * (s - 1) * (s + 1) * (eta * s2 - eta - 2) * (eta * eta * s2 * s2 - eta * (eta + 1) * s2 + 1)
    }

    public func measure(_ i: Instance) -> Measurement {
        let imbalances = i.probes.map { p in
            let next = methods.step(ScalarFactorization(target: p.target), p.x, p.y, p.step)
            let r = p.x * p.y - p.target
            return (after: next.x * next.x - next.y * next.y, before: p.x * p.x - p.y * p.y, factor: 1 - p.step * p.step * r * r)
        }
        let unit = ScalarFactorization(target: 1)
        let cubic = i.cubicPoints.map { s in
            let once = methods.step(unit, s, s, i.cubicStep)
            let twice = methods.step(unit, once.x, once.x, i.cubicStep)
            return (s: s, measured: twice.x - s, factored: Self.factored(s, eta: i.cubicStep), balanced: once.x == once.y && twice.x == twice.y)
        }
        let net = ScalarFactorization(target: Rational(i.a * i.a - i.a * i.b + i.b * i.b)), eta = Rational(1, i.a * i.b)
        let m = methods.jacobian(net, x: Rational(i.b), y: Rational(i.b), eta: eta) * methods.jacobian(net, x: Rational(i.a), y: Rational(i.a), eta: eta)
        return Measurement(imbalances: imbalances, cubic: cubic, alongImage: m * Vector([1, 1]), acrossImage: m * Vector([1, -1]), product: m)
    }

    static func along(_ t: Rational) -> Rational { let u = t + 1 / t; return 9 - 2 * u * u }
    static func across(_ t: Rational) -> Rational { (2 * t - 1) * (2 - t) / t }

    public var claim: Claim<Instance, Measurement> {
        Claim("the imbalance identity at every probe, the Y = 1 period-2 factorization at every point, and the eigenpairs (1, 1) ↦ 9 − 2(t + 1/t)², (1, −1) ↦ (2t − 1)(2 − t)/t",
              kind: .tight, exact: true) { i, m in
            var failures: [String] = []
            for (k, e) in m.imbalances.enumerated() where e.after != e.factor * e.before {
                failures.append("probe \(k): x⁺² − y⁺² = \(e.after) ≠ \(e.factor)·\(e.before)")
            }
            for c in m.cubic where c.measured != c.factored || !c.balanced {
                failures.append("s = \(c.s): f(f(s)) − s = \(c.measured) vs factored \(c.factored)\(c.balanced ? "" : ", left the balanced line")")
            }
            let mu = Self.along(i.t), nu = Self.across(i.t)
            if m.alongImage.elements != [mu, mu] { failures.append("M(1, 1) = \(m.alongImage) ≠ \(mu)·(1, 1)") }
            if m.acrossImage.elements != [nu, -nu] { failures.append("M(1, −1) = \(m.acrossImage) ≠ \(nu)·(1, −1)") }
            return LargeStepsAlgebra.tally(failures, of: m.imbalances.count + m.cubic.count + 2,
                                           "multipliers \(mu) (along) and \(nu) (across) at t = \(i.t)")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("GD conserves the imbalance like gradient flow: x⁺² − y⁺² = x² − y²", kind: .tight, exact: true) { _, m in
                let bad = m.imbalances.filter { $0.after != $0.before }
                return LargeStepsAlgebra.tally(bad.map { "x⁺² − y⁺² = \($0.after) ≠ x² − y² = \($0.before)" }, of: m.imbalances.count, "imbalance conserved")
            },
            Claim("the imbalance multiplier decides: the cycle is stable iff |(2t − 1)(2 − t)/t| < 1 (i.e. t < φ²)", kind: .tight, exact: true) { i, m in
                let nu = Self.across(i.t), mu = Self.along(i.t)
                guard m.acrossImage.elements == [nu, -nu], m.alongImage.elements == [mu, mu] else {
                    return .inconclusive("the measured Jacobian does not have the predicted eigenpairs")
                }
                let predicted = nu.absoluteValue < 1, actual = mu.absoluteValue < 1 && nu.absoluteValue < 1
                return Judgement(predicted == actual ? .holds : .refuted, predicted: .exact(nu), measured: .exact(mu), relation: .equal,
                                 tolerance: .exact(0),
                                 certificate: "eigenvalues of M (verified eigenpairs): along \(mu), across \(nu); the along multiplier \(mu.absoluteValue < 1 ? "is" : "is not") inside (−1, 1)")
            },
        ]
    }
}
