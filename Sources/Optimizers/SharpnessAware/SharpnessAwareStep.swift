import ExactMath
import RealModule

/// One step of a sharpness-aware method: ascend from x along the ascent objective's gradient
/// with radius ρ to y, then descend from x with the descent objective's gradient at y,
/// x⁺ = x − η∇f(y). Stochastic SAM passes one component for both (the same sample) or two
/// (independent samples); deterministic SAM passes the full objective twice.
///
/// Generic over the scalar so the theorems run the implementation exactly (ℚ), simulate it
/// (Float64) and differentiate it (``DualNumber``).
public protocol SAMStepRule: Sendable {
    func step<S: SAMScalar>(_ x: [S], ascent: any SAMObjective, descent: any SAMObjective,
                            step eta: Rational, radius rho: Rational) throws(SAMError) -> [S]
}

extension SAMStepRule {
    /// The deterministic step on one objective.
    public func step<S: SAMScalar>(_ x: [S], on f: any SAMObjective, step eta: Rational, radius rho: Rational) throws(SAMError) -> [S] {
        try step(x, ascent: f, descent: f, step: eta, radius: rho)
    }

    /// x₀, …, x_T of the deterministic method in exact arithmetic. A wrong method can turn the
    /// affine orbit into a rational map whose denominators square at every step; the orbit
    /// stops with ``SAMError/sizeLimit(_:)`` once an iterate needs more than `maxBits` bits.
    public func exactOrbit(from x0: [Rational], on f: any SAMObjective, step eta: Rational, radius rho: Rational,
                           steps: Int, maxBits: Int = 1 << 14) throws(SAMError) -> [[Rational]] {
        var out = [x0]
        out.reserveCapacity(steps + 1)
        for t in 0..<steps {
            let next: [Rational] = try step(out[t], on: f, step: eta, radius: rho)
            if let big = next.first(where: { $0.numerator.bitWidth + $0.denominator.bitWidth > maxBits }) {
                throw .sizeLimit("x_\(t + 1) has \(big.numerator.bitWidth + big.denominator.bitWidth) bits (limit \(maxBits))")
            }
            out.append(next)
        }
        return out
    }
}

/// x⁺ = x − η∇f(y) for a perturbed point y.
func descend<S: SAMScalar>(_ x: [S], at y: [S], _ f: any SAMObjective, _ eta: Rational) throws(SAMError) -> [S] {
    guard x.count == f.dimension else { throw .dimensionMismatch(expected: f.dimension, found: x.count) }
    let g = f.gradient(y), e = S(constant: eta)
    return x.indices.map { x[$0] - e * g[$0] }
}

/// SAM (Foret et al. 2021) as analysed by Si–Yun 2023 and Dai–Ahn–Sra 2023: the normalized
/// ascent y = x + ρ∇f(x)/‖∇f(x)‖ (y = x where ∇f(x) = 0).
public struct NormalizedSAM: SAMStepRule {
    public init() {}
    public func step<S: SAMScalar>(_ x: [S], ascent: any SAMObjective, descent: any SAMObjective,
                                   step eta: Rational, radius rho: Rational) throws(SAMError) -> [S] {
        guard x.count == ascent.dimension else { throw .dimensionMismatch(expected: ascent.dimension, found: x.count) }
        return try descend(x, at: try normalizedAscentPoint(x, gradient: ascent.gradient(x), radius: rho), descent, eta)
    }
}

/// USAM (Andriushchenko–Flammarion 2022; Dai–Ahn–Sra 2023): the un-normalized ascent
/// y = x + ρ∇f(x).
public struct UnnormalizedSAM: SAMStepRule {
    public init() {}
    public func step<S: SAMScalar>(_ x: [S], ascent: any SAMObjective, descent: any SAMObjective,
                                   step eta: Rational, radius rho: Rational) throws(SAMError) -> [S] {
        guard x.count == ascent.dimension else { throw .dimensionMismatch(expected: ascent.dimension, found: x.count) }
        let g = ascent.gradient(x), r = S(constant: rho)
        return try descend(x, at: x.indices.map { x[$0] + r * g[$0] }, descent, eta)
    }
}

/// Plain gradient descent in the same interface (the radius is ignored): x⁺ = x − η∇f(x).
public struct PlainGradientStep: SAMStepRule {
    public init() {}
    public func step<S: SAMScalar>(_ x: [S], ascent: any SAMObjective, descent: any SAMObjective,
                                   step eta: Rational, radius rho: Rational) throws(SAMError) -> [S] {
        try descend(x, at: x, descent, eta)
    }
}
