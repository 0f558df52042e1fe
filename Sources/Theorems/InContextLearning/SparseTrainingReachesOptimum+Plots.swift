import ExactMath
import FloatMath

extension SparseTrainingReachesOptimum {
    /// Two plots: the training curves ‖Γₜ − Γ*‖_F/‖Γ*‖_F of GD and Adam for the first instance, with the
    /// predicted linear rate ρᵗ of GD's linearization anchored at the start of its window; and, over every
    /// instance, the contraction measured on the window against the one the linearization predicts.
    public func plots(_ runs: [MeasuredInstance<Instance, Measurement>]) -> [Plot] {
        var plots: [Plot] = []
        if let run = runs.first, let target = try? LSAClosedForms.preconditioner(run.instance.problem) {
            let x = target.doubleValue, scale = frobeniusNorm(x)
            func curve(_ points: [(step: Int, preconditioner: Matrix<Double>)]) -> (x: [Double], y: [Double]) {
                let kept = points.map { (Double($0.step), frobeniusNorm($0.preconditioner - x) / scale) }.filter { $0.1 > 0 }
                return (kept.map(\.0), kept.map(\.1))
            }
            let gd = curve(run.measurement.gradientDescent.trajectory), adam = curve(run.measurement.adam.trajectory)
            var series = [Series("GD", role: .measured, x: gd.x, y: gd.y), Series("Adam", role: .measured, x: adam.x, y: adam.y)]
            if let lin = Self.linearization(run.measurement, target: x),
               let start = run.measurement.gradientDescent.windowStart?.step,
               let anchor = gd.x.indices.last(where: { gd.x[$0] <= Double(start) }) {
                let steps = gd.x.filter { $0 >= gd.x[anchor] }
                series.append(Series("predicted GD rate ρᵗ, ρ = \(Quantity.format(lin.contraction))", role: .predicted, x: steps,
                                     y: steps.map { gd.y[anchor] * SparseLossLinearization.power(lin.contraction, Int($0 - gd.x[anchor])) }))
            }
            series.append(Series("Adam reach target", role: .bound, x: [0, max(gd.x.last ?? 1, adam.x.last ?? 1)],
                                 y: [Self.adamTarget, Self.adamTarget]))
            plots.append(Plot(id: "training-curves", title: "GD and Adam from the block-sparse initialization reaching Γ*, instance \(run.index + 1)",
                              xLabel: "step t", yLabel: "‖Γₜ − Γ*‖_F / ‖Γ*‖_F", yAxis: .log, series: series))
        }
        var predicted: [Double] = [], measured: [Double] = []
        for run in runs {
            guard let target = try? LSAClosedForms.preconditioner(run.instance.problem),
                  let lin = Self.linearization(run.measurement, target: target.doubleValue),
                  let decision = GradientDescentDecision(run.measurement.gradientDescent, lin) else { continue }
            predicted.append(decision.predictedRate)
            measured.append(decision.measuredRate)
        }
        if !predicted.isEmpty {
            let low = min(predicted.min() ?? 0, measured.min() ?? 0), high = max(predicted.max() ?? 1, measured.max() ?? 1)
            plots.append(Plot(id: "gd-contraction", title: "GD's contraction per step on the linear-regime window, every instance",
                              xLabel: "predicted by the linearization at Γ*", yLabel: "measured",
                              series: [Series("instances", role: .measured, x: predicted, y: measured),
                                       Series("measured = predicted", role: .reference, x: [low, high], y: [low, high])]))
        }
        return plots
    }
}
