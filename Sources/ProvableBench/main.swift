import ExactMath
import FloatMath
import Foundation
import Theorems

// provable-bench: the speed targets of the issues, measured in a release build
// (`swift run -c release provable-bench`). Tests assert correctness; this shows speed.
// `provable-bench --filter TEXT` runs only the benchmarks whose name contains TEXT;
// `provable-bench --profile` attributes the catalog's time to theorems and kernels (CatalogProfile).

let usage = """
    usage: provable-bench [--filter TEXT]
           provable-bench --profile [--seed S] [--scale quick|standard|thorough] [--filter TEXT]
           provable-bench --peer-inputs DIR
    --filter TEXT   run only the benchmarks (or, with --profile, the theorems) whose name contains TEXT
    --profile       attribute the catalog's time (default: standard scale, seed 1) to theorems and kernels
    --peer-inputs DIR  write the inputs of the FLINT/HiGHS side-by-side workloads (benchmarks named "peer:")
    """
var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") { print(usage); exit(0) }

/// Fails with the usage text and exit status 2.
func usageError(_ message: String) -> Never {
    FileHandle.standardError.write(Data("provable-bench: \(message)\n\(usage)\n".utf8))
    exit(2)
}

/// Fixed benchmark workloads built by `make`, or exit 2 naming them (`what`) and the generator's error.
func workloads<W>(_ what: String, _ make: () throws -> W) -> W {
    do { return try make() } catch {
        FileHandle.standardError.write(Data("provable-bench: the \(what) workloads could not be generated: \(error)\n".utf8))
        exit(2)
    }
}

/// The peer-comparison workloads, or exit 2 with the generator's error.
func peerWorkloads() -> PeerWorkloads { workloads("peer", PeerWorkloads.init) }

/// Removes `--name VALUE` from the arguments and returns VALUE.
@MainActor func takeOption(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name) else { return nil }
    guard i + 1 < arguments.count else { usageError("\(name) needs a value") }
    let value = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
    return value
}

let profileMode = arguments.contains("--profile")
arguments.removeAll { $0 == "--profile" }
let nameFilter = takeOption("--filter")
let seedText = takeOption("--seed"), scaleText = takeOption("--scale")
if let directory = takeOption("--peer-inputs") {
    do { try peerWorkloads().write(to: directory) } catch { usageError("cannot write the peer inputs to '\(directory)': \(error)") }
    print("wrote alt6.json, gamma6.json and margin200.json to \(directory)")
    exit(0)
}
if !arguments.isEmpty { usageError("unexpected arguments \(arguments)") }
if !profileMode && (seedText != nil || scaleText != nil) { usageError("--seed and --scale apply only to --profile") }
if profileMode {
    guard let seed = UInt64(seedText ?? "1") else { usageError("--seed must be a non-negative integer") }
    guard let scale = Scale(rawValue: scaleText ?? "standard") else { usageError("--scale must be quick, standard or thorough") }
    let profile = CatalogProfile(seed: seed, scale: scale, filter: nameFilter)
    let rows = profile.run()
    if rows.isEmpty, let nameFilter { usageError("no theorem id contains '\(nameFilter)'") }
    profile.report(rows)
    exit(0)
}
/// Whether the benchmark is selected by `--filter`.
func selected(_ b: Benchmark) -> Bool { nameFilter.map { b.name.contains($0) } ?? true }

var rng = SeededGenerator(seed: 2026)
let det12 = randomRationalMatrix(12, &rng)
let harmonicTerms = (1...2000).map { Rational(1, $0) }
let bracket6 = randomRationalMatrix(6, &rng)
let bracketWidth = Rational(1, 1_000_000_000_000)
let bracketHint = try? spectralRadius(bracket6.doubleValue)

let benchmarks: [Benchmark] = [
    Benchmark(name: "exact determinant, 12×12 random fractions (|p|, q ≤ 100), Bareiss", target: "< 50 ms", runs: 9) {
        blackHole(try? det12.determinant())
    },
    Benchmark(name: "exact sum 1/1 + … + 1/2000, Rational.sum (one reduction)", target: "< 20 ms", runs: 9) {
        blackHole(Rational.sum(harmonicTerms))
    },
    Benchmark(name: "exact sum 1/1 + … + 1/2000, folded with + (gcd per step), for comparison", target: "—", runs: 3) {
        blackHole(harmonicTerms.reduce(Rational.zero, +))
    },
    Benchmark(name: "certified spectral-radius bracket, 6×6 rational, width 1e-12, no hint", target: "< 1 s", runs: 3) {
        blackHole(try? bracket6.characteristicPolynomial.rootRadiusBracket(width: bracketWidth))
    },
    Benchmark(name: "certified spectral-radius bracket, 6×6 rational, width 1e-12, Float64 hint", target: "< 1 s", runs: 3) {
        blackHole(try? bracket6.characteristicPolynomial.rootRadiusBracket(width: bracketWidth, hint: bracketHint))
    },
    Benchmark(name: "classical family checks, standard scale", target: "—", runs: 1) {
        blackHole(CheckRun(theorems: Catalog.builtIn.theorems(in: .classical), seed: 1, scale: .standard))
    },
] + inContextLearningBenchmarks(workloads("in-context-learning", InContextLearningWorkloads.init)) + peerWorkloads().benchmarks()

print("provable-bench (median and minimum wall time; run in release: swift run -c release provable-bench)\n")

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}

/// Measures and prints the selected benchmarks of one group; returns how many ran.
func runSelected(_ group: [Benchmark]) -> Int {
    var ran = 0
    for b in group where selected(b) {
        let (median, minimum) = b.measure()
        func shown(_ ms: Double) -> String {
            ms < 1 ? String(Int((ms * 1000).rounded())) + " µs" : ms < 10 ? String(Double(Int((ms * 10).rounded())) / 10) + " ms" : String(Int(ms.rounded())) + " ms"
        }
        print("\(shown(median).padding(10))  (min \(shown(minimum).padding(9)))  target \(b.target.padding(9))  \(b.name)")
        ran += 1
    }
    return ran
}

// Foundation, classical and in-context learning first, then the minimax (lee-cho-yun-2024),
// shuffling (#6) and implicit-bias (#3) families. Each group's data are built when its turn comes.
var ran = runSelected(benchmarks)
ran += runSelected(minimaxBenchmarks())
ran += runSelected(shufflingBenchmarks())
ran += runSelected(implicitBiasBenchmarks())
if ran == 0, let nameFilter {
    FileHandle.standardError.write(Data("provable-bench: no benchmark name contains '\(nameFilter)'\n".utf8))
    exit(2)
}
