import ExactMath
import FloatMath
import Optimizers

/// Mirror descent with ψ = ½‖w‖² — gradient descent — on an under-determined least-squares
/// problem converges from w₀ to the Euclidean projection of w₀ onto {Xw = y}:
/// w∞ = w₀ + X⁺(y − Xw₀), for every 0 < η < 2/λ_max(XXᵀ) (the ψ = ½‖·‖² case of the
/// Bregman-closest interpolant, Sun–Gatmiry–Ahn–Azizan, JMLR 2023). Decided exactly, with a
/// convergence certificate: the method's own affine map w ↦ Mw + c fixes w∞, w₀ − w∞ lies in
/// range Xᵀ, M maps range Xᵀ to itself as MXᵀ = XᵀN, and ρ(N) < 1 by Schur–Cohn; so
/// w_t − w∞ = XᵀNᵗβ → 0. See Proofs/sun-gatmiry-ahn-azizan-2023/gd-regression-euclidean-interpolant.md.
public struct GradientDescentRegressionLimit: Theorem {
    public struct Instance: Sendable {
        public let x: Matrix<Rational>, y: Vector<Rational>, w0: Vector<Rational>
        public let step: Rational
    }

    public struct Measurement: Sendable {
        public let map: AffineMap<Rational>
        /// N with MXᵀ = XᵀN, when M maps range Xᵀ into itself.
        public let restricted: SpectralRadiusEvidence?
        /// Whether M fixes null X pointwise and c ∈ range Xᵀ (so the null-space part of wₜ is invariant).
        public let nullSpaceInvariant: Bool
        public let projector: Matrix<Rational>
        public let euclidean: Vector<Rational>, minimumNorm: Vector<Rational>, scaledResidualStep: Vector<Rational>
    }

    public let id = "sun-gatmiry-ahn-azizan-2023/gd-regression-euclidean-interpolant"
    public let family = Family.landscapes
    public let citation = Citation.sunGatmiryAhnAzizan2023.at("regression, the Euclidean potential ψ = ½‖w‖² (GD) as the base case")
    public let provenance = Provenance.derived(
        "classical linear algebra re-derived in the Proofs document (the GD map on range Xᵀ and null X); the paper is cited for the mirror-descent statement it specialises")
    public let statement = "GD with 0 < η < 2/λ_max(XXᵀ) on ½‖Xw − y‖² (X full row rank, n < d) converges from w₀ to w₀ + X⁺(y − Xw₀), exactly certified."
    public let methods: ClassicalMethods

