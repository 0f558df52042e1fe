import ExactMath
import FloatMath
import Optimizers

/// A separable classification instance with its exact max-margin references and the
/// exactly computed separation between the ℓ2 and ℓ∞ predictions.
public struct MarginInstance: Sendable {
    /// How the instance was generated ("G1 Gaussian-planted", "G2 Scaled-Rademacher").
    public let kind: String
    /// Rows zᵢ = yᵢxᵢ, exact.
    public let z: Matrix<Rational>
    /// The same rows in Float64, for the optimizers.
    public let data: SeparableData
    /// Exact ℓ2 (KKT-certified) and ℓ∞ (LP-certified) max margins.
    public let l2: L2MaxMargin
    public let linf: PolyhedralMaxMargin
    /// 1 − γ∞(ŵ₂)/γ∞: how far the ℓ2 solution falls short in ℓ∞ margin (exact).
    public let linfGapOfL2: Rational
    /// γ₂(ŵ∞)²/γ₂²: the squared ℓ2 margin ratio of the ℓ∞ solution (exact).
    public let l2RatioOfLinfSquared: Rational

    /// Computes the references (exact LP and QP, both verified).
    public init(kind: String, z: Matrix<Rational>) throws(MaxMarginError) {
        self.kind = kind
        self.z = z
        self.data = SeparableData(z)
        let linf = try PolyhedralMaxMargin(z, l1: false)
        let l2 = try L2MaxMargin(z, linf: linf)
        self.linf = linf
        self.l2 = l2
        // min zᵢ·ŵ₂ = 1, so γ∞(ŵ₂) = 1/‖ŵ₂‖∞.
        self.linfGapOfL2 = 1 - (1 / MaxMarginCertificate.lInfinity(l2.direction)) / linf.margin
        // ‖ŵ∞‖∞ = 1 and min zᵢ·ŵ∞ = γ∞, so γ₂(ŵ∞)² = γ∞²/‖ŵ∞‖₂².
        let g = linf.margin
        self.l2RatioOfLinfSquared = (g * g / MaxMarginCertificate.l2Squared(linf.direction)) / l2.marginSquared
    }

    /// γ₂ in Float64.
    public var gamma2: Double { l2.marginDecimal }
    /// γ∞ in Float64.
    public var gammaInfinity: Double { linf.margin.doubleValue }
    /// 1 − γ₂(ŵ∞)/γ₂ in Float64 (the square root keeps it out of the rationals).
    public var l2GapOfLinf: Double { 1 - l2RatioOfLinfSquared.doubleValue.squareRoot() }

    /// Exact test: both geometries are separated by at least s, i.e. γ∞(ŵ₂) ≤ (1−s)γ∞ and
    /// γ₂(ŵ∞) ≤ (1−s)γ₂ (the latter compared in squares).
    public func isSeparated(by s: Rational) -> Bool {
        isSeparated(linf: s, l2: s)
    }

    /// Exact test with separate thresholds: γ∞(ŵ₂) ≤ (1−s∞)γ∞ and γ₂(ŵ∞) ≤ (1−s₂)γ₂.
    public func isSeparated(linf sInf: Rational, l2 s2: Rational) -> Bool {
        linfGapOfL2 >= sInf && l2RatioOfLinfSquared <= (1 - s2) * (1 - s2)
    }

    /// Relative ℓ2 margin gap (γ₂ − γ₂(w))/γ₂ of an iterate.
    public func l2Gap(_ w: [Double]) -> Double { (gamma2 - data.normalizedMargin(w, p: 2)) / gamma2 }
    /// Relative ℓ∞ margin gap (γ∞ − γ∞(w))/γ∞ of an iterate.
    public func linfGap(_ w: [Double]) -> Double { (gammaInfinity - data.normalizedMargin(w, p: .infinity)) / gammaInfinity }
    /// ‖w/‖w‖₂ − ŵ₂/‖ŵ₂‖₂‖₂, the ℓ2 direction error (ŵ₂ is unique).
    public func l2DirectionError(_ w: [Double]) -> Double {
        let u = w.map { $0 / pNorm(w, 2) }
        let h = l2.direction.map(\.doubleValue)
        let hn = pNorm(h, 2)
        return zip(u, h).map { ($0 - $1 / hn) * ($0 - $1 / hn) }.reduce(0, +).squareRoot()
    }

