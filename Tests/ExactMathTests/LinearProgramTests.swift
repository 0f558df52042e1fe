import ExactMath
import FloatMath
import PropertyBased
import ProvableTesting
import Testing

@Suite("Exact simplex with independent certificates")
struct LinearProgramTests {
    /// Random programs max cᵀx, Ax ≤ b, x ≥ 0, b ≥ 0 (some zero entries: degenerate).
    static let programs: Generator<LinearProgram, Shrink.None<LinearProgram>> = Generator { rng in
        let m = Int(rng.next() % 5) + 1, n = Int(rng.next() % 5) + 1
        let a = Matrix<Rational>(rows: m, columns: n) { _, _ in Rational(Int(rng.next() % 9) - 3, Int(rng.next() % 3) + 1) }
        let b = (0..<m).map { _ in Rational(Int(rng.next() % 4)) }
        let c = (0..<n).map { _ in Rational(Int(rng.next() % 7) - 2) }
        return try! LinearProgram(constraints: a, bounds: b, objective: c)
    }

    @Test("every answer is a verified optimal pair or a verified unbounded ray")
    func certificates() throws {
        var optimal = 0, unbounded = 0
        try seededPropertyCheck(count: 150, seed: 0x1F01, input: Self.programs) { lp in
            switch try lp.solve() {
            case let .optimal(x, y, value):
                optimal += 1
                #expect(LinearProgramCertificate.verifyOptimal(lp, primal: x, dual: y) == nil, "\(lp)")
                #expect(Rational.dot(lp.objective, x) == value)
            case let .unbounded(ray):
                unbounded += 1
                #expect(LinearProgramCertificate.verifyUnbounded(lp, ray: ray) == nil, "\(lp)")
            }
        }
        #expect(optimal > 0 && unbounded > 0)
    }

    @Test("a textbook program: max 3x + 2y, x + y ≤ 4, x + 3y ≤ 6, x ≤ 3 has value 11 at (3, 1)")
    func textbook() throws {
        let lp = try LinearProgram(constraints: Matrix([[1, 1], [1, 3], [1, 0]]), bounds: [4, 6, 3], objective: [3, 2])
        guard case let .optimal(x, y, value) = try lp.solve() else { Issue.record("not optimal"); return }
        #expect(value == 11 && x == [3, 1])
        #expect(y == [2, 0, 1])
    }

    @Test("bad input is a typed error")
    func badInput() {
        #expect(throws: LinearProgramError.negativeBound(index: 0)) {
            _ = try LinearProgram(constraints: Matrix([[1]]), bounds: [-1], objective: [1])
        }
        #expect(throws: LinearProgramError.self) {
            _ = try LinearProgram(constraints: Matrix([[1, 2]]), bounds: [1], objective: [1])
        }
    }
}
