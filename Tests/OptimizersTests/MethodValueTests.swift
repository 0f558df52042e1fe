import Testing
import Optimizers
import ExactMath

/// The methods as values: the type-erased wrappers and the makers forward every call, so a
/// theorem handed `MinimaxMethods.project` / `ClassicalMethods.project` runs exactly the
/// project's implementations.
@Suite("Methods as values: AnyGameMethod, AnyLinearMethod and the makers forward exactly")
struct MethodValueTests {
    static let game = QuadraticGame<Rational>(a: Matrix([[2, 1], [1, 3]]), b: Matrix([[1, Rational(1, 2)], [0, 2]]),
                                              c: Matrix([[1, 0], [0, Rational(5, 2)]]))
    static let x0 = Vector<Rational>([1, -2]), y0 = Vector<Rational>([Rational(1, 3), 4])

    @Test("MinimaxMethods.project builds SimGDA, AltGDA, AlexGDA and Extragradient")
    func projectMakers() {
        let p = GameMethodParameters<Rational>(alpha: Rational(1, 5), beta: Rational(1, 7), gamma: Rational(3, 2), delta: Rational(5, 4))
        let m = MinimaxMethods.project
        #expect(m.sim.exact(p).iterationMatrix(on: Self.game) == SimGDA(alpha: p.alpha, beta: p.beta).iterationMatrix(on: Self.game))
        #expect(m.alt.exact(p).iterationMatrix(on: Self.game) == AltGDA(alpha: p.alpha, beta: p.beta).iterationMatrix(on: Self.game))
        let alex = AlexGDA(alpha: p.alpha, beta: p.beta, gamma: p.gamma, delta: p.delta)
        #expect(m.alex.exact(p).iterationMatrix(on: Self.game) == alex.iterationMatrix(on: Self.game))
        #expect(m.alex.exact(p).states(on: Self.game, x0: Self.x0, y0: Self.y0, steps: 3) == alex.states(on: Self.game, x0: Self.x0, y0: Self.y0, steps: 3))
        #expect(m.alex.exact(p).stateDimension(dx: 2, dy: 2) == 6)
        #expect(m.extragradient.exact(p).iterationMatrix(on: Self.game) == Extragradient(alpha: p.alpha, beta: p.beta).iterationMatrix(on: Self.game))
        // Float64 makers run the same generic code.
        let f = GameMethodParameters<Double>(alpha: 0.2, beta: 1.0 / 7)
        let float = m.alt.float(f).step(Vector([1, -2, 1.0 / 3, 4]), on: QuadraticGame(a: Self.game.a.doubleValue, b: Self.game.b.doubleValue, c: Self.game.c.doubleValue))
        let exact = m.alt.exact(GameMethodParameters(alpha: Rational(1, 5), beta: Rational(1, 7))).step(Vector(Self.x0.elements + Self.y0.elements), on: Self.game)
        #expect(zip(float.elements, exact.elements).allSatisfy { abs($0 - $1.doubleValue) < 1e-12 })
    }

    @Test("AnyGameMethod does not wrap twice, and AnyLinearMethod forwards state, iterate and step")
    func wrappers() {
        let alt = AnyGameMethod(AltGDA(alpha: Rational(1, 3), beta: Rational(1, 4)))
        #expect(AnyGameMethod(alt).iterationMatrix(on: Self.game) == alt.iterationMatrix(on: Self.game))
        let hb = HeavyBall(step: Rational(1, 5), momentum: Rational(1, 3))
        let erased = ClassicalMethods.project.heavyBall.exact(FirstOrderParameters(step: Rational(1, 5), momentum: Rational(1, 3)))
        let a = Matrix<Rational>([[3, 1], [1, 2]])
        #expect(erased.iterationMatrix(hessian: a) == hb.iterationMatrix(hessian: a))
        let objective = QuadraticObjective(hessian: a, linear: Vector([1, -1]))
        #expect(erased.run(on: objective, from: Self.x0, steps: 4) == hb.run(on: objective, from: Self.x0, steps: 4))
        #expect(ClassicalMethods.project.gradientDescent.exact(FirstOrderParameters(step: Rational(1, 4))).iterationMatrix(hessian: a)
                    == GradientDescent(step: Rational(1, 4)).iterationMatrix(hessian: a))
    }
}
