import ExactMath
import FloatMath
import Optimizers

/// Shuffling without component convexity (Ahn–Yun–Sra, NeurIPS 2020, "SGD with Shuffling:
/// Optimal Rates without Component Convexity and Large Epoch Requirements": RR and SS attain
/// their rates for PŁ costs whose components need not be convex), on the quadratic case:
/// F = (1/n)Σᵢ ½xᵀAᵢx with some Aᵢ **indefinite** and the mean A = Q·diag(μ, Λ)·Qᵀ ≻ 0, every
/// ∇fᵢ(x*) = 0 (x* = 0). Random reshuffling contracts in mean square: the RR epoch operator
/// T(S) = E_π[M_π S M_πᵀ] has ρ(T) ≤ q² < 1 with the derived per-epoch factor
/// q = 1 − nημ + r(η), r(η) = Πᵢ(1 + ηLᵢ) − 1 − ηΣᵢLᵢ, Lᵢ ≥ ‖Aᵢ‖₂ (Gershgorin), whenever
/// nηΛ ≤ 1 and q < 1; and E‖x_K − x*‖² ≤ q^{2K}‖x₀ − x*‖². The component indefiniteness
/// enters only at second order in η (the first-order part of every epoch map is I − nηA).
///
/// ρ(T) is decided exactly with no eigenvalue computed: C_K = T*^K(I) is read off the exact
/// E‖x_K − x*‖² of the method under test from three starts (polarization), the minimal linear
/// recurrence of C_K on Sym(2) (order ≤ 3) gives the minimal polynomial of I under T*, the recurrence is
/// verified on one more epoch, and Schur–Cohn / closed-disk tests decide ρ against q² (and
/// against the false variants' rates). See
/// Proofs/ahn-yun-sra-2020/rr-contracts-without-component-convexity.md.
public struct IndefiniteComponentsContraction: Theorem {
    public struct Instance: Sendable {
        /// The mean Hessian's rational orthogonal eigenbasis and eigenvalues μ ≤ Λ.
        public let q: Matrix<Rational>
        public let mu: Rational, lambda: Rational
        /// The deviations Dᵢ = Aᵢ − A (symmetric, Σ Dᵢ = 0).
        public let deviations: [Matrix<Rational>]
        public let step: Rational
        public var mean: Matrix<Rational> { q * .diagonal([mu, lambda]) * q.transposed }
        public var hessians: [Matrix<Rational>] { let a = mean; return deviations.map { a + $0 } }
        public var problem: QuadraticFiniteSum<Rational> {
            QuadraticFiniteSum(hessians: hessians, linears: hessians.map { _ in Vector<Rational>.zero(2) })
        }
        /// Lᵢ = maxᵣ Σₛ|(Aᵢ)ᵣₛ| ≥ ‖Aᵢ‖₂.
        public var componentBounds: [Rational] { hessians.map(IndefiniteComponentsContraction.gershgorin) }
        /// The derived per-epoch factor q = 1 − nημ + Πᵢ(1 + ηLᵢ) − 1 − ηΣLᵢ.
        public var factor: Rational { IndefiniteComponentsContraction.factor(n: deviations.count, step: step, mu: mu, bounds: componentBounds) }
    }

    /// The exact mean-square recurrence of one scheme.
    public struct MeanSquare: Sendable {
        /// C_K = T*^K(I), K = 0…4 (uᵀC_Ku = E‖x_K − x*‖² from x₀ = u).
        public let c: [Matrix<Rational>]
        /// The minimal polynomial of I under T* (its roots are the eigenvalues of T* on the Krylov
        /// space of I); nil when no recurrence of order ≤ 3 was found.
        public let evidence: SpectralRadiusEvidence?
        /// nil when C₄ obeys the recurrence found from C₀…C₃, else what failed.
        public let recurrenceFailure: String?
    }

    public struct Measurement: Sendable {
        public let reshuffling: MeanSquare
        public let withReplacement: MeanSquare
    }