    /// "G1 n=20 d=10, γ∞=…, γ₂=…, sep ∞ 12.1% / 2 9.8%".
    public var summary: String {
        "\(kind) n=\(z.rows) d=\(z.columns), γ∞=\(Quantity.format(gammaInfinity)), γ₂=\(Quantity.format(gamma2)), separation ℓ∞ \(Quantity.format(linfGapOfL2.doubleValue)) / ℓ2 \(Quantity.format(l2GapOfLinf))"
    }
}

/// Seeded generators of separable instances with rational coordinates.
public enum MarginInstances {
    /// G1, Gaussian-planted: xᵢ = round(64·N(0, I))/64, a planted w* = round(8·N(0, I))/8,
    /// yᵢ = sign(xᵢ·w*), points with |xᵢ·w*| < 1/20 dropped (exact comparisons).
    /// Draws until the instance is separated by `separation` (ℓ∞ vs ℓ2, exactly), at most
    /// `attempts` times; nil if none is.
    public static func gaussianPlanted(n: Int, d: Int, separation: Rational, seed: UInt64, index: Int,
                                       attempts: Int = 40) -> MarginInstance? {
        for attempt in 0..<attempts {
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(index) << 20 | UInt64(attempt))
            let wStar = (0..<d).map { _ in Rational(Int((rng.gaussian() * 8).rounded()), 8) }
            guard wStar.contains(where: { !$0.isZero }) else { continue }
            var rows: [[Rational]] = []
            var draws = 0
            while rows.count < n && draws < 50 * n {
                draws += 1
                let x = (0..<d).map { _ in Rational(Int((rng.gaussian() * 64).rounded()), 64) }
                let s = Rational.dot(x, wStar)
                if s.absoluteValue < Rational(1, 20) { continue }
                rows.append(s > 0 ? x : x.map { -$0 })
            }
            guard rows.count == n,
                  let instance = try? MarginInstance(kind: "G1 Gaussian-planted", z: Matrix(rows)),
                  instance.isSeparated(by: separation) else { continue }
            return instance
        }
        return nil
    }

    /// G2, Scaled-Rademacher (after Baek–Song–Yun 2025, §3): zᵢ = aᵢ·(1, sᵢ₂, …, sᵢ_d) with
    /// aᵢ = k/8, k uniform in 4…16, and independent signs sᵢⱼ = ±1; w = e₁ separates.
    /// Sign patterns are distinct. Draws until separated by `separation`.
    public static func scaledRademacher(n: Int, d: Int, separation: Rational, seed: UInt64, index: Int,
                                        attempts: Int = 60) -> MarginInstance? {
        scaledRademacher(n: n, d: d, linfSeparation: separation, l2Separation: separation, seed: seed, index: index, attempts: attempts)
    }

    /// G2 with separate ℓ∞ and ℓ2 separation thresholds (see ``MarginInstance/isSeparated(linf:l2:)``).
    public static func scaledRademacher(n: Int, d: Int, linfSeparation: Rational, l2Separation: Rational,
                                        seed: UInt64, index: Int, attempts: Int = 60) -> MarginInstance? {
        for attempt in 0..<attempts {
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(index) << 20 | UInt64(attempt) | 1 << 40)
            var patterns = Set<[Int]>()
            var rows: [[Rational]] = []
            var draws = 0
            while rows.count < n && draws < 100 * n {
                draws += 1
                let signs = [1] + (1..<d).map { _ in rng.bool() ? 1 : -1 }
                guard patterns.insert(signs).inserted else { continue }
                let a = Rational(rng.int(in: 4...16), 8)
                rows.append(signs.map { a * Rational($0) })
            }
            guard rows.count == n,
                  let instance = try? MarginInstance(kind: "G2 Scaled-Rademacher", z: Matrix(rows)),
                  instance.isSeparated(linf: linfSeparation, l2: l2Separation) else { continue }
            return instance
        }
        return nil
    }
}
