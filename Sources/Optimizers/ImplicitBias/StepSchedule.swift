import Foundation
import FloatMath

/// A step-size schedule η_t, t = 0, 1, 2, … counting steps.
public enum StepSchedule: Sendable, Hashable {
    /// η_t = η.
    case constant(Double)
    /// η_t = η₀/√(t + offset).
    case inverseSquareRoot(Double, offset: Double)

    @inline(__always)
    public func at(_ t: Int) -> Double {
        switch self {
        case .constant(let eta): eta
        case let .inverseSquareRoot(eta, offset): eta / (Double(t) + offset).squareRoot()
        }
    }
}

/// Which examples feed one step: all of them (full batch) or one, cyclically
/// (incremental / per-sample: example t mod n at step t, as in Baek–Song–Yun 2025).
public enum BatchMode: String, Sendable, Hashable {
    case fullBatch = "full-batch"
    case incremental
}

/// A vector kept as e^{logScale}·v, so that exponential-tail gradients, whose size decays
/// like e^{−γ‖w‖}, can be averaged (momentum, second moments) without underflow.
public struct LogScaledVector: Sendable {
    public var logScale: Double = -.infinity
    public var vector: [Double]

    public init(dimension: Int) { vector = [Double](repeating: 0, count: dimension) }

    /// self ← decay·self + weight·e^{logScale}·v.
    @inline(__always)
    public mutating func decayAdd(decay: Double, weight: Double, logScale s: Double, _ v: [Double]) {
        let a = logScale + deterministicLog(decay)
        let b = s + deterministicLog(weight)
        let top = max(a, b)
        guard top > -.infinity else { return }
        let ca = deterministicExp(a - top), cb = deterministicExp(b - top)
        for j in vector.indices { vector[j] = ca * vector[j] + cb * v[j] }
        logScale = top
    }
}

extension SeparableData {
    /// The gradient fed to a step: full batch, or ∇ℓ(zᵢ·w) of example i = t mod n.
    /// Returned as (log scale, unit-free vector) with gradient = e^{s}·g. Public so that other
    /// implementations of the same optimizers (mutants, a researcher's own) feed identical gradients.
    @inline(__always)
    public func stepGradient(_ mode: BatchMode, loss: MarginLoss, t: Int, _ w: [Double]) -> (Double, [Double]) {
        switch mode {
        case .fullBatch:
            return loss.gradient(self, w)
        case .incremental:
            let i = t % count
            let base = i * dimension
            return (loss.logNegativeDerivative(margin(i, w)), (0..<dimension).map { -rows[base + $0] })
        }
    }
}
