import FloatMath
import Optimizers

/// The rate exponents of RR, SS, with-replacement SGD
/// and IGD on the 1-D equal-curvature sum fᵢ(x) = ½(x − cᵢ)² (sorted ±1 offsets, x₀ = 0 = x*)
/// under the step γ = 2 log(nK)/(nK), fitted on the **log-corrected** error
/// E/logᵖ(nK) so that the log factor of the step does not bias the slope. Safran–Shamir
/// (COLT 2020, abstract [PAPER]) give, for univariate quadratics, RR Θ(1/(nK³)) (beyond the
/// 1/(nK)² transient), SS Θ(1/(nK²)) and IGD Θ(1/K²) independent of n; SGD is Θ(1/(nK)).
/// The log powers p = 3, 2, 1, 2 and the exponents below are the project's small-step expansion
/// of the exact closed forms. Every value is a Float64 evaluation by the method under test's
/// large-n evaluator (the project's: the exact closed forms, no sampling), so the fits carry no
/// Monte Carlo noise. See Proofs/safran-shamir-2020/log-corrected-rate-fits.md.
public struct LogCorrectedRateFits: Theorem {
    /// Which variable is swept; the other is held fixed.
    public enum Axis: String, Sendable {
        /// K swept at fixed n, step 2log(nK)/(nK).
        case epochs = "K"
        /// n swept at fixed K, step 2log(nK)/(nK).
        case components = "n"
        /// The stationary (K → ∞) noise at fixed n, swept over the step ε = γa.
        case step = "ε"
    }

    /// One grid point: n, K (unused on the step axis) and, on the step axis, ε.
    public struct Point: Sendable {
        public let n: Int
        public let epochs: Int
        public let step: Double
    }

    /// One fit: a scheme, the swept axis, and the grid.
    public struct Instance: Sendable {
        public let scheme: ShufflingScheme
        public let axis: Axis
        /// The grid, in increasing order of the swept variable.
        public let points: [Point]

        /// The log power p of the small-step expansion: E ≈ C·logᵖ(nK)·n^a·K^b.
        public var logPower: Int {
            guard axis != .step else { return 0 }
            return switch scheme {
            case .randomReshuffling: 3
            case .singleShuffle, .incremental: 2
            case .withReplacement: 1
            }
        }

        /// The exponent of the swept variable (small-step expansion): stationary noise
        /// s²ε³n(n+1)/24 (RR), s²ε²(n+1)/12 (SS), s²ε/2 (SGD), (εn/4)² (IGD, sorted ±1).
        public var predictedExponent: Double {
            switch (scheme, axis) {
            case (.randomReshuffling, .step): 3
            case (.singleShuffle, .step), (.incremental, .step): 2
            case (.withReplacement, .step): 1
            case (.randomReshuffling, .epochs): -3
            case (.singleShuffle, .epochs), (.incremental, .epochs): -2
            case (.withReplacement, .epochs): -1
            case (.incremental, .components): 0
            case (_, .components): -1
            }
        }

        /// The slope tolerance, fixed from the size of the neglected terms (see the Proofs
        /// document): 0.05 over K (relative corrections O(nε) = O(2log(nK)/K) ≤ 0.022 with
        /// first-order coefficients ≤ 2), 0.1 over n (the factor (n+1)/n² has local slope
        /// −1 − 1/(n+1), ≤ 1/17 off for n ≥ 16, plus the same O(nε) term), 0.05 over ε (n = 4,
        /// ε ≤ 10⁻²: relative corrections O(nε) ≤ 0.04, log-averaged ≈ 0.009).
        public var tolerance: Double { axis == .components ? 0.1 : 0.05 }

        /// The swept variable at each point.
        public var abscissae: [Double] {
            points.map { p in
                switch axis {
                case .epochs: Double(p.epochs)
                case .components: Double(p.n)
                case .step: p.step
                }
            }
        }
    }

    public struct Measurement: Sendable {
        /// The exact expected errors E[x_K²] (stationary noise on the step axis) along the sweep.
        public let errors: [Double]
        /// The slope of log(E/logᵖ(nK)) against the log of the swept variable (p = 0 over ε).
        public let corrected: LogLogFit?
        /// The raw log–log slope (no log correction), reported for comparison.
        public let raw: LogLogFit?
    }