    public init(methods: ClassicalMethods = .project) { self.methods = methods }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("X full row rank with n < d") { i in
                i.x.rows < i.x.columns && i.x.rank(tolerance: 0) == i.x.rows ? nil : "rank X < n or n ≥ d"
            },
            Hypothesis("0 < η < 2/tr(XXᵀ) ≤ 2/λ_max(XXᵀ)") { i in
                let tr = (i.x * i.x.transposed).trace
                return i.step > 0 && i.step * tr < 2 ? nil : "η = \(i.step), tr XXᵀ = \(tr)"
            },
            Hypothesis("w₀ ∉ range Xᵀ (so the projection of w₀ differs from X⁺y)") { i in
                let p = Matrix<Rational>.identity(i.x.columns) - i.x.transposed * ((try? (i.x * i.x.transposed).inverse()) ?? .zero(rows: i.x.rows, columns: i.x.rows)) * i.x
                return (p * i.w0).elements.contains { $0 != 0 } ? nil : "w₀ ∈ range Xᵀ"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 5, standard: 12, thorough: 36)
        // n cycles through 1, 2, 3 by slot: with one row X⁺ = Xᵀ/‖X‖²_F, so only n ≥ 2 tells the
        // second false variant apart, and every seed must draw some such instance.
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 6, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let n = 1 + slot % 3, d = n + rng.int(in: 1...3)
            let x = Matrix<Rational>(rows: n, columns: d) { _, _ in Rational(rng.int(in: -3...3), rng.int(in: 1...2)) }
            let y = Vector((0..<n).map { _ in Rational(rng.int(in: -4...4), 2) })
            let w0 = Vector((0..<d).map { _ in Rational(rng.int(in: -4...4), 2) })
            let tr = (x * x.transposed).trace
            guard tr > 0 else { return .reject("X = 0") }
            return .accept(Instance(x: x, y: y, w0: w0, step: Rational(rng.int(in: 1...19), 10) / tr))
        }
    }

    public func summary(of i: Instance) -> String { "n=\(i.x.rows), d=\(i.x.columns), η=\(i.step), w₀=\(i.w0.elements)" }
    public func parameters(of i: Instance) -> [InstanceParameter] { [.int("n", i.x.rows), .int("d", i.x.columns), .exact("eta", i.step)] }

    public func measure(_ i: Instance) throws -> Measurement {
        let xt = i.x.transposed, d = i.x.columns
        let objective = QuadraticObjective(hessian: xt * i.x, linear: xt * i.y)
        let gd = methods.gradientDescent.exact(FirstOrderParameters(step: i.step))
        let c = gd.step(.zero(d), on: objective)
        let columns = (0..<d).map { gd.step(.basis($0, d), on: objective) - c }
        let m = Matrix(rows: d, columns: d) { r, k in columns[k][r] }
        let gramInverse = try (i.x * xt).inverse()
        let pinv = xt * gramInverse
        let projector = Matrix<Rational>.identity(d) - pinv * i.x
        let n = gramInverse * i.x * m * xt
        let restricted = m * xt == xt * n ? SpectralRadiusEvidence(matrix: n) : nil
        let invariant = m * projector == projector && (projector * c).elements.allSatisfy { $0 == 0 }
        let euclidean = i.w0 + pinv * (i.y - i.x * i.w0)
        let fro = i.x.elements.reduce(Rational.zero) { $0 + $1 * $1 }
        return Measurement(map: AffineMap(linear: m, offset: c), restricted: restricted, nullSpaceInvariant: invariant, projector: projector,
                           euclidean: euclidean, minimumNorm: pinv * i.y, scaledResidualStep: i.w0 + (1 / fro) * (xt * (i.y - i.x * i.w0)))
    }

    /// Decides "wₜ → L" exactly.
    static func judgeLimit(_ i: Instance, _ m: Measurement, _ limit: Vector<Rational>, name: String) -> Judgement {
        if m.map.apply(limit) != limit {
            return Judgement(.refuted, relation: .equal, tolerance: .exact(0), certificate: "\(name) is not a fixed point of the exact GD map, so it is no limit")
        }
        let e0 = i.w0 - limit
        if m.nullSpaceInvariant, (m.projector * e0).elements.contains(where: { $0 != 0 }) {
            let gap = (m.projector * e0).maxAbsEntry
            return Judgement(.refuted, predicted: .exact(0), measured: .exact(gap), relation: .equal, tolerance: .exact(0),
                             certificate: "the null-X part of wₜ is invariant (M P = P, P c = 0) and differs from \(name)'s by \(gap) in max norm")
        }
        guard let n = m.restricted else {
            return .inconclusive("M does not map range Xᵀ into itself: no convergence certificate")
        }
        guard (m.projector * e0).elements.allSatisfy({ $0 == 0 }) else {
            return .inconclusive("w₀ − \(name) ∉ range Xᵀ and the null space is not invariant: no certificate")
        }
        var j = n.judgeBelow(1)
        j.certificate = "\(name) fixed by the exact map; w₀ − \(name) ∈ range Xᵀ; MXᵀ = XᵀN; \(j.certificate ?? "")"
        return j
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("wₜ → w₀ + X⁺(y − Xw₀), certified exactly (fixed point, range Xᵀ invariant, ρ(N) < 1)", kind: .tight, exact: true) { i, m in
            Self.judgeLimit(i, m, m.euclidean, name: "w₀ + X⁺(y − Xw₀)")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("GD converges to the minimum-norm interpolant X⁺y whatever w₀", kind: .tight, exact: true) { i, m in
                Self.judgeLimit(i, m, m.minimumNorm, name: "X⁺y")
            },
            Claim("GD converges to one normalised residual step, w₀ + Xᵀ(y − Xw₀)/‖X‖²_F (X⁺ replaced by Xᵀ/‖X‖²_F)", kind: .tight, exact: true) { i, m in
                Self.judgeLimit(i, m, m.scaledResidualStep, name: "w₀ + Xᵀ(y − Xw₀)/‖X‖²_F")
            },
        ]
    }
}
