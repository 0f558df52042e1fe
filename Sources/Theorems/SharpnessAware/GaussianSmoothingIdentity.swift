import ExactMath
import FloatMath
import Optimizers

/// A polynomial in d variables with rational coefficients, as a list of terms c·x^α.
public struct SparsePolynomial: Sendable, Hashable {
    public struct Term: Sendable, Hashable {
        public let coefficient: Rational
        public let exponents: [Int]
    }

    public let variables: Int
    public let terms: [Term]

    public init(variables: Int, terms: [Term]) {
        self.variables = variables
        self.terms = terms.filter { $0.coefficient != 0 }
    }

    public var degree: Int { terms.map { $0.exponents.reduce(0, +) }.max() ?? 0 }

    /// ∂/∂x_k, term by term.
    public func derivative(_ k: Int) -> SparsePolynomial {
        SparsePolynomial(variables: variables, terms: terms.compactMap { t in
            guard t.exponents[k] > 0 else { return nil }
            var e = t.exponents
            e[k] -= 1
            return Term(coefficient: t.coefficient * Rational(t.exponents[k]), exponents: e)
        })
    }

    /// tr ∇²f = Σₖ ∂²f/∂x_k².
    public var laplacian: SparsePolynomial {
        SparsePolynomial(variables: variables, terms: (0..<variables).flatMap { derivative($0).derivative($0).terms })
    }

    public func evaluate(at x: [Rational]) -> Rational {
        Rational.sum(terms.map { t in
            t.exponents.enumerated().reduce(t.coefficient) { acc, e in (0..<e.element).reduce(acc) { a, _ in a * x[e.offset] } }
        })
    }
}

/// The Gaussian perturbation of randomized smoothing, x + w with w ~ N(0, Σ(r)): the component
/// under test of ``GaussianSmoothingIdentity`` (the project's Σ(r) = r²I, i.e. w = rg with
/// g ~ N(0, I)).
public struct GaussianSmoothing: Sendable {
    public let name: String
    public let covariance: @Sendable (_ radius: Rational, _ dimension: Int) -> Matrix<Rational>
    public let moments: any GaussianMomentFormulas

    public init(_ name: String, moments: any GaussianMomentFormulas = ProjectGaussianMoments(),
                covariance: @escaping @Sendable (_ radius: Rational, _ dimension: Int) -> Matrix<Rational>) {
        self.name = name
        self.moments = moments
        self.covariance = covariance
    }

    public static let project = GaussianSmoothing("project") { r, d in (r * r) * Matrix<Rational>.identity(d) }

    /// E[∇f(x + w)] exactly: each monomial of ∂ₖf expanded in the ring of polynomials in w and
    /// integrated by Isserlis' theorem (degree ≤ 4 in w).
    public func expectedGradient(_ f: SparsePolynomial, at x: [Rational], radius r: Rational) throws -> [Rational] {
        let ring = GaussianPolynomialRing(taskCovariance: covariance(r, f.variables), moments: moments)
        let shifted = try (0..<f.variables).map { j in
            ring.add(ring.constant(x[j]), try ring.linear((0..<f.variables).map { $0 == j ? 1 : 0 }))
        }
        return try (0..<f.variables).map { k in
            var total = ring.constant(0)
            for t in f.derivative(k).terms {
                var product = ring.constant(t.coefficient)
                for (j, e) in t.exponents.enumerated() {
                    for _ in 0..<e { product = try ring.multiply(product, shifted[j]) }
                }
                total = ring.add(total, product)
            }
            return ring.expectation(total)
        }
    }
}

/// The smoothing identity behind randomly perturbed gradients: for a polynomial f of degree
/// ≤ 4 and g ~ N(0, I_d), E[∇f(x + rg)] = ∇f(x) + (r²/2)·∇ tr ∇²f(x) exactly — the perturbed
/// gradient is the gradient plus r²/2 times the gradient of the Hessian's trace, the flatness
/// measure of Ahn–Jadbabaie–Sra 2024, whose randomly smoothed method descends along it.
/// Exact: the left side by Isserlis' theorem on the expanded polynomial, the right side by
/// symbolic differentiation — two independent computations.
/// See Proofs/ahn-jadbabaie-sra-2024/gaussian-smoothing-identity.md.
public struct GaussianSmoothingIdentity: Theorem {
    public struct Instance: Sendable {
        public let f: SparsePolynomial
        public let point: [Rational]
        public let radius: Rational
    }

    public struct Measurement: Sendable {
        public let smoothed: [Rational]
        public let gradient: [Rational]
        /// ∇ tr ∇²f at x.
        public let traceGradient: [Rational]
    }

