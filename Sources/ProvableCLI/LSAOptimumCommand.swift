import ArgumentParser
import Foundation
import ExactMath
import Theorems

extension Provable {
    /// `provable lsa-optimum`: the exact optimal one-layer linear-self-attention preconditioner
    /// Γ* = ((n+1)/n Σ + (tr(ΩΣ)+σ²)/n Ω⁻¹)⁻¹ (Ahn–Cheng–Daneshmand–Sra 2023, Theorem 1, and the
    /// project's generalization), its loss, and the best plain-GD step for comparison.
    struct LSAOptimum: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsa-optimum",
            abstract: "Exact optimal one-layer LSA preconditioner Γ* and its loss for in-context linear regression.",
            discussion: """
                Matrices are JSON arrays of rows; entries are integers, decimals or "p/q" strings, read exactly. \
                x ~ N(0, Σ), w ~ N(0, Ω) (Ω = I by default), labels with noise variance σ². Prints Γ*, the optimal \
                loss L(Γ*) = E[(x_qᵀΓ*h − y_q)²], the best scalar plain-GD step η and its loss L(ηI), exactly. \
                Limits: --time-limit (default 60 s), --max-digits per number (default 1000), --max-order for the order \
                d of Σ and Ω (default 40); each stops with exit status 2 and names the option to raise.
                """)

        @Option(help: "JSON file with the covariate covariance Σ (symmetric positive definite).")
        var covariance: String

        @Option(name: .customLong("n"), help: "The context length n ≥ 1.")
        var contextLength: Int

        @Option(name: .customLong("task-covariance"), help: "JSON file with the task covariance Ω (default: I).")
        var taskCovariance: String?

        @Option(help: "The label-noise variance σ² ≥ 0 (integer, decimal or p/q).")
        var noise: String = "0"

        @Option(help: "Output format: text or json.")
        var format: LSAFormat = .text

        @Option(name: .customLong("max-order"), help: "The largest order d of Σ and Ω.")
        var maxOrder: Int = 40

        @OptionGroup var budget: WorkBudget

        enum LSAFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        static func readMatrix(_ path: String, name: String, limits: NumberLimits, maxOrder: Int) throws -> Matrix<Rational> {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError("cannot read \(name) file '\(path)'")
            }
            let role = "malformed JSON in \(name) file '\(path)'"
            let m = try ExactJSON.matrix(ExactJSON.parse(String(decoding: data, as: UTF8.self), role: role), name: name, role: role,
                                         limits: limits, maxOrder: (maxOrder, "--max-order"))
            guard m.isSquare else {
                throw InputError("\(name) in '\(path)' is not square (\(m.rows)×\(m.columns))")
            }
            return m
        }

        func run() throws {
            let watchdog = budget.startClock("lsa-optimum", hint: "")
            let sigma = try Self.readMatrix(covariance, name: "covariance Σ", limits: budget.limits, maxOrder: maxOrder)
            let omega = try taskCovariance.map {
                try Self.readMatrix($0, name: "task covariance Ω", limits: budget.limits, maxOrder: maxOrder)
            }
            let s2 = try budget.limits.parse(noise, "--noise")
            let problem: InContextRegression
            do {
                problem = try InContextRegression(covariance: sigma, taskCovariance: omega, contextLength: contextLength, noise: s2)
            } catch { throw InputError(error.description) }
            let gamma = try LSAClosedForms.preconditioner(problem)
            let loss = ReducedPopulationLoss(problem)
            let optimal = loss.value(at: gamma)
            let eta = LSAClosedForms.bestScalarStep(problem)
            let gdLoss = loss.value(at: eta * .identity(problem.dimension))
            watchdog.finish()
            switch format {
            case .json:
                let value = JSONValue.object([
                    ("preconditioner", .array(gamma.rowArrays.map { .array($0.map { .string($0.description) }) })),
                    ("preconditionerDecimal", .array(gamma.rowArrays.map { .array($0.map { .number($0.doubleValue) }) })),
                    ("loss", .string(optimal.description)),
                    ("lossDecimal", .number(optimal.doubleValue)),
                    ("gdStep", .string(eta.description)),
                    ("gdStepDecimal", .number(eta.doubleValue)),
                    ("gdLoss", .string(gdLoss.description)),
                    ("gdLossDecimal", .number(gdLoss.doubleValue)),
                ])
                print(value.serialized())
            case .text:
                print("In-context linear regression: \(problem.summary)")
                print("Optimal one-layer LSA preconditioner Γ* = ((n+1)/n Σ + (tr(ΩΣ)+σ²)/n Ω⁻¹)⁻¹ (exact):")
                for row in gamma.rowArrays { print("  [" + row.map(\.description).joined(separator: ", ") + "]") }
                print("Γ* (decimal):")
                for row in gamma.rowArrays { print("  [" + row.map { Quantity.format($0.doubleValue) }.joined(separator: ", ") + "]") }
                print("optimal loss L(Γ*) = \(optimal) ≈ \(Quantity.format(optimal.doubleValue))")
                print("best plain-GD step η = \(eta) ≈ \(Quantity.format(eta.doubleValue))")
                print("plain-GD loss L(ηI) = \(gdLoss) ≈ \(Quantity.format(gdLoss.doubleValue))")
            }
        }
    }
}
