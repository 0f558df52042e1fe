import ExactMath
import FloatMath
import Optimizers

/// RR's large-epoch rate at the step of Yun–Rajput–Sra (ICLR 2022) Theorem 1 (M = B = 1: plain
/// RR, η = log(nK²)/(μnK), K ≥ 6κ log(nK²)), on the Safran–Shamir (2021) eq. (2) construction
/// over several n and K: E_RR[F(x_K) − F*] lies in the derived bracket
/// [r^{2(p−1)}, U]·N₀, N₀ = (L/4)(ηG/4)² = κG²log²(nK²)/(64μn²K²), p = n/2, r = 1 − ηL — the
/// 1/K² law of Theorems 1 and 3 in K, and 1/n² in n on this quadratic instance (the bias of RR's
/// epoch-boundary mean), faster than the worst-case 1/n of Theorem 3, whose extremal functions
/// are not quadratic. Float64 evaluations of the method under test; the bracket is derived in
/// Proofs/yun-rajput-sra-2022/rr-large-epoch-rate.md.
public struct LargeEpochRate: Theorem {
    public struct Instance: Sendable {
        public let n: Int
        public let mu: Double
        /// L = κμ, the component smoothness (the "minus" components' curvature in x₂).
        public let smoothness: Double
        public let g: Double
        public let epochs: Int

        public var kappa: Double { smoothness / mu }
        public var construction: SafranShamirConstruction { SafranShamirConstruction(n: n, lambda: mu, lambdaMax: smoothness, g: g) }
        /// log(nK²).
        var logTerm: Double { deterministicLog(Double(n) * Double(epochs) * Double(epochs)) }
        /// η = log(nK²)/(μnK) (Theorem 1 with M = B = 1).
        public var step: Double { logTerm / (mu * Double(n) * Double(epochs)) }
        /// N₀ = (L/4)(ηG/4)².
        public var scale: Double { smoothness / 4 * (step * g / 4) * (step * g / 4) }
        /// The derived bracket for E/N₀.
        public var bracket: ClosedRange<Double> {
            let p = Double(n / 2), t = step * smoothness, r = 1 - t
            let lower = r.integerPower(2 * (n / 2 - 1))
            let y0 = g / (2 * smoothness)
            let ybar = step * g / (4 * deterministicPow(r, (p - 1) / 2))
            let mean = ybar + deterministicExp(-p * t * Double(epochs)) * y0
            let q = (p * p - p / 2) * (p * p - p / 2) + p * p * (2 * p + 1) / 12
            let variance = (step * g / 2) * (step * g / 2) * t * t * q / (2 * p * t * (1 - p * t))
            let x1 = g / (2 * mu)
            let bias = mu / 2 * x1 * x1 * (1 - step * mu).integerPower(2 * n * epochs)
            return lower...((bias + smoothness / 4 * (mean * mean + variance)) / scale)
        }
    }

    public struct Measurement: Sendable {
        /// E_RR[F(x_K) − F*].
        public let error: Double
        /// E/N₀.
        public let normalized: Double
    }

    public let id = "yun-rajput-sra-2022/rr-large-epoch-rate"
    public let family = Family.shuffling
    public let citation = Citation.yunRajputSra2022.at("Theorems 1 and 3 (M = B = 1), on the Safran–Shamir 2021 eq. (2) construction")
    public let provenance = Provenance.paperShape("Yun–Rajput–Sra (anonymous ICLR 2022 submission text): Theorem 1's step log(MNK²)/(μNK) and epoch condition K ≥ 6κ log(MNK²), and the 1/K² large-epoch rate of Theorems 1 and 3, κ = L/μ; the bracket and its n-dependence on this construction are the project's")
    public let statement = "At η = log(nK²)/(μnK) with K ≥ 6κ log(nK²), RR on the Safran–Shamir eq. (2) construction has E[F(x_K) − F*] ∈ [r^{2(p−1)}, U]·κG²log²(nK²)/(64μn²K²) for every n = 2p and K of the sweep: the rate is 1/K² in K and 1/n² in n on this instance."

    public let methods: any ShufflingMethods