    public let id = "ahn-jadbabaie-sra-2024/gaussian-smoothing-identity"
    public let family = Family.sharpnessAware
    public let citation = Citation.ahnJadbabaieSra2024.at("the randomly smoothed gradient estimates the direction of decreasing tr ∇²f (abstract; the exact identity for polynomials is the project's derivation)")
    public let provenance = Provenance.derived(
        "the abstract measures flatness by the Hessian's trace and uses gradients at randomly perturbed points; the exact identity E∇f(x + rg) = ∇f + (r²/2)∇tr∇²f for degree ≤ 4 is the project's derivation (Taylor expansion, Proofs document)")
    public let statement = "For every polynomial f of degree ≤ 4 in d variables, x ∈ ℚᵈ, r ∈ ℚ and g ~ N(0, I_d): E[∇f(x + rg)] = ∇f(x) + (r²/2)∇ tr ∇²f(x)."

    public let smoothing: GaussianSmoothing

    public init(smoothing: GaussianSmoothing = .project) { self.smoothing = smoothing }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("deg f ≤ 4, d ≥ 2, r > 0") { i in
                i.f.degree <= 4 && i.f.variables >= 2 && i.radius > 0 ? nil : "deg = \(i.f.degree), d = \(i.f.variables), r = \(i.radius)"
            },
            Hypothesis("∇ tr ∇²f(x) ≠ 0 (the curvature term is visible)") { i in
                (0..<i.f.variables).contains { i.f.laplacian.derivative($0).evaluate(at: i.point) != 0 } ? nil : "∇ tr ∇²f(x) = 0"
            },
        ]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 8, thorough: 20)
        return try SlotSearch.draw(slots: count, attemptsPerSlot: 12, hypotheses: hypotheses) { slot, _, stream in
            var rng = SeededGenerator.stream(seed: seed, index: stream)
            let d = 2 + slot % 2
            var terms: [SparsePolynomial.Term] = []
            for _ in 0..<rng.int(in: 3...6) {
                var e = [Int](repeating: 0, count: d)
                for _ in 0..<rng.int(in: 1...4) { e[rng.int(in: 0...(d - 1))] += 1 }
                terms.append(.init(coefficient: Rational(rng.int(in: -6...6), rng.int(in: 1...3)), exponents: e))
            }
            let f = SparsePolynomial(variables: d, terms: terms)
            let x = (0..<d).map { _ in Rational(rng.int(in: -6...6), 2) }
            return .accept(Instance(f: f, point: x, radius: Rational(rng.int(in: 1...4), rng.int(in: 1...4))))
        }
    }

    public func summary(of i: Instance) -> String {
        "d=\(i.f.variables), deg f=\(i.f.degree), \(i.f.terms.count) terms, x=\(i.point.map(\.description)), r=\(i.radius)"
    }
    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d", i.f.variables), .int("degree", i.f.degree), .int("terms", i.f.terms.count), .exact("r", i.radius)]
    }

    public func measure(_ i: Instance) throws -> Measurement {
        let d = i.f.variables
        return Measurement(smoothed: try smoothing.expectedGradient(i.f, at: i.point, radius: i.radius),
                           gradient: (0..<d).map { i.f.derivative($0).evaluate(at: i.point) },
                           traceGradient: (0..<d).map { i.f.laplacian.derivative($0).evaluate(at: i.point) })
    }

    static func identity(_ m: Measurement, factor: Rational, _ what: String) -> Judgement {
        SAMAlgebra.equal(m.smoothed, zip(m.gradient, m.traceGradient).map { $0 + factor * $1 },
                         "max over k of |E∂ₖf(x + rg) − ∂ₖf(x) − \(what)·∂ₖ tr ∇²f(x)|, Isserlis against differentiation")
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("E[∇f(x + rg)] = ∇f(x) + (r²/2)∇ tr ∇²f(x), exactly", kind: .tight, exact: true) { i, m in
            Self.identity(m, factor: i.radius * i.radius / 2, "r²/2")
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("the factor is r²/(2d), as for a uniform perturbation on the radius-r sphere", kind: .tight, exact: true) { i, m in
                Self.identity(m, factor: i.radius * i.radius / (2 * Rational(i.f.variables)), "r²/(2d)")
            },
            Claim("Gaussian smoothing is unbiased for the gradient: E[∇f(x + rg)] = ∇f(x)", kind: .tight, exact: true) { _, m in
                Self.identity(m, factor: 0, "0")
            },
        ]
    }
}
