import Testing
@testable import Theorems
import ExactMath

/// Ahn–Cheng–Daneshmand–Sra (NeurIPS 2023), Theorem 3: exact Wishart moments and the in-S
/// critical points of L-layer sparse linear attention (note §4, §9.4).
@Suite("Ahn–Cheng–Daneshmand–Sra 2023: multi-layer critical points")
struct InContextLearningMultiLayerTests {
    @Test("the genus expansion reproduces the closed forms for E tr W^k, k ≤ 4",
          arguments: [(2, 5), (3, 4), (1, 7), (4, 2), (5, 20)])
    func wishartClosedForms(d: Int, n: Int) throws {
        let (nn, dd) = (Rational(n), Rational(d))
        #expect(try ProjectWishartMoments().traceMoment(order: 1, samples: n, dimension: d) == nn * dd)
        #expect(try ProjectWishartMoments().traceMoment(order: 2, samples: n, dimension: d) == nn * dd * (nn + dd + 1))
        #expect(try ProjectWishartMoments().traceMoment(order: 3, samples: n, dimension: d)
                == nn * dd * (nn * nn + dd * dd + 3 * nn * dd + 3 * nn + 3 * dd + 4))
        let k4 = nn * nn * nn + dd * dd * dd + 6 * nn * nn * dd + 6 * nn * dd * dd + 6 * nn * nn + 6 * dd * dd
            + 17 * nn * dd + 21 * nn + 21 * dd + 20
        #expect(try ProjectWishartMoments().traceMoment(order: 4, samples: n, dimension: d) == nn * dd * k4)
        // d = 1: E W^k = n(n+2)…(n+2k−2) (chi-square moments).
        if d == 1 {
            for k in 1...6 {
                let expected = (0..<k).reduce(Rational.one) { $0 * Rational(n + 2 * $1) }
                #expect(try ProjectWishartMoments().traceMoment(order: k, samples: n, dimension: 1) == expected)
            }
        }
    }

    @Test("worked example: d = 2, n = 5, L = 2 gives (s, p) = (35/26, 125/364) and loss 37/91")
    func twoLayerExample() throws {
        let m = try MultiLayerCriticalPoints().measure(.init(dimension: 2, contextLength: 5, layers: 2, published: nil))
        #expect(m.symmetricFunctions == [Rational(35, 26), Rational(125, 364)])
        #expect(m.loss == Rational(37, 91))
        #expect(m.singleLayerLoss == Rational(3, 4))
        let sturm = try #require(m.sturm)
        #expect(sturm.countDistinctRealRoots(above: Rational(34, 100), atMost: Rational(35, 100)) == 1)   // ≈ 0.3420
        #expect(sturm.countDistinctRealRoots(above: Rational(100, 100), atMost: Rational(101, 100)) == 1) // ≈ 1.0042
    }

    @Test("L = 1 recovers n/(n+d+1) and d(d+1)/(n+d+1)", arguments: [(2, 5), (3, 9), (5, 20)])
    func singleLayer(d: Int, n: Int) throws {
        let m = try MultiLayerCriticalPoints().measure(.init(dimension: d, contextLength: n, layers: 1, published: nil))
        #expect(m.symmetricFunctions == [Rational(n, n + d + 1)])
        #expect(m.loss == Rational(d * (d + 1), n + d + 1))
    }

    @Test("Figure 2 (d = 5, n = 20, L = 3): the exact steps round to 0.422, 0.689, 1.714")
    func figureTwo() throws {
        let m = try MultiLayerCriticalPoints().measure(.init(dimension: 5, contextLength: 20, layers: 3, published: nil))
        let sturm = try #require(m.sturm)
        for v in [Rational(422, 1000), Rational(689, 1000), Rational(1714, 1000)] {
            #expect(sturm.countDistinctRealRoots(above: v - Rational(1, 1000), atMost: v + Rational(1, 1000)) == 1, "\(v)")
        }
        // A wrong published value is rejected by the same Sturm bracket.
        #expect(sturm.countDistinctRealRoots(above: Rational(50, 100) - Rational(1, 200), atMost: Rational(50, 100) + Rational(1, 200)) == 0)
    }
}
