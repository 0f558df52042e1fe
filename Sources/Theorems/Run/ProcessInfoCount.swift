import Foundation

/// The number of processors available to this process (the default of `--jobs`).
enum ProcessInfoCount {
    static var active: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
