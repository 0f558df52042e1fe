import ExactMath
import FloatMath
import Optimizers

/// On Scaled-Rademacher data zᵢ = aᵢ·(1, sᵢ₂, …, sᵢ_d) (aᵢ > 0, sᵢⱼ = ±1, distinct sign
/// patterns) the ℓ1 max margin is γ₁ = minᵢ aᵢ, attained by e₁, and the ℓ1 maximizer is unique
/// iff for every coordinate j ≥ 2 the rows with aᵢ = min a do not all share sᵢⱼ. In
/// particular it is *not* unique whenever a single row attains min a (d ≥ 2).
///
/// [DERIVED] for this project (Hölder's inequality and the optimal-face argument of
/// Proofs/boyd-vandenberghe-2004/scaled-rademacher-l1-face.md); the data are the family's G2
/// generator after Baek–Song–Yun 2025, §3. The uniqueness side is decided by
/// ``PolyhedralMaximizerSet`` (exact LPs, independently verified), so the theorem is also an
/// end-to-end check of that oracle against a closed form.
public struct ScaledRademacherL1Face: Theorem {
    public struct Measurement: Sendable {
        /// γ₁ from the exact LP, min aᵢ = minᵢ |zᵢ₁|, and the normalized ℓ1 margin of e₁.
        public let margin: Rational
        public let smallestScale: Rational
        public let marginOfE1: Rational
        /// The oracle's decision and the closed form's prediction.
        public let decidedUnique: Bool
        public let predictedUnique: Bool
        /// A 0-based column ≥ 1 (coordinate j ≥ 2 in the statement's 1-based terms) on which
        /// every smallest-scale row agrees (nil: none, so e₁ is unique).
        public let sharedCoordinate: Int?
        /// The oracle's own verification (nil = verified).
        public let oracleFailure: String?
    }

    public let id = "boyd-vandenberghe-2004/scaled-rademacher-l1-face"
    public let family = Family.implicitBias
    public let citation = Citation.boydVandenberghe2004.at("§4.3 (linear programs), Hölder's inequality (project result on Scaled-Rademacher data, after Baek–Song–Yun 2025, §3)")
    public let provenance = Provenance.derived("the project's result on Scaled-Rademacher data (after Baek–Song–Yun 2025 §3), proved with LP duality and Hölder's inequality; not a theorem of the book")
    public let statement = "On Scaled-Rademacher data zᵢ = aᵢ(1, sᵢ): γ₁ = min aᵢ, attained by e₁; the ℓ1 maximizer is unique iff no coordinate j ≥ 2 has the same sign in every row with aᵢ = min a."

    public init() {}

    public var hypotheses: [Hypothesis<MarginInstance>] {
        [Hypothesis("every row is aᵢ·(1, ±1, …, ±1) with aᵢ > 0 (exact)") { x in
            for i in 0..<x.z.rows {
                let a = x.z[i, 0]
                guard a > 0, x.z.row(i).allSatisfy({ $0.absoluteValue == a }) else { return "row \(i) is not Scaled-Rademacher" }
            }
            return nil
        }]
    }

    /// A fixed instance in which the criterion predicts uniqueness: the two rows with
    /// a = min a = 1 are (1, 1, 1) and (1, −1, −1), which disagree in both coordinates j ≥ 2.
    /// Random G2 draws rarely tie at min a (none at seed 1, quick or standard), so without it
    /// the "unique" direction of the criterion would go untested at the default seed.
    static let tieInstance: MarginInstance? = try? MarginInstance(kind: "G2 fixed tie at min a", z: Matrix([
        [1, 1, 1], [1, -1, -1], [2, 2, -2], [3, -3, 3],
    ].map { $0.map { Rational($0) } }))

