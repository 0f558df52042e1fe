import ArgumentParser
import Foundation
import ExactMath
import Optimizers
import Theorems

extension Provable {
    /// `provable shuffle`: the exact expected error of RR, SS, IGD or with-replacement SGD
    /// after K epochs on a rational quadratic finite sum: RR by
    /// exact moment propagation over all n! epoch maps, SS by enumeration, SGD by exact
    /// moment recursion, IGD by its deterministic orbit.
    struct Shuffle: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "shuffle",
            abstract: "Exact E‖x_K − x*‖² and E[F(x_K) − F*] of RR, SS, IGD or SGD on a quadratic finite sum.",
            discussion: """
                The problem file is a JSON object {"A": [A_1, …, A_n], "b": [b_1, …, b_n]} for \
                f_i(x) = ½xᵀA_ix − b_iᵀx, F = (1/n)Σf_i; entries are integers, decimals or "p/q" strings, read exactly. \
                Each A_i must be symmetric and d×d, and Ā = (1/n)ΣA_i nonsingular (x* is solved exactly). RR and SS \
                enumerate all n! permutations and accept n ≤ \(ExactShuffling.enumerationLimit); IGD and SGD accept any n. \
                Limits: --time-limit (default 60 s), --max-digits per number (default 1000), --max-dimension for d \
                (default 20), --max-components for n (default 1000), --max-epochs for K (default \(Self.defaultMaximumEpochs)); \
                each stops with exit status 2 and names the option to raise. The exact values grow in size with K, so \
                large K is bounded by the time limit.
                """)

        @Option(help: "JSON file with the components' A and b.")
        var problem: String

        @Option(help: "rr, ss, igd or sgd.")
        var scheme: String

        @Option(help: "Number of epochs K ≥ 1 (SGD takes nK i.i.d. steps).")
        var epochs: Int

        @Option(help: "Step size γ > 0 (integer, decimal or p/q).")
        var step: String

        @Option(help: "Starting point x₀ as comma-separated entries, e.g. 1,-1/2 (default: the origin).")
        var x0: String?

        @Option(help: "Output format: text or json.")
        var format: ShuffleFormat = .text

        @Option(name: .customLong("max-dimension"), help: "The largest dimension d.")
        var maxDimension: Int = 20

        @Option(name: .customLong("max-components"), help: "The largest number n of components.")
        var maxComponents: Int = 1000

        @Option(name: .customLong("max-epochs"), help: "The largest epoch count K.")
        var maxEpochs: Int = Self.defaultMaximumEpochs

        @OptionGroup var budget: WorkBudget

        enum ShuffleFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        /// The default largest epoch count: exact expectations grow in size with every epoch.
        static let defaultMaximumEpochs = 10_000

        func run() throws {
            let watchdog = budget.startClock("shuffle", hint: "use fewer --epochs")
            guard let s = ShufflingScheme(rawValue: scheme) else {
                throw InputError("unknown --scheme '\(scheme)'; expected rr, ss, igd or sgd")
            }
            guard epochs >= 1 else { throw InputError("--epochs must be at least 1, got \(epochs)") }
            try checkSize(epochs, limit: maxEpochs, "--epochs", option: "--max-epochs")
            let gamma = try budget.limits.parse(step, "--step")
            guard gamma > 0 else { throw InputError("--step must be positive, got \(gamma)") }
            guard let data = FileManager.default.contents(atPath: problem) else { throw InputError("cannot read problem file '\(problem)'") }
            let sum = try ShuffleProblemFile.parse(String(decoding: data, as: UTF8.self), limits: budget.limits,
                                                   maxDimension: maxDimension, maxComponents: maxComponents)
            if (s == .randomReshuffling || s == .singleShuffle) && sum.count > ExactShuffling.enumerationLimit {
                throw InputError("n = \(sum.count) components is too many for exact enumeration with --scheme \(s.rawValue) (limit n ≤ \(ExactShuffling.enumerationLimit)); use Monte Carlo for larger n")
            }
            let start: Vector<Rational>
            if let x0 {
                let parts = x0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                start = Vector(try parts.map { t in try budget.limits.parse(t, "--x0") })
                guard start.count == sum.dimension else {
                    throw InputError("--x0 has \(start.count) entries but the problem has dimension \(sum.dimension)")
                }
            } else {
                start = .zero(sum.dimension)
            }
            let result: ShuffledExpectation
            let engine: ExactShuffling
            do {
                engine = try ExactShuffling(problem: sum, step: gamma)
                result = try engine.expectation(s, from: start, epochs: epochs)
            } catch {
                throw InputError(error.description)
            }
            watchdog.finish()
            switch format {
            case .json:
                print(JSONValue.object([
                    ("scheme", .string(s.rawValue)),
                    ("epochs", .int(epochs)),
                    ("step", .string(gamma.description)),
                    ("optimum", .array(engine.optimum.elements.map { .string($0.description) })),
                    ("optimumDecimal", .array(engine.optimum.elements.map { .number($0.doubleValue) })),
                    ("expectedSquaredDistance", .string(result.expectedSquaredDistance.description)),
                    ("expectedSquaredDistanceDecimal", .number(result.expectedSquaredDistance.doubleValue)),
                    ("expectedSuboptimality", .string(result.expectedSuboptimality.description)),
                    ("expectedSuboptimalityDecimal", .number(result.expectedSuboptimality.doubleValue)),
                ]).serialized())
            case .text:
                print("\(s.rawValue) on n=\(sum.count), d=\(sum.dimension), γ=\(gamma), K=\(epochs), x₀=\(start)")
                print("x* = \(engine.optimum)")
                print("E‖x_K − x*‖² = \(result.expectedSquaredDistance)")
                print("             ≈ \(Quantity.format(result.expectedSquaredDistance.doubleValue))")
                print("E[F(x_K) − F*] = \(result.expectedSuboptimality)")
                print("               ≈ \(Quantity.format(result.expectedSuboptimality.doubleValue))")
            }
        }
    }
}