    public let id = "ahn-yun-sra-2020/rr-contracts-without-component-convexity"
    public let family = Family.shuffling
    public let citation = Citation.ahnYunSra2020.at("abstract: rates for PŁ costs without component convexity (quadratic case)")
    public let provenance = Provenance.paperShape("the abstract's claim that RR converges for PŁ costs without convex components; the factor q and both false variants are the project's (Proofs/ahn-yun-sra-2020/rr-contracts-without-component-convexity.md), no constant of the paper is used")
    public let statement = "With some Aᵢ indefinite, A = (1/n)ΣAᵢ ⪰ μI, ∇fᵢ(x*) = 0, nηΛ ≤ 1 and q = 1 − nημ + Π(1+ηLᵢ) − 1 − ηΣLᵢ < 1, RR's mean-square epoch operator has ρ ≤ q² < 1 and E‖x_K − x*‖² ≤ q^{2K}‖x₀ − x*‖², exactly."

    public let methods: any ShufflingMethods

    public init(methods: any ShufflingMethods = .project) {
        self.methods = methods
    }

    static func gershgorin(_ a: Matrix<Rational>) -> Rational {
        (0..<a.rows).map { r in Rational.sum((0..<a.columns).map { a[r, $0].absoluteValue }) }.max() ?? 0
    }