    public let id = "safran-shamir-2020/log-corrected-rate-fits"
    public let family = Family.shuffling
    public let citation = Citation.safranShamir2020.at("rates for univariate quadratics: RR Θ(1/(nk)² + 1/(nk³)), SS Θ(1/(nk²)), IGD Θ(1/k²)")
    public let provenance = Provenance.paperShape("Safran–Shamir, COLT 2020 (PMLR 125), abstract: RR Ω(1/(nk)² + 1/(nk³)), SS Ω(1/(nk²)), IGD Ω(1/k²) independent of n, with matching upper bounds for univariate quadratics; the log powers, the step 2log(nK)/(nK) and the tolerances are the project's")
    public let statement = "On fᵢ = ½(x − cᵢ)² with ±1 offsets and γ = 2log(nK)/(nK), the exact errors divided by logᵖ(nK) have fitted exponents K⁻³ (RR, p = 3), K⁻² (SS, p = 2), K⁻¹ (SGD, p = 1), K⁻² (IGD, p = 2) within 0.05, and n⁻¹ (RR, SS, SGD) and n⁰ (IGD) within 0.1; at fixed step the stationary noises scale as ε³, ε², ε, ε² within 0.05."

    public let methods: any ShufflingMethods

    public init(methods: any ShufflingMethods = .project) {
        self.methods = methods
    }

