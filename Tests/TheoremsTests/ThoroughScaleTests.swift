import Testing
@testable import Theorems
import ProvableTesting

/// No family traps or raises a false alarm at the largest scale: one theorem of every built-in
/// family (the cheapest at the thorough scale) runs to `holds` at seed 1. The whole catalog at
/// the thorough scale is swept in release by `provable sweep --scale thorough`; this test keeps
/// the debug suite's share small. A new family must name its theorem here.
@Suite("Thorough scale: one theorem per family")
struct ThoroughScaleTests {
    static let representatives: [Family: String] = [
        .classical: "polyak-1987/heavy-ball-quadratic-rate",
        .implicitBias: "boyd-vandenberghe-2004/max-margin-duality",
        .shuffling: "mishchenko-khaled-richtarik-2020/shuffling-radius-sandwich",
        .minimax: "lee-cho-yun-2024/alt-determinant",
        .inContextLearning: "ahn-cheng-daneshmand-sra-2023/lemma-1-forward-pass",
        .extragradient: "chae-yun-kim-2024/ff-half-extrapolation-matches-rk2",
        .landscapes: "sun-gatmiry-ahn-azizan-2023/gd-regression-euclidean-interpolant",
        .sharpnessAware: "si-yun-2023/one-dimensional-two-cycle",
        .largeSteps: "song-yun-2023/golden-cycle-stability",
    ]

    @Test("every built-in family has a representative in the catalog")
    func everyFamilyCovered() {
        for family in Family.builtIn {
            let id = Self.representatives[family]
            #expect(id != nil, "family \(family) has no thorough-scale representative")
            if let id {
                #expect(Catalog.builtIn.theorems.contains { $0.id == id && $0.family == family }, "\(id) is not a \(family) theorem")
            }
        }
    }

    @Test("the representative holds at the thorough scale", arguments: Family.builtIn)
    func holdsAtThorough(_ family: Family) throws {
        let id = try #require(Self.representatives[family])
        let theorem = try #require(Catalog.builtIn.theorems.first { $0.id == id })
        expectHolds(theorem, seed: 1, scale: .thorough)
    }
}
