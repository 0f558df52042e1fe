import ExactMath
import Optimizers

extension RationalGame {
    /// The exact spectral evidence of a method at steps (α, β) on this game: per decoupled
    /// block (each block's iteration matrix built by the method's own step on the scalar
    /// game) when the game is decoupled, else from the full iteration matrix.
    public func evidence(_ method: GDAVariant, alpha: Rational, beta: Rational) -> SpectralRadiusEvidence {
        if let blocks {
            return SpectralRadiusEvidence(polynomials: blocks.map {
                method.iterationMatrix(alpha: alpha, beta: beta, on: $0.game).characteristicPolynomial
            })
        }
        return SpectralRadiusEvidence(matrix: method.iterationMatrix(alpha: alpha, beta: beta, on: game))
    }
}