    static let schemes: [ShufflingScheme] = [.randomReshuffling, .singleShuffle, .withReplacement, .incremental]

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("even n ≥ 2, K ≥ 1 and 0 < γ ≤ 1 at every grid point") { i in
            for p in i.points {
                guard p.n >= 2, p.n % 2 == 0 else { return "n = \(p.n)" }
                let step = i.axis == .step ? p.step : Self.step(n: p.n, epochs: p.epochs)
                guard step > 0, step <= 1, i.axis == .step || p.epochs >= 1 else { return "γ = \(step) at n = \(p.n), K = \(p.epochs)" }
            }
            return nil
        }]
    }

    /// Deterministic sweeps (the closed forms have no randomness; the seed is not used).
    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let kExponents = scale.pick(quick: Array(10...14), standard: Array(10...15), thorough: Array(10...16))
        let kFixedN = scale.pick(quick: [16], standard: [16, 64], thorough: [16, 64])
        let nGrid = scale.pick(quick: [16, 32, 64, 128, 256], standard: [16, 32, 64, 128, 256, 512],
                               thorough: [16, 32, 64, 128, 256, 512])
        let nFixedK = scale.pick(quick: [1 << 12], standard: [1 << 12, 1 << 14], thorough: [1 << 12, 1 << 14])
        let stepCount = scale.pick(quick: 5, standard: 9, thorough: 17)
        let steps = (0..<stepCount).map { deterministicPow(10, -4 + 2 * Double($0) / Double(stepCount - 1)) }
        var out: [Instance] = []
        for s in Self.schemes {
            for n in kFixedN {
                out.append(Instance(scheme: s, axis: .epochs, points: kExponents.map { Point(n: n, epochs: 1 << $0, step: 0) }))
            }
            for k in nFixedK {
                out.append(Instance(scheme: s, axis: .components, points: nGrid.map { Point(n: $0, epochs: k, step: 0) }))
            }
            out.append(Instance(scheme: s, axis: .step, points: steps.map { Point(n: 4, epochs: 0, step: $0) }))
        }
        return try InstanceSearch.draw(count: out.count, maxAttempts: out.count, hypotheses: hypotheses) { .accept(out[$0]) }
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        let swept = "\(Quantity.format(i.abscissae.first ?? .nan))…\(Quantity.format(i.abscissae.last ?? .nan))"
        let fixed: [InstanceParameter] = switch i.axis {
        case .epochs: [.int("n", i.points[0].n), .text("K", swept)]
        case .components: [.text("n", swept), .int("K", i.points[0].epochs)]
        case .step: [.int("n", i.points[0].n), .text("ε", swept)]
        }
        return [.text("scheme", i.scheme.rawValue), .int("d", 1), .text("axis", i.axis.rawValue), .int("points", i.points.count),
                .int("log power", i.logPower)] + fixed
    }

    public func summary(of i: Instance) -> String {
        let swept = i.abscissae.map(Quantity.format)
        switch i.axis {
        case .step:
            return "\(i.scheme.rawValue), 1-D ±1 offsets, n=\(i.points[0].n), stationary noise (K → ∞), ε ∈ \(swept)"
        case .epochs, .components:
            let fixed = i.axis == .epochs ? "n=\(i.points[0].n)" : "K=\(i.points[0].epochs)"
            return "\(i.scheme.rawValue), 1-D ±1 offsets, \(fixed), \(i.axis.rawValue) ∈ \(swept), γ = 2log(nK)/(nK), x₀ = 0; fit E/log^\(i.logPower)(nK)"
        }
    }

    /// γ = 2 log(nK)/(nK).
    static func step(n: Int, epochs k: Int) -> Double { 2 * deterministicLog(Double(n * k)) / Double(n * k) }

    /// The sorted ±1 offsets.
    static func offsets(_ n: Int) -> [Double] { (0..<n).map { $0 < n / 2 ? 1.0 : -1.0 } }

    /// E[x_K²] at (n, K) with γ = 2 log(nK)/(nK), from the method under test.
    func error(_ scheme: ShufflingScheme, n: Int, epochs k: Int) throws -> Double {
        try methods.scalarMoments(scheme, curvature: 1, offsets: Self.offsets(n), step: Self.step(n: n, epochs: k), from: 0, epochs: k).square
    }

    /// The stationary noise lim_K E[x_K²] at n and ε, from the method under test at
    /// K = ⌈60/(nε)⌉ epochs from x₀ = 0, where every transient factor is at most e⁻⁶⁰ (the
    /// closed limits are V₁/(1 − q²ⁿ) for RR, V₁/(1 − qⁿ)² for SS, εs²/(2 − ε) for SGD and the
    /// squared IGD fixed point).
    func stationary(_ scheme: ShufflingScheme, n: Int, step: Double) throws -> Double {
        let k = Int((60 / (Double(n) * step)).rounded(.up))
        return try methods.scalarMoments(scheme, curvature: 1, offsets: Self.offsets(n), step: step, from: 0, epochs: k).square
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let errors = try i.points.map { p in
            try i.axis == .step ? stationary(i.scheme, n: p.n, step: p.step) : error(i.scheme, n: p.n, epochs: p.epochs)
        }
        let x = i.abscissae
        let corrected = zip(i.points, errors).map { p, e in
            i.logPower == 0 ? e : e / deterministicPow(deterministicLog(Double(p.n * p.epochs)), Double(i.logPower))
        }
        return Measurement(errors: errors, corrected: try? LogLogFit(x: x, y: corrected), raw: try? LogLogFit(x: x, y: errors))
    }

    static let reason = "Float64 evaluation of the method's closed forms (no sampling); tolerance from the neglected O(nε) and (n+1)/n terms, fixed in advance"

    /// |fitted exponent − `exponent`| ≤ the instance's tolerance, on the corrected or the raw fit.
    static func exponent(_ i: Instance, _ m: Measurement, equals exponent: Double, raw: Bool = false) -> Judgement {
        guard let fit = raw ? m.raw : m.corrected else { return .inconclusive("log–log fit failed on \(m.errors)") }
        let detail = "\(reason); corrected slope \(Quantity.format(m.corrected?.slope ?? .nan)) ± \(Quantity.format(m.corrected?.slopeStandardError ?? .nan)) (SE), raw slope \(Quantity.format(m.raw?.slope ?? .nan))"
        return .approximate(measured: fit.slope, .equal, predicted: exponent, tolerance: i.tolerance, reason: detail)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("the log-corrected exponent equals the small-step rate exponent within 0.05 (over K and ε) / 0.1 (over n)", kind: .tight, exact: false) { i, m in
            Self.exponent(i, m, equals: i.predictedExponent)
        }
    }

    /// A false variant that applies only to instances of `scheme` (nil: all but IGD) on `axis`.
    static func variant(_ statement: String, _ scheme: ShufflingScheme?, _ axis: Axis, exponent: Double,
                        raw: Bool = false) -> Claim<Instance, Measurement> {
        Claim(statement, kind: .tight, exact: false) { i, m in
            let matches = scheme.map { i.scheme == $0 } ?? (i.scheme != .incremental)
            guard matches, i.axis == axis else { return .inapplicable("a different scheme or axis") }
            return Self.exponent(i, m, equals: exponent, raw: raw)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Self.variant("SS ≤ C/(nK³) — the log-corrected K-exponent of E_SS is −3", .singleShuffle, .epochs, exponent: -3),
            Self.variant("at fixed step, SS's stationary noise is O(ε³) like RR's", .singleShuffle, .step, exponent: 3),
            Self.variant("RR one power too fast — the log-corrected K-exponent of E_RR is −4", .randomReshuffling, .epochs, exponent: -4),
            Self.variant("SGD one power too fast — the log-corrected K-exponent of E_SGD is −2", .withReplacement, .epochs, exponent: -2),
            Self.variant("IGD one power too fast — the log-corrected K-exponent of E_IGD is −3", .incremental, .epochs, exponent: -3),
            Self.variant("IGD gains 1/n like RR — the log-corrected n-exponent of E_IGD is −1", .incremental, .components, exponent: -1),
            Self.variant("RR, SS, SGD gain 1/n² — the log-corrected n-exponent is −2", nil, .components, exponent: -2),
            Self.variant("raw slopes suffice — the uncorrected K-exponent of E_RR is −3 within 0.05", .randomReshuffling, .epochs, exponent: -3, raw: true),
        ]
    }
}

