import Optimizers
import Testing
@testable import Theorems

/// At the quick scale: log-corrected exponents of RR, SS, SGD and IGD on the 1-D
/// equal-curvature closed forms match Safran–Shamir 2020's rates, and SS as 1/(nK³),
/// the one-power-too-fast variants and the raw-slope variant are refuted by the same fit.
@Suite("Shuffling / Safran–Shamir 2020: log-corrected rate fits")
struct ShufflingRateFitTests {
    @Test("log-corrected exponents hold; SS as 1/(nK³) and every false variant refuted")
    func rateFits() {
        let report = TheoremRunner.run(LogCorrectedRateFits(), seed: 1, scale: .quick)
        #expect(report.verdict == .holds, "\(report.instances.map { "\($0.summary): \($0.judgement)" })")
        #expect(report.falseVariants.count == 8)
        #expect(report.falseVariants.allSatisfy { $0.refuted && $0.refutingInstances == $0.applicableInstances }, "\(report.falseVariants)")
    }

    @Test("raw log–log slopes drift from the exponent; the corrected ones do not (RR over K)")
    func rawSlopesDrift() throws {
        let fits = LogCorrectedRateFits()
        let rr = try #require(try fits.instances(seed: 1, scale: .quick).first { $0.scheme == .randomReshuffling && $0.axis == .epochs })
        let m = try fits.measure(rr)
        let corrected = try #require(m.corrected?.slope), raw = try #require(m.raw?.slope)
        #expect(abs(corrected + 3) <= 0.05)
        #expect(raw > -2.9 && raw < -2.5, "raw slope \(raw)")
    }
}

/// The family's plots (built from the measurements after the verdict) and structured parameters.
@Suite("Shuffling: plots and instance parameters")
struct ShufflingReportDataTests {
    @Test("exact errors of RR, SS, IGD, SGD against K and against n, each with a fitted and a predicted slope")
    func rateFitPlots() throws {
        let report = TheoremRunner.run(LogCorrectedRateFits(), seed: 1, scale: .quick, options: RunOptions(plots: true))
        #expect(report.plots.map(\.id) == ["errors-vs-epochs", "errors-vs-components"])
        for plot in report.plots {
            #expect(plot.xAxis == .log && plot.yAxis == .log)
            #expect(plot.series.count == 12)   // 4 schemes × (measured, fitted, predicted)
            #expect(plot.series.filter { $0.role == .predicted }.count == 4 && plot.series.filter { $0.role == .reference }.count == 4)
            #expect(plot.series.allSatisfy { !$0.x.isEmpty && $0.x.count == $0.y.count && $0.y.allSatisfy { $0 > 0 && $0.isFinite } })
        }
    }

    @Test("the epoch-regime and large-epoch plots carry their derived bounds")
    func boundPlots() {
        for report in [TheoremRunner.run(EpochRegimes(), seed: 1, scale: .quick, options: RunOptions(plots: true)),
                       TheoremRunner.run(LargeEpochRate(), seed: 1, scale: .quick, options: RunOptions(plots: true))] {
            #expect(report.plots.count == 1, "\(report.id)")
            #expect(report.plots.allSatisfy { p in p.series.contains { $0.role == .measured } && p.series.contains { $0.role == .bound } })
        }
    }

    /// The parameter names of every generated instance (no measurement).
    static func parameterNames<T: Theorem>(_ theorem: T) throws -> [Set<String>] {
        try theorem.instances(seed: 1, scale: .quick).map { Set(theorem.parameters(of: $0).map(\.name)) }
    }

    @Test("every shuffling theorem reports n and its schemes for every instance")
    func parameters() throws {
        for theorem in Shuffling.theorems {
            let names = try Self.parameterNames(theorem)
            #expect(!names.isEmpty, "\(theorem.id)")
            for n in names {
                #expect(n.contains("n") && (n.contains("schemes") || n.contains("scheme")), "\(theorem.id): \(n)")
            }
        }
    }
}
