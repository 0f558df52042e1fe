import Testing
import Optimizers
import ExactMath

/// The methods are written once over the scalar: their exact iteration matrix must
/// reproduce their own iterates, and the Float64 run must track the exact one.
@Suite("Linear first-order methods: iterates, iteration matrices, exact vs Float64")
struct LinearMethodTests {
    static let hessian = Matrix<Rational>([[3, 1, 0], [1, 2, Rational(1, 2)], [0, Rational(1, 2), 1]])
    static let x0 = Vector<Rational>([1, -2, Rational(1, 3)])

    @Test func gradientDescentIteratesArePowersOfItsMatrix() {
        let gd = GradientDescent(step: Rational(1, 4))
        let m = gd.iterationMatrix(hessian: Self.hessian)
        #expect(m == Matrix.identity(3) - Rational(1, 4) * Self.hessian)
        let xs = gd.run(on: QuadraticObjective(hessian: Self.hessian), from: Self.x0, steps: 6)
        for k in 0...6 { #expect(xs[k] == m.power(k) * Self.x0, "k = \(k)") }
    }

    @Test func heavyBallIteratesArePowersOfItsMatrix() {
        let hb = HeavyBall(step: Rational(1, 5), momentum: Rational(1, 3))
        let m = hb.iterationMatrix(hessian: Self.hessian)
        let xs = hb.run(on: QuadraticObjective(hessian: Self.hessian), from: Self.x0, steps: 6)
        let start = Vector(Self.x0.elements + Self.x0.elements)
        for k in 0...6 {
            let state = m.power(k) * start
            #expect(xs[k] == Vector(Array(state.elements[0..<3])), "k = \(k)")
        }
    }

    @Test func linearTermShiftsTheFixedPointToTheMinimizer() throws {
        // With b ≠ 0 the GD fixed point is x* = A⁻¹b: the error x_k − x* follows the matrix.
        let b = Vector<Rational>([1, 0, -1])
        let objective = QuadraticObjective(hessian: Self.hessian, linear: b)
        let xStar = try Self.hessian.solve(b)
        #expect(objective.gradient(xStar) == .zero(3))
        let gd = GradientDescent(step: Rational(1, 4))
        let m = gd.iterationMatrix(hessian: Self.hessian)
        let xs = gd.run(on: objective, from: Self.x0, steps: 5)
        for k in 0...5 { #expect(xs[k] - xStar == m.power(k) * (Self.x0 - xStar)) }
    }

    @Test func float64RunTracksTheExactRun() {
        let exact = HeavyBall(step: Rational(1, 5), momentum: Rational(1, 3))
            .run(on: QuadraticObjective(hessian: Self.hessian), from: Self.x0, steps: 20)
        let float = HeavyBall(step: 0.2, momentum: 1.0 / 3.0)
            .run(on: QuadraticObjective(hessian: Self.hessian.doubleValue), from: Self.x0.doubleValue, steps: 20)
        for k in 0...20 {
            let difference = (exact[k].doubleValue - float[k]).elements.map(abs).max() ?? 0
            #expect(difference < 1e-12, "k = \(k): \(difference)")
        }
    }
}
