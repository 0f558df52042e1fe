import ExactMath
import FloatMath
import Optimizers

/// Normalization is what keeps SAM stable: on f(x) = (λ/2)x² with s = ηλ < 2 < s(1 + ρλ),
/// un-normalized SAM is the linear map x ↦ (1 − s − sρλ)x and diverges, gradient descent
/// contracts by 1 − s, and SAM stays bounded for every ρ — it has the exact 2-cycle ±c,
/// c = sρ/(2 − s), and |x_t| ≤ c + ||x₀| − c| along its orbit (Dai–Ahn–Sra 2023: SAM is stable
/// where USAM diverges). Exact: multipliers by dual numbers through the implementations under
/// test, SAM's orbit in ℚ. See Proofs/dai-ahn-sra-2023/usam-diverges-sam-bounded.md.
public struct USAMDivergesSAMBounded: Theorem {
    public typealias Instance = ScalarQuadraticRun

    public struct Measurement: Sendable {
        /// d x⁺/dx of USAM and of GD (both linear on a quadratic).
        public let usamMultiplier: Rational, gdMultiplier: Rational
        public let samImageOfAmplitude: Rational
        /// max_t |x_t| along SAM's orbit and |x_T|.
        public let samSup: Rational, samFinal: Rational
    }

    public let id = "dai-ahn-sra-2023/usam-diverges-sam-bounded"
    public let family = Family.sharpnessAware
    public let citation = Citation.daiAhnSra2023.at("normalization stabilizes SAM: on a quadratic USAM diverges where SAM stays bounded (abstract; the instance and constants are the project's)")
    public let provenance = Provenance.paperShape(
        "the abstract states that normalization stabilizes SAM (USAM can diverge where SAM does not); the exact multipliers, the 2-cycle and the bound c + ||x₀| − c| are the project's derivation (Proofs document)")
    public let statement = "On f = (λ/2)x² with s = ηλ < 2 < s(1 + ρλ): USAM's multiplier is 1 − s − sρλ < −1 (divergence), GD's is 1 − s ∈ (−1, 1), and SAM(c) = −c with max_t |x_t| ≤ c + ||x₀| − c|."

    public let methods: SAMMethods

    public init(methods: SAMMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("λ > 0, ρ > 0, 0 < s = ηλ < 2 < s(1 + ρλ)") { i in
                i.curvature > 0 && i.radius > 0 && i.s > 0 && i.s < 2 && i.s * (1 + i.radius * i.curvature) > 2
                    ? nil : "s = \(i.s), s(1 + ρλ) = \(i.s * (1 + i.radius * i.curvature))"
            },
            Hypothesis("x₀ ≠ 0") { $0.start != 0 ? nil : "x₀ = 0" },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 8, thorough: 24)
        let steps = scale.pick(quick: 30, standard: 50, thorough: 80)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 16, hypotheses: hypotheses) { _, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let lambda = Rational(rng.int(in: 1...6))
            let rho = [Rational(1, 10), Rational(1, 4), Rational(1, 2)][rng.int(in: 0...2)]
            // s strictly inside (2/(1 + ρλ), 2), the window where GD converges and USAM diverges.
            let low = 2 / (1 + rho * lambda)
            let s = low + (2 - low) * Rational(rng.int(in: 1...9), 10)
            let sign: Rational = rng.int(in: 0...1) == 0 ? -1 : 1
            return .accept(Instance(curvature: lambda, step: s / lambda, radius: rho, start: sign * Rational(rng.int(in: 1...20), 4), steps: steps))
        }
    }

    public func summary(of i: Instance) -> String { "λ=\(i.curvature), η=\(i.step) (s=\(i.s)), ρ=\(i.radius), x₀=\(i.start), T=\(i.steps)" }
    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.exact("lambda", i.curvature), .exact("eta", i.step), .exact("rho", i.radius), .exact("x0", i.start), .int("T", i.steps)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let f = SeparableQuadratic(curvatures: [i.curvature]), eta = i.step, rho = i.radius
        func multiplier(_ rule: any SAMStepRule) throws -> Rational {
            try DualNumber.jacobian(at: [i.start]) { x throws(SAMError) in try rule.step(x, on: f, step: eta, radius: rho) }[0, 0]
        }
        let orbit = try methods.sam.exactOrbit(from: [i.start], on: f, step: eta, radius: rho, steps: i.steps).map { $0[0].absoluteValue }
        return Measurement(usamMultiplier: try multiplier(methods.usam), gdMultiplier: try multiplier(methods.gradientDescent),
                           samImageOfAmplitude: try methods.sam.step([i.amplitude], on: f, step: eta, radius: rho)[0],
                           samSup: orbit.max()!, samFinal: orbit[orbit.count - 1])
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("USAM multiplier 1 − s − sρλ (|·| > 1), GD multiplier 1 − s (|·| < 1), SAM(c) = −c and max_t |x_t| ≤ c + ||x₀| − c|", kind: .tight, exact: true) { i, m in
            let s = i.s, c = i.amplitude
            return Judgement.allOf([
                .exact(measured: m.usamMultiplier, .equal, predicted: 1 - s - s * i.radius * i.curvature, certificate: "USAM's multiplier by dual numbers"),
                .exact(measured: m.usamMultiplier.absoluteValue, .above, predicted: 1, certificate: "USAM diverges"),
                .exact(measured: m.gdMultiplier, .equal, predicted: 1 - s, certificate: "GD's multiplier by dual numbers"),
                .exact(measured: m.gdMultiplier.absoluteValue, .below, predicted: 1, certificate: "GD converges"),
                .exact(measured: m.samImageOfAmplitude, .equal, predicted: -c, certificate: "SAM(c) = −c exactly"),
                .exact(measured: m.samSup, .atMost, predicted: c + (i.start.absoluteValue - c).absoluteValue, certificate: "SAM's orbit exactly, \(i.steps) steps"),
            ])
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("USAM is stable whenever ηλ < 2 (the GD condition)", kind: .upperBound, exact: true) { _, m in
                .exact(measured: m.usamMultiplier.absoluteValue, .below, predicted: 1, certificate: "USAM's multiplier by dual numbers")
            },
            Claim("SAM diverges where USAM does: |x_T| ≥ |x₀|·|USAM multiplier|^T / 2", kind: .lowerBound, exact: true) { i, m in
                var growth = Rational(1)
                for _ in 0..<i.steps { growth = growth * m.usamMultiplier.absoluteValue }
                return .exact(measured: m.samFinal, .atLeast, predicted: i.start.absoluteValue * growth / 2, certificate: "SAM's |x_T| exactly")
            },
        ]
    }
}
