import ExactMath
import Foundation
import Theorems

/// `provable-bench --profile [--seed S] [--scale quick|standard|thorough] [--filter TEXT]`: runs
/// every theorem of the catalog (or those whose id contains TEXT) once, in catalog order, and
/// attributes the CPU time of the (single) working thread to theorems and, inside each theorem, to the exact and Float64
/// kernels (``Kernel``) by their exclusive time. "outside kernels" is the rest: optimizer
/// loops, instance generation, Monte Carlo, and rational arithmetic done by theorem code.
struct CatalogProfile {
    let seed: UInt64
    let scale: Scale
    let filter: String?

    /// One theorem's time and its kernel breakdown.
    struct Row {
        let id: String
        let time: Duration
        let kernels: [(kernel: Kernel, time: Duration, calls: Int)]
    }

    func run() -> [Row] {
        Catalog.builtIn.theorems.filter { t in filter.map { t.id.contains($0) } ?? true }.map { theorem in
            let profile = KernelProfile()
            let start = threadCPUTime()
            KernelProfile.$current.withValue(profile) {
                blackHole(Catalog.run(theorem, seed: seed, scale: scale))
            }
            return Row(id: theorem.id, time: threadCPUTime() - start, kernels: profile.totals)
        }
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    static func format(_ d: Duration) -> String { String(format: "%8.3f s", seconds(d)) }

    /// Prints the per-theorem table (slowest first) and the catalog-wide kernel table.
    func report(_ rows: [Row]) {
        let total = rows.reduce(Duration.zero) { $0 + $1.time }
        print("catalog profile: \(rows.count) theorems, scale \(scale.rawValue), seed \(seed): \(Self.format(total)) thread CPU time in all\n")
        print("per theorem (slowest first; kernel shares of that theorem's time):")
        for row in rows.sorted(by: { $0.time > $1.time }) {
            let top = row.kernels.sorted { $0.time > $1.time }.prefix(3)
                .filter { Self.seconds($0.time) >= 0.0005 }
                .map { "\($0.kernel.rawValue) \(Int((100 * Self.seconds($0.time) / max(Self.seconds(row.time), 1e-9)).rounded()))%" }
            print("\(Self.format(row.time))  \(row.id)\(top.isEmpty ? "" : "  [" + top.joined(separator: ", ") + "]")")
        }
        var byKernel: [Kernel: (Duration, Int)] = [:]
        for row in rows {
            for k in row.kernels {
                let (t, c) = byKernel[k.kernel] ?? (.zero, 0)
                byKernel[k.kernel] = (t + k.time, c + k.calls)
            }
        }
        let inKernels = byKernel.values.reduce(Duration.zero) { $0 + $1.0 }
        print("\nper kernel (exclusive time, whole catalog):")
        for (kernel, (time, calls)) in byKernel.sorted(by: { $0.value.0 > $1.value.0 }) {
            let share = Int((100 * Self.seconds(time) / max(Self.seconds(total), 1e-9)).rounded())
            print("\(Self.format(time))  \(String(format: "%3d", share))%  \(String(format: "%8d", calls)) calls  \(kernel.rawValue)")
        }
        let rest = total - inKernels
        let share = Int((100 * Self.seconds(rest) / max(Self.seconds(total), 1e-9)).rounded())
        print("\(Self.format(rest))  \(String(format: "%3d", share))%                 outside kernels (optimizer and Float64 loops, generators, Monte Carlo, theorem-level rational arithmetic)")
    }
}
