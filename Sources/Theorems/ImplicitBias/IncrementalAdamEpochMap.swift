import ExactMath
import FloatMath
import Optimizers

/// The epoch map of incremental Adam (Baek–Song–Yun 2025, Proposition 2.5; implicit-bias
/// note check C5e): with the iterate frozen at w, so that sample j always contributes the
/// same gradient g_j, and ε = 0, the N steps of one epoch of incremental (cyclic, batch 1)
/// Adam sum, once the moments are periodic, to
///
///     C_inc(β₁, β₂)·Σᵢ [Σⱼ β₁^{(i−j) mod N} g_j] / √(Σⱼ β₂^{(i−j) mod N} g_j²),
///     C_inc = (1−β₁)/(1−β₁ᴺ)·√((1−β₂ᴺ)/(1−β₂))      (coordinatewise).
///
/// The closed form is the periodic solution of the moment recursions of the project's
/// ``Adam`` (derived in the Proofs document, [DERIVED]; the paper's display is known only
/// as restated by a third-party review). The check runs that recursion — the same code as
/// ``Adam/run(_:steps:checkpoints:observe:)`` — for R epochs with max(β₁, β₂)^{N(R−1)} ≤ 1e-14
/// and compares the last epoch's summed step directions with the formula, to 1e-12
/// relative in the max norm, in Float64 (the square root keeps it out of the rationals).
/// See Proofs/baek-song-yun-2025/incremental-adam-epoch-map.md.
public struct IncrementalAdamEpochMap: Theorem {
    /// One dataset, one frozen iterate, one β pair.
    public struct Instance: Sendable {
        public let margins: MarginInstance
        /// The frozen iterate and how it was chosen.
        public let w: [Double]
        public let point: String
        public let beta1: Double
        public let beta2: Double
        /// Epochs simulated: the smallest R with max(β₁, β₂)^{N(R−1)} ≤ ``transientBound``.
        public let epochs: Int
    }

    /// The simulated epoch sum and the relative distance to each formula.
    public struct Measurement: Sendable {
        /// Σ of the N step directions of the last epoch (the project's Adam, ε = 0).
        public let simulated: [Double]
        /// ‖simulated − F‖∞/‖F‖∞ for F = the epoch map, the reversed-weight map, the map
        /// without C_inc, and the full-batch map N·sign(Σⱼ g_j).
        public let epochMap: Double
        public let reversedWeights: Double
        public let withoutConstant: Double
        public let fullBatch: Double
        /// C_inc(β₁, β₂) at this N.
        public let constant: Double
        /// maxⱼ |s_j|, s_j = log(−ℓ′(z_j·w)) the per-sample log scales fed to Adam.
        public let maxLogScale: Double
    }

    /// The relative tolerance of the identity (Float64; see the Proofs document).
    public static let tolerance = 1e-12
    /// Bound on the geometric transient max(β₁, β₂)^{N(R−1)} left when the last epoch starts.
    public static let transientBound = 1e-14
    /// The project's β grid.
    public static let betas: [(Double, Double)] = [(0.9, 0.99), (0.9, 0.999), (0, 0.999)]

    public let id = "baek-song-yun-2025/incremental-adam-epoch-map"
    public let family = Family.implicitBias
    public let citation = Citation.baekSongYun2025.at("Proposition 2.5 (epoch-wise map of Inc-Adam; frozen-w steady-state form)")
    public let provenance = Provenance.derived("the frozen-w steady-state form of the epoch map is the project's derivation after Baek–Song–Yun 2025, Proposition 2.5")
    public let statement = "With the iterate frozen and ε = 0, one epoch of incremental Adam moves by C_inc·Σᵢ[Σⱼβ₁^{(i−j) mod N}g_j]/√(Σⱼβ₂^{(i−j) mod N}g_j²) once its moments are periodic."