    /// A fixed instance in which the criterion predicts a whole face: the single row with
    /// a = min a = 1 is (1, 1, −1). Together with ``tieInstance`` it puts both directions of the
    /// criterion, and hence both false variants, to the test on every seed.
    static let faceInstance: MarginInstance? = try? MarginInstance(kind: "G2 fixed single row at min a", z: Matrix([
        [1, 1, -1], [2, -2, 2], [3, 3, 3], [2, -2, -2],
    ].map { $0.map { Rational($0) } }))

    /// The two fixed instances, then G2 instances without a separation gate (no dynamics, no
    /// negative control on a geometry) in three shapes.
    public func instances(seed: UInt64, scale: Scale) -> [MarginInstance] {
        let count = scale.pick(quick: 2, standard: 8, thorough: 24)
        let shapes = [(8, 5), (4, 3), (12, 6)]
        var out: [MarginInstance] = [Self.tieInstance, Self.faceInstance].compactMap { $0 }
        for i in 0..<count {
            let (n, d) = shapes[i % shapes.count]
            if let x = MarginInstances.scaledRademacher(n: n, d: d, linfSeparation: 0, l2Separation: 0,
                                                        seed: seed ^ 0x51F, index: i, attempts: 4) { out.append(x) }
        }
        return out
    }

    public func summary(of instance: MarginInstance) -> String {
        "G2 n=\(instance.z.rows) d=\(instance.z.columns), min a = \(Self.smallestScale(instance.z))"
    }

    static func smallestScale(_ z: Matrix<Rational>) -> Rational {
        (0..<z.rows).map { z[$0, 0] }.min() ?? .zero
    }

    public func measure(_ x: MarginInstance) throws -> Measurement {
        let z = x.z, d = z.columns
        let face = try PolyhedralMaximizerSet(z, l1: true)
        let a = Self.smallestScale(z)
        let minimal = (0..<z.rows).filter { z[$0, 0] == a }
        let shared = (1..<d).first { j in Set(minimal.map { z[$0, j].signum }).count == 1 }
        let e1 = (0..<d).map { $0 == 0 ? Rational.one : .zero }
        return Measurement(margin: face.margin, smallestScale: a,
                           marginOfE1: MaxMarginCertificate.polyhedralMargin(z, e1, l1: true) ?? .zero,
                           decidedUnique: face.isUnique, predictedUnique: shared == nil,
                           sharedCoordinate: shared, oracleFailure: MaximizerSetCertificate.verify(face))
    }

    public var claim: Claim<MarginInstance, Measurement> {
        Claim("γ₁ = min aᵢ = γ₁(e₁), and the exact uniqueness oracle agrees with the closed-form criterion", kind: .tight, exact: true) { _, m in
            if let why = m.oracleFailure { return Judgement(.refuted, reason: "uniqueness certificate rejected: \(why)") }
            let mismatches = [m.margin != m.smallestScale, m.marginOfE1 != m.margin, m.decidedUnique != m.predictedUnique]
                .filter { $0 }.count
            let shared = m.sharedCoordinate.map { "rows with aᵢ = min a agree in coordinate j = \($0 + 1)" } ?? "no coordinate j ≥ 2 shared by the rows with aᵢ = min a"
            return .exact(measured: Rational(mismatches), .equal, predicted: 0,
                          certificate: "γ₁ = \(m.margin), min a = \(m.smallestScale); \(shared); oracle: ℓ1 maximizer \(m.decidedUnique ? "unique" : "not unique") (verified)")
        }
    }

    public var falseVariants: [Claim<MarginInstance, Measurement>] {
        [
            Claim("the ℓ1 maximizer on Scaled-Rademacher data is unique (e₁ is the only ℓ1 max-margin direction)", kind: .tight, exact: true) { _, m in
                .exact(measured: m.decidedUnique ? 1 : 0, .equal, predicted: 1)
            },
            Claim("the ℓ1 maximizer on Scaled-Rademacher data is never unique (the optimal set is always a face)", kind: .tight, exact: true) { _, m in
                .exact(measured: m.decidedUnique ? 0 : 1, .equal, predicted: 1)
            },
        ]
    }
}
