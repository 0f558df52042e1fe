import ExactMath
import Optimizers

extension RationalGame {
    /// The exact spectral evidence of a method at steps (α, β) on this game — of its
    /// iteration matrix M, or of M² when `squared` (ρ(M²) = ρ(M)², for claims about two
    /// iterations or about ρ² without a square root):
    /// per decoupled block (each block's matrix built by the method's own step on the scalar
    /// game) when the game is decoupled, else from the full iteration matrix. The block form
    /// is valid when ``blockViolation`` is nil, which the theorems using it check.
    public func evidence(_ method: GDAVariant, alpha: Rational, beta: Rational, squared: Bool = false,
                         using methods: MinimaxMethods = .project, tests: RootRadiusTests = .verified,
                         reportsBracket: Bool = true) -> SpectralRadiusEvidence {
        let m = method.method(alpha: alpha, beta: beta, using: methods)
        func matrix(_ g: QuadraticGame<Rational>) -> Matrix<Rational> {
            let one = m.iterationMatrix(on: g)
            return squared ? one * one : one
        }
        if let blocks {
            return SpectralRadiusEvidence(polynomials: blocks.map { matrix($0.game).characteristicPolynomial },
                                          reportsBracket: reportsBracket, tests: tests)
        }
        return SpectralRadiusEvidence(matrix: matrix(game), reportsBracket: reportsBracket, tests: tests)
    }
}
