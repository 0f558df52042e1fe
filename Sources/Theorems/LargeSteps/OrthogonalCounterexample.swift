import ExactMath
import FloatMath

/// The instance that separates GD from single-sample SGD: orthogonal rank-one components
/// a₁ = k(1, 1), a₂ = (k/2)(1, −1) (‖a₁‖² = 2k², ‖a₂‖² = k²/2) at η = 5/(4k²). GD is stable
/// (ηλ_max(H) = 5/4 < 2) and η·tr H = 25/16 < 2, yet the single-sample second moment grows
/// along a₁ by 1 − ½(1 − (1 − 5/2)²) = 13/8 > 1.
/// See Proofs/mulayoff-michaeli-2024/batch-size-monotonicity.md.
enum OrthogonalCounterexample {
    static func vectors(scale k: Int) -> [Vector<Rational>] {
        [Vector([Rational(k), Rational(k)]), Vector([Rational(k, 2), Rational(-k, 2)])]
    }

    static func step(scale k: Int) -> Rational { Rational(5, 4 * k * k) }
}
