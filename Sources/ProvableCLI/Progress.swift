import ArgumentParser
import Foundation
import Theorems

/// `--progress` / `--no-progress`: progress lines on standard error. The default is on when
/// standard error is a terminal and off when it is piped or redirected.
struct ProgressOption: ParsableArguments {
    @Flag(inversion: .prefixedNo, help: "Show progress on standard error (default: only when it is a terminal).")
    var progress: Bool?

    /// The printer, or nil when progress is off.
    func printer() -> ProgressPrinter? {
        let terminal = isatty(STDERR_FILENO) == 1
        return (progress ?? terminal) ? ProgressPrinter(terminal: terminal) : nil
    }
}

/// Prints `[12/54] lee-cho-yun-2024/sim-lower-bound 3.1 s — 14 s elapsed, ~20 s left` on
/// standard error: one updating line on a terminal, one line per item otherwise. Progress
/// never reaches standard output, so reports stay byte-identical.
final class ProgressPrinter: Sendable {
    private let terminal: Bool
    private let start = ContinuousClock.now

    init(terminal: Bool) {
        self.terminal = terminal
    }

    func update(_ what: String, completed: Int, total: Int, seconds: Double) {
        let elapsed = ContinuousClock.now - start
        let elapsedSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let left = completed == 0 ? 0 : elapsedSeconds / Double(completed) * Double(total - completed)
        let line = "[\(completed)/\(total)] \(what) \(Self.format(seconds)) — \(Self.format(elapsedSeconds)) elapsed, ~\(Self.format(left)) left"
        if terminal {
            let end = completed == total ? "\n" : ""
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)\(end)".utf8))
        } else {
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds < 10 ? "\(Double(Int(seconds * 10)) / 10) s" : "\(Int(seconds)) s"
    }
}

extension ProgressPrinter {
    /// The progress callback of `CheckRun.run`.
    var forCheck: @Sendable (TheoremReport, Int, Int, Double) -> Void {
        { [self] report, done, total, seconds in update(report.id, completed: done, total: total, seconds: seconds) }
    }

    /// The progress callback of `SweepRun.run`.
    var forSweep: @Sendable (String, UInt64, Int, Int, Double) -> Void {
        { [self] id, seed, done, total, seconds in update("\(id) seed \(seed)", completed: done, total: total, seconds: seconds) }
    }

    /// The progress callback of `MutationRun.run`.
    var forMutants: @Sendable (String, Int, Int, Double) -> Void {
        { [self] what, done, total, seconds in update(what, completed: done, total: total, seconds: seconds) }
    }
}
