import FloatMath
import Optimizers

/// The exact errors of RR, SS, IGD and SGD against K (at the first fixed n) and against n (at the
/// first fixed K), log–log, each with its fitted and its predicted slope. Built after the verdict
/// from the measured instances; never consulted by a claim.
extension LogCorrectedRateFits {
    public func plots(_ runs: [MeasuredInstance<Instance, Measurement>]) -> [Plot] {
        [(Axis.epochs, "errors-vs-epochs", "K (epochs)"), (Axis.components, "errors-vs-components", "n (components)")].compactMap { axis, id, label in
            let chosen = Self.schemes.compactMap { scheme in runs.first { $0.instance.scheme == scheme && $0.instance.axis == axis } }
            guard let first = chosen.first else { return nil }
            let fixed = axis == .epochs ? "n = \(first.instance.points[0].n)" : "K = \(first.instance.points[0].epochs)"
            return Plot(id: id, title: "Exact E‖x_K − x*‖², 1-D ±1 offsets, γ = 2log(nK)/(nK), \(fixed)",
                        xLabel: label, yLabel: "E‖x_K − x*‖²", xAxis: .log, yAxis: .log,
                        series: chosen.flatMap { Self.series($0.instance, $0.measurement) })
        }
    }

    /// The measured errors, the fitted law logᵖ(nK)·e^{b}·xᵃ (a, b from the log-corrected fit) and
    /// the predicted law with the theorem's exponent through the data's log-mean point.
    static func series(_ i: Instance, _ m: Measurement) -> [Series] {
        let x = i.abscissae
        let logFactors = i.points.map { p in deterministicPow(deterministicLog(Double(p.n * p.epochs)), Double(i.logPower)) }
        var out = [Series("\(i.scheme.rawValue) exact", role: .measured, x: x, y: m.errors)]
        guard let fit = m.corrected else { return out }
        let logX = x.map(deterministicLog)
        let logY = zip(m.errors, logFactors).map { deterministicLog($0 / $1) }
        let meanX = logX.reduce(0, +) / Double(logX.count), meanY = logY.reduce(0, +) / Double(logY.count)
        let predictedIntercept = meanY - i.predictedExponent * meanX
        out.append(Series("\(i.scheme.rawValue) fitted slope \(Quantity.format(fit.slope))", role: .reference, x: x,
                          y: zip(logX, logFactors).map { deterministicExp(fit.intercept + fit.slope * $0) * $1 }))
        out.append(Series("\(i.scheme.rawValue) predicted slope \(Quantity.format(i.predictedExponent))", role: .predicted, x: x,
                          y: zip(logX, logFactors).map { deterministicExp(predictedIntercept + i.predictedExponent * $0) * $1 }))
        return out
    }
}