    public init(methods: any ShufflingMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("n = 2p ≥ 2 even, 0 < 2μ ≤ L, G > 0, K ≥ 6κ log(nK²), ηL·p < 1") { i in
            guard i.n >= 2, i.n % 2 == 0, i.mu > 0, 2 * i.mu <= i.smoothness, i.g > 0 else { return "bad construction parameters" }
            guard Double(i.epochs) >= 6 * i.kappa * i.logTerm else { return "K = \(i.epochs) < 6κ log(nK²)" }
            return i.step * i.smoothness * Double(i.n / 2) < 1 ? nil : "ηLp ≥ 1"
        }]
    }

    /// For each (n, κ): K₀ the first power of two with K ≥ max(6, 4p²)·κ log(nK²) (the second
    /// factor keeps the bracket within 25 % of N₀), then 2K₀ (and 4K₀ beyond quick);
    /// μ ∈ {½, 1, 2}, G ∈ {1, 2} from the seed.
    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let shapes: [(n: Int, kappa: Double)] = scale.pick(
            quick: [(8, 4), (16, 4), (32, 4)],
            standard: [(8, 4), (16, 4), (32, 4), (64, 4), (8, 8), (16, 8)],
            thorough: [(8, 4), (16, 4), (32, 4), (64, 4), (8, 8), (16, 8), (32, 8), (8, 16)])
        let multiples = scale.pick(quick: [1, 2], standard: [1, 2, 4], thorough: [1, 2, 4])
        let cells = shapes.flatMap { s in multiples.map { (s.n, s.kappa, $0) } }
        return try InstanceSearch.draw(count: cells.count, maxAttempts: cells.count, hypotheses: hypotheses) { j in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(j))
            let (n, kappa, multiple) = cells[j]
            let mu = [0.5, 1, 2][rng.int(in: 0...2)], g = Double(rng.int(in: 1...2))
            let p = Double(n / 2)
            var k0 = 1
            while Double(k0) < max(6, 4 * p * p) * kappa * deterministicLog(Double(n) * Double(k0) * Double(k0)) { k0 *= 2 }
            return .accept(Instance(n: n, mu: mu, smoothness: kappa * mu, g: g, epochs: k0 * multiple))
        }
    }

    public func summary(of i: Instance) -> String {
        "eq. (2), n=\(i.n), μ=\(Quantity.format(i.mu)), L=\(Quantity.format(i.smoothness)) (κ=\(Quantity.format(i.kappa))), G=\(Quantity.format(i.g)), K=\(i.epochs), η = log(nK²)/(μnK) ≈ \(Quantity.format(i.step))"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("n", i.n), .int("d", 2), .int("K", i.epochs), .float("μ", i.mu), .float("L", i.smoothness),
         .float("κ", i.kappa), .float("G", i.g), .float("η", i.step), .text("scheme", ShufflingScheme.randomReshuffling.rawValue)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let c = i.construction
        let x1 = try methods.scalarMoments(.randomReshuffling, curvature: i.mu, offsets: [Double](repeating: 0, count: i.n),
                                           step: i.step, from: c.start.0, epochs: i.epochs).square
        let y = try methods.twoClassFinalMoments(.randomReshuffling, c.secondCoordinate(step: i.step), from: c.start.1, epochs: i.epochs).square
        let error = i.mu / 2 * x1 + i.smoothness / 4 * y
        return Measurement(error: error, normalized: error / i.scale)
    }

    /// Relative Float64 allowance: cancellation in the two-class offset moments costs at most a
    /// factor (ηLp)⁻² ≤ 10⁸ of 2⁻⁵³, and the epoch recursion amplifies rounding by at most
    /// 1/(1 − m²) (see the Proofs document); 10⁻⁶ covers both with margin.
    static let rounding = 1e-6

    static func inBracket(_ x: Double, _ b: ClosedRange<Double>, _ label: String) -> Judgement {
        JudgementConjunction.between(x, b, relative: rounding, reason: label)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("E_RR[F(x_K) − F*]/N₀ ∈ [r^{2(p−1)}, U], N₀ = κG²log²(nK²)/(64μn²K²)", kind: .tight, exact: false) { i, m in
            Self.inBracket(m.normalized, i.bracket, "derived bracket (Float64, relative allowance 10⁻⁶)")
        }
    }

    /// A false rate: E/(N₀·factor) in the same bracket.
    static func rate(_ statement: String, factor: @escaping @Sendable (Instance) -> Double) -> Claim<Instance, Measurement> {
        Claim(statement, kind: .tight, exact: false) { i, m in
            inBracket(m.normalized / factor(i), i.bracket, "the bracket with the wrong n, K dependence")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Self.rate("Theorem 3's worst-case 1/(nK²) on this instance: E ≍ κG²log²(nK²)/(64μnK²)") { Double($0.n) },
            Self.rate("the equal-curvature rate 1/(nK³): E ≍ κG²log²(nK²)/(64μnK³)") { Double($0.n) / Double($0.epochs) },
            Self.rate("SGD's rate 1/(nK): E ≍ κG²log²(nK²)/(64μnK)") { Double($0.n) * Double($0.epochs) },
        ]
    }

    /// E/N₀ with its bracket against n, and the worst-case 1/(nK²) law (n·r^{2(p−1)}) for contrast.
    public func plots(_ runs: [MeasuredInstance<Instance, Measurement>]) -> [Plot] {
        let first = runs.filter { r in !runs.contains { $0.instance.n == r.instance.n && $0.instance.kappa == r.instance.kappa && $0.instance.epochs < r.instance.epochs } }
            .sorted { ($0.instance.kappa, $0.instance.n) < ($1.instance.kappa, $1.instance.n) }
        guard let kappa = first.first?.instance.kappa else { return [] }
        let rows = first.filter { $0.instance.kappa == kappa }
        let x = rows.map { Double($0.instance.n) }
        return [Plot(id: "normalized-error-vs-n", title: "RR at the Yun–Rajput–Sra step, κ = \(Quantity.format(kappa)), smallest K per n",
                     xLabel: "n", yLabel: "E[F(x_K) − F*] · 64μn²K² / (κG² log²(nK²))", xAxis: .log, yAxis: .log,
                     series: [Series("measured", role: .measured, x: x, y: rows.map(\.measurement.normalized)),
                              Series("lower bound", role: .bound, x: x, y: rows.map { $0.instance.bracket.lowerBound }),
                              Series("upper bound", role: .bound, x: x, y: rows.map { $0.instance.bracket.upperBound }),
                              Series("1/(nK²) law", role: .reference, x: x, y: rows.map { Double($0.instance.n) * $0.instance.bracket.lowerBound })])]
    }
}