    static func factor(n: Int, step: Rational, mu: Rational, bounds: [Rational]) -> Rational {
        let product = bounds.reduce(Rational(1)) { $0 * (1 + step * $1) }
        return 1 - Rational(n) * step * mu + product - 1 - step * Rational.sum(bounds)
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("μI ⪯ A ⪯ ΛI with Q orthogonal, ΣDᵢ = 0, some Aᵢ indefinite (det Aᵢ < 0), nηΛ ≤ 1 and q < 1 (exact)") { i in
                let id = Matrix<Rational>.identity(2)
                guard i.q * i.q.transposed == id else { return "Q is not orthogonal" }
                guard i.mu > 0, i.mu <= i.lambda else { return "not 0 < μ ≤ Λ" }
                let a = i.mean
                guard (a - i.mu * id).isPositiveSemidefinite, (i.lambda * id - a).isPositiveSemidefinite else { return "A outside [μI, ΛI]" }
                guard i.deviations.count >= 2, i.deviations.allSatisfy(\.isSymmetric) else { return "fewer than two components or a non-symmetric Dᵢ" }
                let total = i.deviations.reduce(Matrix<Rational>.zero(rows: 2, columns: 2), +)
                guard total.elements.allSatisfy(\.isZero) else { return "ΣDᵢ ≠ 0" }
                let indefinite = i.hessians.contains { h in (try? h.determinant()).map { $0 < 0 } ?? false }
                guard indefinite else { return "every component is convex or concave (no det Aᵢ < 0)" }
                guard i.step > 0, Rational(i.deviations.count) * i.step * i.lambda <= 1 else { return "nηΛ > 1" }
                guard i.factor < 1 else { return "q ≥ 1" }
                return nil
            },
        ]
    }

    /// A = Q·diag(μ, Λ)·Qᵀ (one rational reflection), μ ∈ {1/2, 1}, Λ ∈ {1, 2, 3}; integer
    /// symmetric Dᵢ with entries in −3…3 for i < n and D_n = −ΣDᵢ; a draw with no indefinite
    /// component is rejected. The step is the largest η = 2⁻ᵏ with nηΛ ≤ 1 and q(η) < 1, halved
    /// on every other instance.
    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 3, standard: 8, thorough: 16)
        let maxN = scale.pick(quick: 3, standard: 4, thorough: 5)
        return try InstanceSearch.draw(count: count, maxAttempts: 6 * count, minimumAcceptance: 0.3, hypotheses: hypotheses) { index in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(index))
            let n = rng.int(in: 2...maxN)
            let q = RationalOrthogonal.random(dimension: 2, reflections: 1, bound: 2, using: &rng)
            let mu = [Rational(1, 2), Rational(1)][rng.int(in: 0...1)]
            let lambda = Rational(rng.int(in: 1...3))
            var deviations: [Matrix<Rational>] = (0..<(n - 1)).map { _ in
                let a = Rational(rng.int(in: -3...3)), b = Rational(rng.int(in: -3...3)), c = Rational(rng.int(in: -3...3))
                return Matrix<Rational>([[a, b], [b, c]])
            }
            deviations.append(Rational(-1) * deviations.reduce(Matrix<Rational>.zero(rows: 2, columns: 2), +))
            let probe = Instance(q: q, mu: mu, lambda: lambda, deviations: deviations, step: 1)
            guard probe.hessians.contains(where: { h in (try? h.determinant()).map { $0 < 0 } ?? false }) else {
                return .reject("no indefinite component")
            }
            let bounds = probe.componentBounds
            guard var step = (1...30).lazy.map({ Rational(1, 1 << $0) }).first(where: { eta in
                Rational(n) * eta * lambda <= 1 && Self.factor(n: n, step: eta, mu: mu, bounds: bounds) < 1
            }) else { return .reject("no dyadic step with q < 1") }
            if index % 2 == 1 { step = step / 2 }
            return .accept(Instance(q: q, mu: mu, lambda: lambda, deviations: deviations, step: step))
        }
    }

    public func summary(of i: Instance) -> String {
        "n=\(i.deviations.count), μ=\(i.mu), Λ=\(i.lambda), η=\(i.step), q=\(Quantity.format(i.factor.doubleValue)), A₁…Aₙ = \(i.hessians.map { "\($0.elements)" }.joined(separator: " "))"
    }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("n", i.deviations.count), .int("d", 2), .exact("μ", i.mu), .exact("Λ", i.lambda), .exact("η", i.step),
         .exact("q", i.factor), .text("schemes", "rr, sgd")]
    }

    /// The mean-square recurrence of `scheme` from the exact E‖x_K − x*‖² of the method under test.
    func meanSquare(_ scheme: ShufflingScheme, _ i: Instance) throws -> MeanSquare {
        let p = i.problem
        let starts = [Vector<Rational>([1, 0]), Vector<Rational>([0, 1]), Vector<Rational>([1, 1])]
        var c = [Matrix<Rational>.identity(2)]
        for k in 1...4 {
            let f = try starts.map { try methods.expectation(scheme, problem: p, step: i.step, from: $0, epochs: k).expectedSquaredDistance }
            let off = (f[2] - f[0] - f[1]) / 2
            c.append(Matrix<Rational>([[f[0], off], [off, f[1]]]))
        }
        // The minimal recurrence C_m = Σ_{j<m} a_j C_j (m ≤ dim Sym(2) = 3), verified on C_{m+1}.
        guard let (m, a) = try Self.minimalRecurrence(c) else { return MeanSquare(c: c, evidence: nil, recurrenceFailure: nil) }
        let predicted = (0..<m).reduce(Matrix<Rational>.zero(rows: 2, columns: 2)) { $0 + a[$1] * c[$1 + 1] }
        let failure = predicted == c[m + 1] ? nil
            : "C_\(m + 1) ≠ Σ a_j C_{j+1} for the recurrence of C₀…C_\(m): E‖x_K − x*‖² is not generated by one fixed epoch map"
        let poly = Polynomial(coefficients: a.map { -$0 } + [1])
        return MeanSquare(c: c, evidence: SpectralRadiusEvidence(polynomials: [poly]), recurrenceFailure: failure)
    }

    /// The smallest m with C_m in the span of C₀…C_{m−1}, and the coefficients a with
    /// C_m = Σ_{j<m} a_j C_j, exactly (Cramer's rule on a nonsingular m × m minor of the
    /// coordinates (s₁₁, s₂₂, s₁₂), checked on every coordinate); nil if C₀…C₃ are independent,
    /// which cannot happen in the three-dimensional Sym(2).
    static func minimalRecurrence(_ c: [Matrix<Rational>]) throws -> (Int, [Rational])? {
        func coords(_ m: Matrix<Rational>) -> [Rational] { [m[0, 0], m[1, 1], m[0, 1]] }
        let rowSets: [[[Int]]] = [[], [[0], [1], [2]], [[0, 1], [0, 2], [1, 2]], [[0, 1, 2]]]
        for m in 1...3 {
            let target = coords(c[m])
            for rows in rowSets[m] {
                let g = Matrix<Rational>(rows: m, columns: m) { r, s in coords(c[s])[rows[r]] }
                let det = try g.determinant()
                guard !det.isZero else { continue }
                let a: [Rational] = try (0..<m).map { j in
                    try Matrix<Rational>(rows: m, columns: m) { r, s in s == j ? target[rows[r]] : g[r, s] }.determinant() / det
                }
                let combination = (0..<m).reduce(Matrix<Rational>.zero(rows: 2, columns: 2)) { $0 + a[$1] * c[$1] }
                if combination == c[m] { return (m, a) }
                break
            }
        }
        return nil
    }

    public func measure(_ i: Instance) throws -> Measurement {
        Measurement(reshuffling: try meanSquare(.randomReshuffling, i), withReplacement: try meanSquare(.withReplacement, i))
    }

    static func usable(_ m: MeanSquare, _ name: String) -> (SpectralRadiusEvidence?, Judgement?) {
        if let f = m.recurrenceFailure {
            return (nil, Judgement(.refuted, relation: .equal, certificate: "\(name): \(f)"))
        }
        guard let e = m.evidence else { return (nil, Judgement(.refuted, relation: .equal, certificate: "\(name): C₀…C₃ are linearly independent in the three-dimensional Sym(2)")) }
        return (e, nil)
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("ρ(T_RR) ≤ q² < 1 and E‖x_K − x*‖² ≤ q^{2K}‖x₀ − x*‖² for K = 1…4 from three starts, exactly", kind: .upperBound, exact: true) { i, m in
            let (rr, bad) = Self.usable(m.reshuffling, "RR")
            guard let rr else { return bad ?? .inconclusive("no RR evidence") }
            let q = i.factor
            var parts: [(String, Judgement)] = [("ρ(T_RR) ≤ q²", rr.judgeAtMost(q * q))]
            let starts = [Vector<Rational>([1, 0]), Vector<Rational>([0, 1]), Vector<Rational>([1, 1])]
            for k in 1...4 {
                let worst = starts.map { u in u.dot(m.reshuffling.c[k] * u) / u.squaredNorm }.max() ?? 0
                parts.append(("max E‖x_\(k)‖²/‖x₀‖² ≤ q^\(2 * k)", .exact(measured: worst, .atMost, predicted: q.power(2 * k))))
            }
            return JudgementConjunction.all(parts)
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("without convex components shuffling cannot beat full-batch GD: ρ(T_RR) ≥ (1 − ημ)^{2n}", kind: .lowerBound, exact: true) { i, m in
                let (rr, bad) = Self.usable(m.reshuffling, "RR")
                guard let rr else { return bad ?? .inconclusive("no RR evidence") }
                return rr.judgeAtLeast((1 - i.step * i.mu).power(2 * i.deviations.count))
            },
            Claim("with-replacement SGD contracts as fast as RR at the same step: ρ(T_SGD) ≤ ρ(T_RR)", kind: .upperBound, exact: true) { _, m in
                let (rr, badRR) = Self.usable(m.reshuffling, "RR"), (sgd, badSGD) = Self.usable(m.withReplacement, "SGD")
                guard let rr, let sgd else { return badRR ?? badSGD ?? .inconclusive("no evidence") }
                if sgd.polynomials == rr.polynomials {
                    return Judgement(.holds, relation: .atMost, certificate: "det(zI − T*) is the same polynomial for SGD and RR: ρ(T_SGD) = ρ(T_RR)")
                }
                guard let b = rr.reportBracket else { return .inconclusive("no certified bracket of ρ(T_RR)") }
                guard let above = sgd.isAtMost(b.upper), let below = sgd.isBelow(b.lower) else {
                    return .inconclusive("a spectral certificate failed verification")
                }
                if !above {
                    return Judgement(.refuted, predicted: .exact(b.upper), measured: sgd.reportBracket.map { .exact($0.upper) }, relation: .atMost,
                                     tolerance: .exact(0), certificate: "closed-disk test: ρ(T_SGD) > \(b.upper) ≥ ρ(T_RR) (certified bracket of ρ(T_RR))")
                }
                if below || b.lower == b.upper {
                    return Judgement(.holds, predicted: .exact(b.lower), relation: .atMost, tolerance: .exact(0),
                                     certificate: "Schur–Cohn: ρ(T_SGD) < \(b.lower) < ρ(T_RR)")
                }
                return .inconclusive("ρ(T_SGD) within the width of ρ(T_RR)'s bracket")
            },
        ]
    }
}
