import Foundation
import Theorems

/// Writing a report directory atomically: every file goes into a temporary sibling directory,
/// which is then renamed to the destination, so a reader sees the old report or the new one,
/// never half of one. An existing destination is replaced only when it is empty or is itself a
/// Provable report (it has `index.html` and `report.json`), so a mistyped `--output` cannot
/// delete a directory of other files.
enum ReportDirectory {
    /// Fails early, before any check runs, when `path` cannot receive a report.
    static func checkWritable(_ path: String) throws {
        try OutputFile.checkParentWritable(of: path)
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw InputError("cannot write the report to '\(path)': it exists and is not a directory")
        }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        let isReport = contents.contains("index.html") && contents.contains("report.json")
        guard contents.isEmpty || isReport else {
            throw InputError("'\(path)' is a directory that is neither empty nor a Provable report; choose a new or empty directory")
        }
    }

    /// Writes `bundle` into `path` (created, or replaced as a whole).
    static func write(_ bundle: ReportBundle, to path: String) throws {
        try checkWritable(path)
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).tmp-\(pid)")
        let previous = parent.appendingPathComponent(".\(url.lastPathComponent).old-\(pid)")
        let manager = FileManager.default
        do {
            try? manager.removeItem(at: temporary)
            try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
            for file in bundle.files {
                let destination = temporary.appendingPathComponent(file.path)
                try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: destination)
            }
            if manager.fileExists(atPath: url.path) {
                try? manager.removeItem(at: previous)
                try rename(url, previous, path: path)
                do {
                    try rename(temporary, url, path: path)
                } catch {
                    try? rename(previous, url, path: path)
                    throw error
                }
                try? manager.removeItem(at: previous)
            } else {
                try rename(temporary, url, path: path)
            }
        } catch let error as InputError {
            try? manager.removeItem(at: temporary)
            throw error
        } catch {
            try? manager.removeItem(at: temporary)
            throw InputError("cannot write the report to '\(path)': \(error.localizedDescription)")
        }
    }

    private static func rename(_ from: URL, _ to: URL, path: String) throws {
        if Foundation.rename(from.path, to.path) != 0 {
            throw InputError("cannot write the report to '\(path)': \(String(cString: strerror(errno)))")
        }
    }
}