    public init() {}

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("N ≤ 10 samples, 0 ≤ β₁ < 1, 0 ≤ β₂ < 1") { i in
                i.margins.z.rows <= 10 && (0..<1).contains(i.beta1) && (0..<1).contains(i.beta2)
                    ? nil : "N = \(i.margins.z.rows), β = (\(i.beta1), \(i.beta2)) outside the range"
            },
            Hypothesis("steady state reached: max(β₁, β₂)^{N(R−1)} ≤ 1e-14") { i in
                let r = deterministicPow(max(i.beta1, i.beta2), Double(i.margins.z.rows * (i.epochs - 1)))
                return r <= Self.transientBound ? nil : "transient \(r) after \(i.epochs - 1) epochs"
            },
        ]
    }

    /// G1 (Gaussian-planted) and G2 (Scaled-Rademacher) datasets with N ≤ 10, each at two
    /// frozen iterates (2ŵ₂, where the per-sample gradient sizes differ by the margins, and a
    /// seeded Gaussian w), times the project's three β pairs.
    public func instances(seed: UInt64, scale: Scale) -> [Instance] {
        let count = scale.pick(quick: 1, standard: 2, thorough: 4)
        let (n, d) = scale.pick(quick: (6, 3), standard: (10, 5), thorough: (10, 5))
        var datasets: [MarginInstance] = []
        for k in 0..<count {
            if let x = MarginInstances.gaussianPlanted(n: n, d: d, separation: 0, seed: seed ^ 0xC5E, index: k) { datasets.append(x) }
            if let x = MarginInstances.scaledRademacher(n: 8, d: 5, linfSeparation: 0, l2Separation: 0, seed: seed ^ 0xC5E,
                                                        index: k, attempts: 1) { datasets.append(x) }
        }
        var out: [Instance] = []
        for (k, x) in datasets.enumerated() {
            var rng = SeededGenerator.stream(seed: seed ^ 0xC5E, index: UInt64(k) | 1 << 32)
            let points = [("w = 2ŵ₂", x.l2.direction.map { 2 * $0.doubleValue }),
                          ("w ~ N(0, I) seeded", rng.gaussianVector(x.z.columns))]
            for (label, w) in points {
                for (b1, b2) in Self.betas {
                    out.append(Instance(margins: x, w: w, point: label, beta1: b1, beta2: b2,
                                        epochs: Self.epochs(n: x.z.rows, beta: max(b1, b2))))
                }
            }
        }
        return out
    }

    /// The smallest R ≥ 2 with β^{N(R−1)} ≤ ``transientBound``.
    static func epochs(n: Int, beta: Double) -> Int {
        guard beta > 0 else { return 2 }
        return 1 + max(1, Int((deterministicLog(transientBound) / (Double(n) * deterministicLog(beta))).rounded(.up)))
    }

    public func summary(of i: Instance) -> String {
        "\(i.margins.kind) N=\(i.margins.z.rows) d=\(i.margins.z.columns), \(i.point), β=(\(i.beta1), \(i.beta2)), R=\(i.epochs) epochs"
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let n = i.margins.z.rows, d = i.margins.z.columns
        let loss = MarginLoss.logistic
        // Sample j's gradient is e^{s_j}·(−z_j), s_j = log(−ℓ′(z_j·w)).
        let logScales = (0..<n).map { loss.logNegativeDerivative(i.margins.data.margin($0, i.w)) }
        let directions = (0..<n).map { j in (0..<d).map { -i.margins.data.rows[j * d + $0] } }
        let simulated = try Adam(schedule: .constant(0), beta1: i.beta1, beta2: i.beta2, epsilon: 0, mode: .incremental, loss: loss)
            .frozenEpochDirection(logScales: logScales, gradients: directions, epochs: i.epochs)
        // The formulas are homogeneous of degree 0 in a common scale of the g_j: use e^{s_j − max s}.
        let top = logScales.max() ?? 0
        let g = (0..<n).map { j in directions[j].map { deterministicExp(logScales[j] - top) * $0 } }
        let constant = Self.incrementalConstant(n: n, beta1: i.beta1, beta2: i.beta2)
        let map = Self.epochSum(g, beta1: i.beta1, beta2: i.beta2, reversed: false)
        let reversed = Self.epochSum(g, beta1: i.beta1, beta2: i.beta2, reversed: true)
        let fullBatch = (0..<d).map { k in Double(n) * Self.signum((0..<n).map { g[$0][k] }.reduce(0, +)) }
        func distance(_ f: [Double]) -> Double {
            let scale = f.map(abs).max() ?? 0
            let diff = zip(simulated, f).map { abs($0 - $1) }.max() ?? 0
            return scale > 0 ? diff / scale : .infinity
        }
        return Measurement(simulated: simulated, epochMap: distance(map.map { constant * $0 }),
                           reversedWeights: distance(reversed.map { constant * $0 }), withoutConstant: distance(map),
                           fullBatch: distance(fullBatch), constant: constant, maxLogScale: logScales.map(abs).max() ?? 0)
    }

    /// C_inc(β₁, β₂) = (1−β₁)/(1−β₁ᴺ)·√((1−β₂ᴺ)/(1−β₂)).
    static func incrementalConstant(n: Int, beta1: Double, beta2: Double) -> Double {
        (1 - beta1) / (1 - beta1.integerPower(n)) * ((1 - beta2.integerPower(n)) / (1 - beta2)).squareRoot()
    }

    /// Σᵢ [Σⱼ β₁^{e(i,j)} g_j]/√(Σⱼ β₂^{e(i,j)} g_j²) with e(i, j) = (i−j) mod N, or
    /// (j−i) mod N when `reversed`; a coordinate with Σⱼ β₂^{e} g_j² = 0 contributes 0.
    static func epochSum(_ g: [[Double]], beta1: Double, beta2: Double, reversed: Bool) -> [Double] {
        let n = g.count, d = g.first?.count ?? 0
        var out = [Double](repeating: 0, count: d)
        for i in 0..<n {
            for k in 0..<d {
                var first = 0.0, second = 0.0
                for j in 0..<n {
                    let e = reversed ? ((j - i) % n + n) % n : ((i - j) % n + n) % n
                    first += beta1.integerPower(e) * g[j][k]
                    second += beta2.integerPower(e) * g[j][k] * g[j][k]
                }
                if second > 0 { out[k] += first / second.squareRoot() }
            }
        }
        return out
    }


    static func signum(_ x: Double) -> Double { x > 0 ? 1 : (x < 0 ? -1 : 0) }

    public var claim: Claim<Instance, Measurement> {
        Claim("the last epoch's summed Inc-Adam steps equal C_inc·Σᵢ[Σⱼβ₁^{(i−j) mod N}g_j]/√(Σⱼβ₂^{(i−j) mod N}g_j²) to 1e-12 relative", kind: .tight, exact: false) { _, m in
            .approximate(measured: m.epochMap, .atMost, predicted: Self.tolerance, tolerance: 0,
                         reason: "C_inc = \(Quantity.format(m.constant)), max|s_j| = \(Quantity.format(m.maxLogScale)); distance to reversed weights \(Quantity.format(m.reversedWeights)), without C_inc \(Quantity.format(m.withoutConstant)), full batch \(Quantity.format(m.fullBatch))")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("reversed weights β^{(j−i) mod N}: the epoch sum equals C_inc·Σᵢ[Σⱼβ₁^{(j−i) mod N}g_j]/√(Σⱼβ₂^{(j−i) mod N}g_j²) to 1e-12", kind: .tight, exact: false) { _, m in
                .approximate(measured: m.reversedWeights, .atMost, predicted: Self.tolerance, tolerance: 0)
            },
            Claim("no constant: the epoch sum equals Σᵢ[Σⱼβ₁^{(i−j) mod N}g_j]/√(Σⱼβ₂^{(i−j) mod N}g_j²) (C_inc omitted) to 1e-12", kind: .tight, exact: false) { _, m in
                .approximate(measured: m.withoutConstant, .atMost, predicted: Self.tolerance, tolerance: 0)
            },
            Claim("full-batch map: the epoch sum equals N·sign(Σⱼ g_j), as for full-batch Adam, to 1e-12", kind: .tight, exact: false) { _, m in
                .approximate(measured: m.fullBatch, .atMost, predicted: Self.tolerance, tolerance: 0)
            },
        ]
    }
}
