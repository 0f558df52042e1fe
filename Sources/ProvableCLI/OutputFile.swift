import ArgumentParser
import Foundation

/// Writing reports to files: atomically (a temporary file in the same directory, then a
/// rename), so a reader never sees a half-written report.
enum OutputFile {
    /// Fails early, before any check runs, when the file cannot be written.
    static func checkWritable(_ path: String) throws {
        try checkParentWritable(of: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError("cannot write '\(path)': it is a directory")
        }
    }

    /// Fails when the directory that would hold `path` does not exist or is not writable.
    static func checkParentWritable(of path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError("cannot write '\(path)': directory '\(directory)' does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw InputError("cannot write '\(path)': directory '\(directory)' is not writable")
        }
    }

    /// Writes `text` to a temporary file beside `path`, then renames it over `path`.
    static func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw InputError("cannot write '\(path)': \(reason)")
            }
        } catch let error as InputError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputError("cannot write '\(path)': \(error.localizedDescription)")
        }
    }
}

/// `--output FILE`, shared by every command that prints a report: written atomically, checked
/// for writability before any work starts.
struct OutputOption: ParsableArguments {
    @Option(help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    /// Fails before the run when the file cannot be written.
    func validateWritable() throws {
        if let output { try OutputFile.checkWritable(output) }
    }

    /// Writes `text` to the file, or prints it.
    func emit(_ text: String) throws {
        if let output { try OutputFile.writeAtomically(text, to: output) } else { print(text, terminator: "") }
    }
}
