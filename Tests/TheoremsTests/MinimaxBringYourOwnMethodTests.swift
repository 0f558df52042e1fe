import Testing
import Theorems
import Optimizers

/// The README's "bring your own optimizer" example, compiled and run: a researcher's own
/// Alt-GDA conformance checked by the minimax theorems, and the same check noticing a broken one.
@Suite("Minimax: a researcher's own GameMethod through MinimaxMethods")
struct MinimaxBringYourOwnMethodTests {
    /// A researcher's Alt-GDA (Lee–Cho–Yun, ICML 2024, Algorithm 1), written against the public API only.
    struct MyAltGDA<Scalar: OrderedField>: GameMethod {
        let alpha: Scalar, beta: Scalar
        /// When true, the y-step uses the old x (a simultaneous update: the bug to be caught).
        var simultaneous = false

        func step(_ state: Vector<Scalar>, on game: QuadraticGame<Scalar>) -> Vector<Scalar> {
            let (x, y) = iterate(of: state, dx: game.dx, dy: game.dy)
            let x1 = x - alpha * game.gradientX(x, y)
            let y1 = y + beta * game.gradientY(simultaneous ? x : x1, y)
            return Vector(x1.elements + y1.elements)
        }
    }

    static func methods(simultaneous: Bool) -> MinimaxMethods {
        var methods = MinimaxMethods.project
        methods.alt = GameMethodMaker("my Alt-GDA",
                                      exact: { MyAltGDA(alpha: $0.alpha, beta: $0.beta, simultaneous: simultaneous) },
                                      float: { MyAltGDA(alpha: $0.alpha, beta: $0.beta, simultaneous: simultaneous) })
        return methods
    }

    @Test("a correct conformance passes the Alt-GDA theorems; a simultaneous one is refuted")
    func ownAltGDA() {
        let ids: Set = ["lee-cho-yun-2024/alt-determinant", "lee-cho-yun-2024/bilinear-sim-alt-fail", "lee-cho-yun-2024/alex-subsumes-sim-alt"]
        for t in Minimax.theorems(using: Self.methods(simultaneous: false)) where ids.contains(t.id) {
            #expect(Catalog.run(t, seed: 1, scale: .quick).verdict == .holds, "\(t.id)")
        }
        for t in Minimax.theorems(using: Self.methods(simultaneous: true)) where ids.contains(t.id) {
            #expect(Catalog.run(t, seed: 1, scale: .quick).verdict == .refuted, "\(t.id)")
        }
    }
}
