import FloatMath
@testable import Theorems

/// A test-only theorem that draws plots, so the report is exercised end to end (runner →
/// plots → page) before the families' own plots exist: gradient descent on f(x) = a·x²/2
/// contracts |x_k| by |1 − ηa| per step. Its plots cover every drawing feature: a log y axis
/// with a measured family of series, the predicted curve, a bound and a reference; error bars
/// on a log x axis; a long series (pixel-column thinning); and non-positive values on a log axis.
struct PlottingFixtureTheorem: Theorem {
    struct Instance: Sendable { let a: Double; let eta: Double }
    struct Measurement: Sendable { let distances: [Double] }

    let id = "fixture-2026/gd-scalar-contraction"
    let family = Family("fixture")
    let citation = Citation.polyak1987.at("Chapter 1, §4")
    let provenance = Provenance.derived("a test fixture for the report")
    let statement = "Gradient descent on f(x) = a·x²/2 with step η contracts |x_k| by |1 − ηa| per step."
    static let steps = 40

    func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        var g = SeededGenerator(seed: seed)
        return (0..<3).map { _ in Instance(a: g.uniform(0.5, 2), eta: g.uniform(0.1, 0.6)) }
    }
    func summary(of i: Instance) -> String { "a = \(Quantity.format(i.a)), η = \(Quantity.format(i.eta)) <ok & \"quoted\">" }
    func parameters(of i: Instance) -> [InstanceParameter] { [.float("a", i.a), .float("eta", i.eta)] }
    func measure(_ i: Instance) -> Measurement {
        var x = 1.0
        var distances = [x]
        for _ in 0..<Self.steps { x -= i.eta * i.a * x; distances.append(abs(x)) }
        return Measurement(distances: distances)
    }
    func rate(_ i: Instance) -> Double { abs(1 - i.eta * i.a) }
    var claim: Claim<Instance, Measurement> {
        Claim("|x_{k+1}| ≤ |1 − ηa|·|x_k|", kind: .upperBound, exact: false) { i, m in
            Judgement.approximate(measured: m.distances[1] / m.distances[0], .atMost, predicted: rate(i), tolerance: 1e-12)
        }
    }
    var falseVariants: [Claim<Instance, Measurement>] {
        [Claim("|x_{k+1}| ≤ |1 − ηa|²·|x_k| (one power too fast)", kind: .upperBound, exact: false) { i, m in
            Judgement.approximate(measured: m.distances[1] / m.distances[0], .atMost, predicted: rate(i) * rate(i), tolerance: 1e-12)
        }]
    }
    func plots(_ runs: [MeasuredInstance<Instance, Measurement>]) -> [Plot] {
        let k = (0...Self.steps).map(Double.init)
        var distance: [Series] = runs.map { r in
            Series("|x_k|, instance \(r.index)", role: .measured, x: k, y: r.measurement.distances)
        }
        if let first = runs.first {
            let q = rate(first.instance)
            distance.append(Series("|1 − ηa|^k (instance 0)", role: .predicted, x: k, y: k.map { deterministicPow(q, $0) }))
            distance.append(Series("bound 1", role: .bound, x: [0, Double(Self.steps)], y: [1, 1]))
            distance.append(Series("|1 − ηa|^{2k}, the false variant", role: .reference, x: k, y: k.map { deterministicPow(q * q, $0) }))
        }
        let sorted = runs.sorted { $0.instance.eta < $1.instance.eta }
        let etas = sorted.map(\.instance.eta)
        let rates = sorted.map { rate($0.instance) }
        let bars = Plot(id: "rate-vs-step", title: "Contraction factor against the step η", xLabel: "η", yLabel: "|x₁| / |x₀|",
                        xAxis: .log, series: [
                            Series("measured factor", role: .measured, x: etas, y: sorted.map { $0.measurement.distances[1] },
                                   lower: rates.map { $0 - 0.02 }, upper: rates.map { $0 + 0.02 }),
                            Series("|1 − ηa|", role: .predicted, x: etas, y: rates),
                        ])
        let long = (1...5000).map(Double.init)
        let thinning = Plot(id: "long-series", title: "A 5000-point series on log–log axes", xLabel: "t", yLabel: "1/√t",
                            xAxis: .log, yAxis: .log, series: [
                                Series("1/√t with a wiggle", role: .measured, x: long,
                                       y: long.map { (1 + 0.3 * Double(Int($0) % 7) / 7) / $0.squareRoot() }),
                                Series("zero and negative values (not drawn)", role: .reference, x: [1, 10, 100], y: [0, -1, 0.01]),
                            ])
        return [Plot(id: "distance", title: "Distance to the minimizer", xLabel: "iteration k", yLabel: "|x_k − x*|",
                     yAxis: .log, series: distance), bars, thinning]
    }
}
