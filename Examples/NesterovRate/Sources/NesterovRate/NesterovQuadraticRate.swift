import ExactMath
import FloatMath
import Optimizers
import Theorems

extension Citation {
    /// Y. Nesterov, *Introductory Lectures on Convex Optimization* (Springer, 2004), §2.2.1.
    public static let nesterov2004 = Citation(
        authors: ["Yurii Nesterov"], title: "Introductory Lectures on Convex Optimization: A Basic Course",
        venue: "Springer", year: 2004, bibtexKey: "nesterov2004introductory", entryType: "book")
}

/// Nesterov's method with η = 1/L and β = (√κ − 1)/(√κ + 1) on f = ½xᵀAx, μI ⪯ A ⪯ LI
/// (μ, L eigenvalues), has iteration-matrix spectral radius exactly 1 − 1/√κ.
///
/// Derivation (the example's own, so its provenance is `derived`): on an eigenvector with
/// eigenvalue λ the method is the 2×2 map with characteristic polynomial
/// z² − (1 + β)(1 − λ/L) z + β(1 − λ/L). At λ = μ its discriminant is
/// (1 − 1/κ)((1 + β)²(1 − 1/κ) − 4β) = 0 — a double root z = (1 + β)(1 − 1/κ)/2 = 1 − 1/√κ;
/// for μ < λ < L the roots are complex with |z|² = β(1 − λ/L) < β(1 − 1/κ) = (1 − 1/√κ)²; at
/// λ = L both are 0. Instances take √μ and √L rational, so the rate is rational and the
/// claim is decided exactly (closed-disk and Schur–Cohn tests, `SpectralRadiusEvidence`).
public struct NesterovQuadraticRate: Theorem {
    public struct Instance: Sendable {
        public let quadratic: SpectralQuadratic
        public let sqrtMu: Rational
        public let sqrtL: Rational
    }

    public let id = "nesterov-2004/tuned-quadratic-rate"
    public let family = Family("example")
    public let citation = Citation.nesterov2004.at("§2.2.1 (constant-momentum scheme, strongly convex case)")
    public let provenance = Provenance.derived("exact rate on quadratics derived in the example's doc comment; the book states the 1 − 1/√κ rate as an upper bound")
    public let statement = "Nesterov's method with η = 1/L, β = (√κ−1)/(√κ+1) on f = ½xᵀAx with μI ⪯ A ⪯ LI has spectral radius exactly 1 − 1/√κ."

    /// The implementation under test: the example's own by default, a broken one in the tests.
    public let method: @Sendable (_ stepSize: Rational, _ momentum: Rational) -> Nesterov<Rational>

    public init(method: @escaping @Sendable (Rational, Rational) -> Nesterov<Rational> = { Nesterov(stepSize: $0, momentum: $1) }) {
        self.method = method
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [Hypothesis("√μ, √L are rational square roots of the extreme eigenvalues") { i in
            i.sqrtMu * i.sqrtMu == i.quadratic.mu && i.sqrtL * i.sqrtL == i.quadratic.smoothness && i.sqrtMu < i.sqrtL
                ? nil : "√μ, √L do not match the spectrum"
        }]
    }

    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 10, thorough: 30)
        return try InstanceSearch.draw(count: count, maxAttempts: 2 * count, hypotheses: hypotheses) { i in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(i))
            let d = rng.int(in: 2...3)
            let sqrtMu = Rational(rng.int(in: 1...3), rng.int(in: 1...3))
            let sqrtL = sqrtMu * Rational(rng.int(in: 2...8))
            do {
                let q = try SpectralQuadratic.random(dimension: d, mu: sqrtMu * sqrtMu, smoothness: sqrtL * sqrtL, using: &rng)
                return .accept(Instance(quadratic: q, sqrtMu: sqrtMu, sqrtL: sqrtL))
            } catch {
                return .reject("the spectral quadratic could not be drawn: \(error)")
            }
        }
    }

    public func summary(of i: Instance) -> String { i.quadratic.summary }

    public func parameters(of i: Instance) -> [InstanceParameter] {
        [.int("d", i.quadratic.dimension), .exact("mu", i.quadratic.mu), .exact("L", i.quadratic.smoothness)]
    }

    public func measure(_ i: Instance) -> SpectralRadiusEvidence {
        let sqrtKappa = i.sqrtL / i.sqrtMu
        let m = method(1 / i.quadratic.smoothness, (sqrtKappa - 1) / (sqrtKappa + 1))
        return SpectralRadiusEvidence(matrix: m.iterationMatrix(hessian: i.quadratic.hessian))
    }

    public var claim: Claim<Instance, SpectralRadiusEvidence> {
        Claim("ρ(M_Nesterov) = 1 − 1/√κ, exactly", kind: .tight, exact: true) { i, e in
            e.judgeEqual(1 - i.sqrtMu / i.sqrtL)
        }
    }

    public var falseVariants: [Claim<Instance, SpectralRadiusEvidence>] {
        [
            // Heavy ball's rate: a plausible confusion of the two accelerated methods.
            Claim("Nesterov attains heavy ball's rate (√κ−1)/(√κ+1)", kind: .upperBound, exact: true) { i, e in
                e.judgeAtMost((i.sqrtL - i.sqrtMu) / (i.sqrtL + i.sqrtMu))
            },
        ]
    }
}
