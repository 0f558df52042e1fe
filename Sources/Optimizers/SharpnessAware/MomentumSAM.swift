import ExactMath
import RealModule

/// SAM with an exponential-moving-average momentum buffer: with y = x + ρ∇f(x)/‖∇f(x)‖,
/// m⁺ = βm + (1 − β)∇f(y) and x⁺ = x − αm⁺.
public protocol MomentumSAMRule: Sendable {
    func step<S: SAMScalar>(_ x: [S], momentum m: [S], on f: any SAMObjective, step alpha: Rational,
                            radius rho: Rational, beta: Rational) throws(SAMError) -> (x: [S], momentum: [S])
}

/// The project's momentum SAM.
public struct EMAMomentumSAM: MomentumSAMRule {
    public init() {}
    public func step<S: SAMScalar>(_ x: [S], momentum m: [S], on f: any SAMObjective, step alpha: Rational,
                                   radius rho: Rational, beta: Rational) throws(SAMError) -> (x: [S], momentum: [S]) {
        guard x.count == f.dimension, m.count == f.dimension else { throw .dimensionMismatch(expected: f.dimension, found: min(x.count, m.count)) }
        let y = try normalizedAscentPoint(x, gradient: f.gradient(x), radius: rho)
        let gy = f.gradient(y), b = S(constant: beta), oneMinus = S(constant: 1 - beta), a = S(constant: alpha)
        let next = m.indices.map { b * m[$0] + oneMinus * gy[$0] }
        return (x.indices.map { x[$0] - a * next[$0] }, next)
    }
}
