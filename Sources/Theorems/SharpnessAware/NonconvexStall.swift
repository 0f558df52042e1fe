import ExactMath
import FloatMath
import Optimizers

/// Deterministic SAM can stall at a non-stationary point of a non-convex function: for
/// f′(z) = z(z + a)(z + b) with 0 < a < ρ < b − a, the point x = −ρ has f′(−ρ) = ρ(ρ − a)(b − ρ) > 0
/// and its ascent point is the local minimum y = 0, so SAM fixes it; the map's slope there is
/// 1 − ηab, attracting for 0 < ηab < 2. A second stall point −a − ρ ascends to the local
/// maximum −a and is repelling (slope 1 + ηa(b − a)) (Si–Yun 2023: on non-convex f,
/// deterministic SAM keeps an additive O(ρ²) term in the gradient bound). Exact: the fixed points
/// through the implementation in ℚ, the slopes by dual numbers through the same code.
/// See Proofs/si-yun-2023/nonconvex-stall.md.
public struct NonconvexStall: Theorem {
    public struct Instance: Sendable {
        public let a: Rational, b: Rational, radius: Rational, step: Rational
        public var objective: ScalarPolynomialGradient {
            // z(z + a)(z + b) = abz + (a + b)z² + z³
            ScalarPolynomialGradient(derivativeCoefficients: [0, a * b, a + b, 1])
        }
    }

    public struct Measurement: Sendable {
        public let stall: Rational, imageOfStall: Rational, gradientAtStall: Rational, slopeAtStall: Rational
        public let repeller: Rational, imageOfRepeller: Rational, slopeAtRepeller: Rational
    }

    public let id = "si-yun-2023/nonconvex-stall"
    public let family = Family.sharpnessAware
    public let citation = Citation.siYun2023.at("deterministic SAM on non-convex f: the additive term in the gradient bound cannot be removed (abstract; the example is the project's)")
    public let provenance = Provenance.paperShape(
        "the abstract states that deterministic SAM on non-convex functions keeps an additive term that examples show cannot be removed; this quartic example, its fixed points and slopes are the project's derivation (Proofs document)")
    public let statement = "For f′(z) = z(z + a)(z + b), 0 < a < ρ < b − a and 0 < ηab < 2: SAM(−ρ) = −ρ with f′(−ρ) = ρ(ρ − a)(b − ρ) ≠ 0 and slope 1 − ηab ∈ (−1, 1); SAM(−a − ρ) = −a − ρ with slope 1 + ηa(b − a) > 1."

    public let methods: SAMMethods

    public init(methods: SAMMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("0 < a < ρ < b − a") { i in 0 < i.a && i.a < i.radius && i.radius < i.b - i.a ? nil : "a = \(i.a), ρ = \(i.radius), b = \(i.b)" },
            Hypothesis("0 < ηab < 2") { i in 0 < i.step * i.a * i.b && i.step * i.a * i.b < 2 ? nil : "ηab = \(i.step * i.a * i.b)" },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 8, thorough: 24)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 12, hypotheses: hypotheses) { _, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let a = Rational(rng.int(in: 1...4), 40)
            let rho = a + Rational(rng.int(in: 1...6), 40)
            let b = a + rho + Rational(rng.int(in: 1...8), 4)
            let q = Rational(rng.int(in: 1...19), 10)
            return .accept(Instance(a: a, b: b, radius: rho, step: q / (a * b)))
        }
    }

    public func summary(of i: Instance) -> String { "f′=z(z+\(i.a))(z+\(i.b)), ρ=\(i.radius), η=\(i.step) (ηab=\(i.step * i.a * i.b))" }
    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.exact("a", i.a), .exact("b", i.b), .exact("rho", i.radius), .exact("eta", i.step)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let f = i.objective, sam = methods.sam, eta = i.step, rho = i.radius
        func image(_ x: Rational) throws -> Rational { try sam.step([x], on: f, step: eta, radius: rho)[0] }
        func slope(_ x: Rational) throws -> Rational {
            try DualNumber.jacobian(at: [x]) { z throws(SAMError) in try sam.step(z, on: f, step: eta, radius: rho) }[0, 0]
        }
        let stall = -rho, repeller = -i.a - rho
        return Measurement(stall: stall, imageOfStall: try image(stall), gradientAtStall: f.gradient([stall])[0], slopeAtStall: try slope(stall),
                           repeller: repeller, imageOfRepeller: try image(repeller), slopeAtRepeller: try slope(repeller))
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("SAM(−ρ) = −ρ, f′(−ρ) = ρ(ρ − a)(b − ρ) > 0, slope 1 − ηab with |slope| < 1; SAM(−a − ρ) = −a − ρ, slope 1 + ηa(b − a)", kind: .tight, exact: true) { i, m in
            Judgement.allOf([
                .exact(measured: m.imageOfStall, .equal, predicted: m.stall, certificate: "SAM(−ρ) = −ρ exactly"),
                .exact(measured: m.gradientAtStall, .equal, predicted: i.radius * (i.radius - i.a) * (i.b - i.radius), certificate: "f′(−ρ) exactly"),
                .exact(measured: m.slopeAtStall, .equal, predicted: 1 - i.step * i.a * i.b, certificate: "slope at −ρ by dual numbers"),
                .exact(measured: m.slopeAtStall.absoluteValue, .below, predicted: 1, certificate: "the stall point attracts"),
                .exact(measured: m.imageOfRepeller, .equal, predicted: m.repeller, certificate: "SAM(−a − ρ) = −a − ρ exactly"),
                .exact(measured: m.slopeAtRepeller, .equal, predicted: 1 + i.step * i.a * (i.b - i.a), certificate: "slope at −a − ρ by dual numbers"),
            ])
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("every fixed point of SAM is stationary: f′(−ρ) = 0", kind: .tight, exact: true) { _, m in
                .exact(measured: m.gradientAtStall, .equal, predicted: 0, certificate: "f′ at the SAM fixed point −ρ exactly")
            },
            Claim("the non-stationary fixed point repels: |slope at −ρ| ≥ 1", kind: .lowerBound, exact: true) { _, m in
                .exact(measured: m.slopeAtStall.absoluteValue, .atLeast, predicted: 1, certificate: "slope by dual numbers")
            },
            Claim("the second stall point −a − ρ attracts as well: |slope| < 1", kind: .upperBound, exact: true) { _, m in
                .exact(measured: m.slopeAtRepeller.absoluteValue, .below, predicted: 1, certificate: "slope by dual numbers")
            },
        ]
    }
}
