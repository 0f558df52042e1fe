import ExactMath
import FloatMath
import Foundation
import Optimizers
import Theorems

/// The three workloads of the side-by-side comparison with FLINT and HiGHS (issue #15), built
/// once from fixed seeds so that a peer script can read exactly the same inputs
/// (`provable-bench --peer-inputs DIR` writes them; the peers are measurement tools only and
/// nothing of them is part of the package).
struct PeerWorkloads {
    /// A 6×6 Alt-GDA iteration matrix on a 3+3 non-commuting game (α = β = 1/12).
    let altMatrix: Matrix<Rational>
    /// The certified width of the spectral-radius bracket.
    let width = Rational(1, 10_000_000_000)
    /// The in-context regression whose Γ* is solved exactly (d = 6, n = 10).
    let regression: InContextRegression
    /// Signed rows of an ℓ∞ max-margin LP, n = 200, d = 20.
    let marginRows: Matrix<Rational>

    /// The fixed workloads; throws only if a generator rejects the fixed parameters.
    init() throws {
        var rng = SeededGenerator(seed: 4)
        let game = try RationalGame.randomNonCommuting(n: 3, muX: 1, lX: 10, muY: 1, lY: 10, muXY: Rational(1, 2), lXY: 5, using: &rng)
        altMatrix = GDAVariant.alt.iterationMatrix(alpha: Rational(1, 12), beta: Rational(1, 12), on: game.game)
        var g = SeededGenerator(seed: 506)
        let sigma = ProjectInstanceGenerator().covariance(dimension: 6, using: &g)
        let omega = ProjectInstanceGenerator().covariance(dimension: 6, using: &g)
        regression = try InContextRegression(covariance: sigma, taskCovariance: omega, contextLength: 10, noise: Rational(1, 2))
        marginRows = plantedMarginRows(n: 200, d: 20, seed: 32)
    }

    /// The in-process timings of the three workloads.
    func benchmarks() -> [Benchmark] {
        let hint = try? spectralRadius(altMatrix.doubleValue)
        return [
            Benchmark(name: "peer: certified spectral radius (charpoly + bracket + verification), 6×6 Alt-GDA, width 1e-10", target: "5× FLINT", runs: 9) {
                let q = altMatrix.characteristicPolynomial
                let b = try? q.rootRadiusBracket(width: width, hint: hint)
                blackHole(b?.verify(for: q))
            },
            Benchmark(name: "peer: exact Γ* (d = 6, n = 10): one exact 6×6 solve", target: "5× FLINT", runs: 9) {
                blackHole(try? LSAClosedForms.preconditioner(regression))
            },
            Benchmark(name: "peer: exact ℓ∞ max-margin LP with verified certificates, n = 200, d = 20", target: "5× HiGHS", runs: 5) {
                blackHole(try? PolyhedralMaxMargin(marginRows, l1: false))
            },
        ]
    }

    /// Writes the inputs as JSON ("p/q" strings) into `directory`.
    func write(to directory: String) throws {
        func matrix(_ m: Matrix<Rational>) -> String {
            "[" + m.rowArrays.map { "[" + $0.map { "\"\($0)\"" }.joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let files = [
            ("alt6.json", "{\"matrix\": \(matrix(altMatrix)), \"width\": \"\(width)\"}"),
            ("gamma6.json", "{\"sigma\": \(matrix(regression.covariance)), \"omega\": \(matrix(regression.taskCovariance)), \"n\": \(regression.contextLength), \"noise\": \"\(regression.noise)\"}"),
            ("margin200.json", "{\"z\": \(matrix(marginRows))}"),
        ]
        for (name, text) in files {
            try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }
    }
}

/// n rows of Gaussian coordinates rounded to 1/64, flipped to the side of a planted w* (rounded
/// to 1/8), rows with |x·w*| < 1/20 redrawn.
func plantedMarginRows(n: Int, d: Int, seed: UInt64) -> Matrix<Rational> {
    var rng = SeededGenerator(seed: seed)
    let wStar = (0..<d).map { _ in Rational(Int((rng.gaussian() * 8).rounded()), 8) }
    var rows: [[Rational]] = []
    while rows.count < n {
        let x = (0..<d).map { _ in Rational(Int((rng.gaussian() * 64).rounded()), 64) }
        let s = Rational.dot(x, wStar)
        if s.absoluteValue < Rational(1, 20) { continue }
        rows.append(s > 0 ? x : x.map { -$0 })
    }
    return Matrix(rows)
}
