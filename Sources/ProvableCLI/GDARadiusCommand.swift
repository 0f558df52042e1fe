import ArgumentParser
import Foundation
import FloatMath
import ExactMath
import Optimizers
import Theorems

extension Provable {
    /// `provable gda-radius`: the certified spectral radius of a GDA-type method on a
    /// quadratic game f = ½xᵀAx + xᵀBy − ½yᵀCy (Lee–Cho–Yun, ICML 2024, Algorithms 1–2;
    /// extragradient), decided exactly from the method's own rational iteration matrix.
    struct GDARadius: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gda-radius",
            abstract: "Certified spectral radius of Sim/Alt/Alex-GDA or extragradient on a quadratic game.",
            discussion: """
                The game file is a JSON object {"A": [[…]], "B": [[…]], "C": [[…]]}; entries are integers, decimals \
                or "p/q" strings, read exactly. A (d_x×d_x) and C (d_y×d_y) must be symmetric, B is d_x×d_y. Prints a \
                certified bracket lower < ρ ≤ upper of the iteration matrix's spectral radius (closed-disk Schur–Cohn \
                tests on det(zI − M)), whether ρ < 1 (certified by Schur–Cohn), and the iterations to ε = 1e-8 that \
                upper implies (smallest k with upper^k ≤ 1e-8, computed in Float64). When the iteration matrix is \
                nilpotent, ρ = 0 exactly: that is decided (det(zI − M) = zⁿ) and printed as ρ = 0, with lower = upper = 0 \
                and "radiusIsZero": true in JSON. Limits: --time-limit (default 60 s), --max-digits per number (default \
                1000), --max-order for d_x + d_y (default 40); each stops with exit status 2 and names the option to raise.
                """)

        @Option(help: "JSON file with the game's A, B, C.")
        var game: String

        @Option(help: "sim, alt, alex or eg.")
        var method: String

        @Option(help: "Step size α for x (integer, decimal or p/q; > 0).")
        var alpha: String

        @Option(help: "Step size β for y (integer, decimal or p/q; > 0).")
        var beta: String

        @Option(help: "Alex-GDA extrapolation γ (required with --method alex).")
        var gamma: String?

        @Option(help: "Alex-GDA extrapolation δ (required with --method alex).")
        var delta: String?

        @Option(help: "Bracket width (> 0).")
        var width: String = "1/1000000000"

        @Option(help: "Output format: text or json.")
        var format: GDAFormat = .text

        @Option(name: .customLong("max-order"), help: "The largest order d_x + d_y of the iteration matrix.")
        var maxOrder: Int = 40

        @OptionGroup var budget: WorkBudget

        enum GDAFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func number(_ text: String, _ name: String) throws -> Rational {
            try budget.limits.parse(text, "--\(name)")
        }

        func variant() throws -> GDAVariant {
            let needsExtrapolation = method == "alex"
            if !needsExtrapolation && (gamma != nil || delta != nil) {
                throw InputError("--gamma/--delta apply only to --method alex")
            }
            switch method {
            case "sim": return .sim
            case "alt": return .alt
            case "eg": return .extragradient
            case "alex":
                guard let gamma, let delta else { throw InputError("--method alex needs --gamma and --delta") }
                return .alex(gamma: try number(gamma, "gamma"), delta: try number(delta, "delta"))
            default: throw InputError("unknown --method '\(method)'; expected sim, alt, alex or eg")
            }
        }

        func run() throws {
            let watchdog = budget.startClock("gda-radius", hint: "ask for a wider bracket with --width")
            let v = try variant()
            let a = try number(alpha, "alpha"), b = try number(beta, "beta")
            guard a > 0 else { throw InputError("--alpha must be positive, got \(a)") }
            guard b > 0 else { throw InputError("--beta must be positive, got \(b)") }
            let w = try number(width, "width")
            guard w > 0 else { throw InputError("--width must be positive, got \(w)") }
            guard w >= Rational(1, 10).power(60) else {
                throw InputError("--width \(w.doubleValue) is below 1e-60; exact bisection to that width would not finish")
            }
            guard let data = FileManager.default.contents(atPath: game) else { throw InputError("cannot read game file '\(game)'") }
            let g = try GDAGameFile.parse(String(decoding: data, as: UTF8.self), limits: budget.limits, maxOrder: maxOrder)
            let m = v.iterationMatrix(alpha: a, beta: b, on: g)
            let evidence = SpectralRadiusEvidence(matrix: m)
            guard let bracket = evidence.bracket(width: w), let converges = evidence.isBelow(1) else {
                throw InputError("internal: a spectral certificate failed verification")
            }
            let iterations: Int? = {
                guard bracket.upper < 1 else { return nil }
                guard bracket.upper > 0 else { return 1 }
                let k = (18.420680743952367 / -deterministicLog(bracket.upper.doubleValue)).rounded(.up)
                return k.isFinite && k < Double(Int.max) ? max(1, Int(k)) : nil
            }()
            // ρ = 0 exactly (the bracket's documented lower = upper = 0 case): M is nilpotent.
            let radiusIsZero = bracket.upper.isZero
            watchdog.finish()
            switch format {
            case .json:
                print(JSONValue.object([
                    ("method", .string(v.description)),
                    ("lower", .string(bracket.lower.description)),
                    ("upper", .string(bracket.upper.description)),
                    ("lowerDecimal", .number(bracket.lower.doubleValue)),
                    ("upperDecimal", .number(bracket.upper.doubleValue)),
                    ("converges", .bool(converges)),
                    ("iterationsToEpsilon", iterations.map { .int($0) } ?? .null),
                    ("radiusIsZero", .bool(radiusIsZero)),
                ]).serialized())
            case .text:
                print("\(v) on a game with d_x=\(g.dx), d_y=\(g.dy), α=\(a), β=\(b): iteration matrix \(m.rows)×\(m.columns)")
                if radiusIsZero {
                    print("ρ = 0 exactly: det(zI − M) = z^\(m.rows), the iteration matrix is nilpotent (decided exactly)")
                } else {
                    print("certified bracket: \(bracket.lower) < ρ ≤ \(bracket.upper)")
                    print("                   \(Quantity.format(bracket.lower.doubleValue)) < ρ ≤ \(Quantity.format(bracket.upper.doubleValue))")
                }
                print("converges (ρ < 1, Schur–Cohn certified): \(converges ? "yes" : "no")")
                print("iterations to ε = 1e-8 implied by the upper end: \(iterations.map(String.init) ?? "none (upper ≥ 1)")")
            }
        }
    }
}
