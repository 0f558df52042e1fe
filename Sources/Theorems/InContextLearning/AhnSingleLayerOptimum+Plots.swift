import ExactMath

extension AhnSingleLayerOptimum {
    /// The context lengths of the loss-over-n plot.
    static let plotLengths = [1, 2, 3, 5, 8, 12, 20, 30, 50, 80, 120, 200]

    /// The loss of one preconditioned GD step with Γ* against plain GD with the best scalar step η*(n),
    /// over n, for the first measured instance with d ≥ 2 (for d = 1 the two coincide). The measured
    /// series is the exact minimum of the measured loss at each n; the predicted one is the closed form
    /// L* = tr Σ − tr(Σ²Γ*); the reference is L(η*I) on the same measured loss.
    public func plots(_ runs: [MeasuredInstance<Instance, ReducedOptimumMeasurement>]) -> [Plot] {
        guard let run = runs.first(where: { $0.instance.problem.dimension >= 2 }) ?? runs.first else { return [] }
        var measured: [Double] = [], predicted: [Double] = [], plain: [Double] = [], lengths: [Double] = []
        for n in Self.plotLengths {
            guard let p = try? run.instance.problem.with(contextLength: n) else { continue }
            let m = ReducedOptimumMeasurement(p, moments: methods.moments)
            guard let minimum = m.minimum, let closed = try? LSAClosedForms.optimalLoss(p) else { continue }
            let eta = LSAClosedForms.bestScalarStep(p)
            lengths.append(Double(n))
            measured.append(minimum.doubleValue)
            predicted.append(closed.doubleValue)
            plain.append(m.loss.value(at: eta * Matrix<Rational>.identity(p.dimension)).doubleValue)
        }
        return [Plot(id: "loss-over-context-length",
                     title: "One preconditioned GD step (Γ*) against plain GD with the best scalar step, instance \(run.index + 1)",
                     xLabel: "context length n", yLabel: "population loss", xAxis: .log, yAxis: .log,
                     series: [Series("L(Γ*), measured minimum", role: .measured, x: lengths, y: measured),
                              Series("L* = tr Σ − tr(Σ²Γ*), Theorem 1", role: .predicted, x: lengths, y: predicted),
                              Series("L(η*I), plain GD with the best scalar step", role: .reference, x: lengths, y: plain)])]
    }
}
