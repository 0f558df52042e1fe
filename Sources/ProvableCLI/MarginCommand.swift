import ArgumentParser
import Foundation
import ExactMath
import FloatMath
import Theorems

extension Provable {
    /// `provable margin`: the max-margin classifier of a labelled CSV file in ℓ1, ℓ2, ℓ∞
    /// (exact, with a verified certificate) or ℓp, 1 < p < ∞ (Float64, with a duality gap).
    struct Margin: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "margin",
            abstract: "Exact max-margin classifier (ℓ1, ℓ2, ℓ∞) of a labelled CSV file, with its certificate.",
            discussion: """
                FILE.csv has rows label,x1,…,xd with labels +1/-1 and integer, decimal or p/q values (read exactly); \
                a header row is allowed (CSV as usual: a UTF-8 byte-order mark, CRLF row ends, quoted fields and blank rows are accepted; errors name the 1-based row and column). With zᵢ = yᵢxᵢ the margin is γ = max_{‖w‖≤1} minᵢ zᵢ·w. \
                --norm inf and 1: exact LP; prints γ, a maximizer w with ‖w‖ = 1, whether it is the only maximizer \
                (decided exactly; if not, a second maximizer that differs from w), the support vectors (0-based rows \
                with zᵢ·w = γ) and the dual certificate λ ∈ Δ with ‖Zᵀλ‖_q = γ. \
                --norm 2: exact QP; prints γ² exactly and γ in decimal, the SVM vector ŵ scaled so that Zŵ ≥ 1 with \
                equality on the support vectors (γ = 1/‖ŵ‖), and the KKT multipliers λ ≥ 0 with ŵ = Zᵀλ, Σλ = 1/γ². \
                --norm P (a number 1 < P < ∞): Float64 log-barrier solution with ‖w‖_P = 1 and the duality gap \
                ‖Zᵀλ‖_q − γ_P(w); the answer is certified only when |gap| ≤ \(Self.gapTolerance)·max(1, dual bound), and \
                otherwise it is an error (exit status 2), or, with --allow-uncertified, printed labelled UNCERTIFIED \
                with exit status 1. JSON keys: norm, margin (p/q; ℓ2: marginSquared), marginDecimal, direction, \
                supportVectors, dual (inf and 1 also: unique, and alternativeDirection when not unique); \
                for other P: marginDecimal, directionDecimal, dualDecimal, dualityGap, certified. \
                Non-separable data exit with status 2 and an exact Gordan certificate (λ ≥ 0, Σλ = 1, Zᵀλ = 0). \
                Limits: --time-limit (default 60 s), --max-digits per number (default 1000), --max-entries for \
                rows × features (default 20000); each stops with exit status 2 and names the option to raise.
                """)

        @Option(help: "1, 2, inf, or a number P with 1 < P < ∞.")
        var norm: String

        @Option(help: "Output format: text or json.")
        var format: MarginFormat = .text

        @Argument(help: "CSV file: label,x1,…,xd per row.")
        var file: String

        @Option(name: .customLong("max-entries"), help: "The largest number of entries rows × features.")
        var maxEntries: Int = 20_000

        @Flag(name: .customLong("allow-uncertified"),
              help: "For --norm P: print a Float64 answer whose duality gap misses its tolerance, labelled UNCERTIFIED (exit status 1).")
        var allowUncertified = false

        @OptionGroup var budget: WorkBudget

        /// The relative duality-gap tolerance of the Float64 ℓp answer: the barrier method stops at
        /// n/t < 1e-12, so a converged solve has a gap many orders below it.
        static let gapTolerance = 1e-8

        enum MarginFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() throws {
            let watchdog = budget.startClock("margin", hint: "")
            guard let data = FileManager.default.contents(atPath: file) else { throw InputError("cannot read data file '\(file)'") }
            let z = try MarginDataFile.parse(String(decoding: data, as: UTF8.self), limits: budget.limits, maxEntries: maxEntries)
            do {
                switch norm {
                case "inf", "1": try polyhedral(z, l1: norm == "1", watchdog: watchdog)
                case "2": try euclidean(z, watchdog: watchdog)
                default:
                    guard let p = Double(norm), p.isFinite, p > 1 else {
                        throw InputError("--norm must be 1, 2, inf or a number P with 1 < P < ∞, got '\(norm)'")
                    }
                    try general(z, p: p, watchdog: watchdog)
                }
            } catch let error as MaxMarginError {
                throw InputError(error.description)
            }
        }

        /// Prints the JSON object (the project's ordered, deterministic `JSONValue`) or the text lines,
        /// once the time limit can no longer fire.
        private func emit(_ fields: [(String, JSONValue)], text: [String], watchdog: Watchdog) throws {
            watchdog.finish()
            switch format {
            case .text: print(text.joined(separator: "\n"))
            case .json: print(JSONValue.object(fields).serialized())
            }
        }

        private func strings(_ v: [Rational]) -> JSONValue { .array(v.map { .string($0.description) }) }
        private func numbers(_ v: [Double]) -> JSONValue { .array(v.map { .number($0) }) }
        private func indices(_ v: [Int]) -> JSONValue { .array(v.map { .int($0) }) }

        private func list(_ v: [Rational]) -> String { "[" + v.map(\.description).joined(separator: ", ") + "]" }

        private func polyhedral(_ z: Matrix<Rational>, l1: Bool, watchdog: Watchdog) throws {
            let m = try PolyhedralMaxMargin(z, l1: l1)
            let name = l1 ? "ℓ1" : "ℓ∞", dual = l1 ? "‖Zᵀλ‖∞" : "‖Zᵀλ‖₁"
            var fields: [(String, JSONValue)] = [
                ("norm", .string(l1 ? "1" : "inf")), ("margin", .string(m.margin.description)),
                ("marginDecimal", .number(m.margin.doubleValue)), ("direction", strings(m.direction)),
                ("supportVectors", indices(m.supportVectors)), ("dual", strings(m.dual)),
            ]
            let uniqueness: [String]
            // The margin above is already certified; a failure of the uniqueness diagnostic
            // (an internal solver or verifier failure, not bad input) must not discard it.
            switch Result(catching: { () throws(MaxMarginError) in try PolyhedralMaximizerSet(z, solution: m) }) {
            case let .failure(error):
                fields.append(("unique", .null))
                uniqueness = ["maximizer uniqueness: undecided (\(error.description))"]
            case let .success(set):
                fields.append(("unique", .bool(set.isUnique)))
                switch set.uniqueness {
                case .unique:
                    uniqueness = [set.programsSolved == 0
                        ? "maximizer: unique (exact: the equations the dual certificate forces on every maximizer have rank \(z.columns))"
                        : "maximizer: unique (exact: max and min of every coordinate over the optimal set agree, \(set.programsSolved) verified LPs)"]
                case let .nonUnique(_, alternative, j):
                    fields.append(("alternativeDirection", strings(alternative)))
                    uniqueness = [
                        "maximizer: NOT unique; the optimal set {w : Zw ≥ γ, ‖w‖ ≤ 1} is a face",
                        "alternative maximizer (‖w‖ = 1, margin γ, differs from w in coordinate \(j), 0-based): \(list(alternative))",
                    ]
                }
            }
            try emit(fields, text: [
                "\(name) max margin γ = \(m.margin) ≈ \(Quantity.format(m.margin.doubleValue)) (exact)",
                "direction w (‖w‖ = 1, one maximizer): \(list(m.direction))",
            ] + uniqueness + [
                "support vectors (0-based rows with zᵢ·w = γ): \(m.supportVectors)",
                "dual certificate λ ∈ Δ with \(dual) = γ: \(list(m.dual))",
                "certificate: verified exactly (LP primal/dual feasible with equal objectives; minimax pair γ(w) = \(dual))",
            ], watchdog: watchdog)
        }

        private func euclidean(_ z: Matrix<Rational>, watchdog: Watchdog) throws {
            let m = try L2MaxMargin(z)
            try emit([
                ("norm", .string("2")), ("marginSquared", .string(m.marginSquared.description)),
                ("marginDecimal", .number(m.marginDecimal)), ("direction", strings(m.direction)),
                ("supportVectors", indices(m.supportVectors)), ("dual", strings(m.dual)),
            ], text: [
                "ℓ2 max margin: γ² = \(m.marginSquared) (exact), γ ≈ \(Quantity.format(m.marginDecimal))",
                "SVM vector ŵ (scaled so Zŵ ≥ 1, equality on support vectors; γ = 1/‖ŵ‖): \(list(m.direction))",
                "support vectors (0-based rows with zᵢ·ŵ = 1): \(m.supportVectors)",
                "KKT multipliers λ ≥ 0 with ŵ = Zᵀλ, Σλ = 1/γ²: \(list(m.dual))",
                "certificate: KKT conditions verified exactly",
            ], watchdog: watchdog)
        }

        private func general(_ z: Matrix<Rational>, p: Double, watchdog: Watchdog) throws {
            let l2 = try L2MaxMargin(z)
            let start = l2.direction.map { $0.doubleValue * 1.1 }
            let rows = z.rowArrays.map { $0.map(\.doubleValue) }
            let m: LpMaxMargin
            do { m = try LpMaxMargin(rows: rows, p: p, start: start) } catch { throw InputError("ℓ\(p) solver: \(error)") }
            let tolerance = Self.gapTolerance * max(1, abs(m.dualMargin))
            let certified = abs(m.dualityGap) <= tolerance
            let gapText = "duality gap \(m.dualityGap), tolerance \(tolerance)"
            guard certified || allowUncertified else {
                throw InputError("the Float64 ℓ\(norm) answer is not certified: \(gapText) (primal \(m.primalMargin), dual bound \(m.dualMargin)), so the margin found need not be the max margin; use --norm 1, 2 or inf for an exact answer, or --allow-uncertified to print it labelled UNCERTIFIED")
            }
            try emit([
                ("norm", .string(norm)), ("marginDecimal", .number(m.primalMargin)),
                ("directionDecimal", numbers(m.direction)), ("dualDecimal", numbers(m.dual)),
                ("dualityGap", .number(m.dualityGap)), ("certified", .bool(certified)),
            ], text: [
                certified ? "ℓ\(norm) max margin (Float64, certified to the duality gap): γ ≈ \(m.primalMargin)  (dual bound \(m.dualMargin), \(gapText))"
                          : "UNCERTIFIED ℓ\(norm) margin (Float64; the duality gap misses its tolerance, so this need not be the max margin): γ(w) ≈ \(m.primalMargin)  (dual bound \(m.dualMargin), \(gapText))",
                "direction w (‖w‖_\(norm) = 1): \(m.direction)",
                "dual λ ∈ Δ (barrier multipliers): \(m.dual)",
            ], watchdog: watchdog)
            if !certified { throw ExitCode(1) }
        }
    }
}
