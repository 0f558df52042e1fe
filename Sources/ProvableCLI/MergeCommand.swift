import ArgumentParser
import Foundation
import Theorems

extension Provable {
    /// `provable merge SHARD.json…`: the shards of one run put back together.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge the JSON reports of all shards of one 'check --shard' or 'sweep --shard' run into the unsharded report.",
            discussion: """
                The result is byte-identical to the report of the same command without --shard. Exit status 0 when \
                the merged run succeeded, 1 when it did not, 2 when the files are not the shards of one run.
                """)

        @Argument(help: ArgumentHelp("The shards' JSON reports (all of them, any order).", valueName: "shard.json"),
                  completion: .file(extensions: ["json"]))
        var files: [String] = []

        @OptionGroup var output: OutputOption

        func run() throws {
            guard !files.isEmpty else { throw InputError("give the shards' JSON reports to merge") }
            let inputs = try files.map { ReportMerge.Input(name: $0, text: try InputFile.text($0)) }
            try output.validateWritable()
            let merged: ReportMerge.Merged
            do { merged = try ReportMerge.merge(inputs) } catch { throw InputError(error.description) }
            try output.emit(merged.json)
            if !merged.succeeded { throw ExitCode(1) }
        }
    }
}

/// Reading an input file as text, with a reason a person can act on when it cannot be read.
enum InputFile {
    /// At most this many bytes are read from an input report (a runaway file fails at once).
    static let limit = 512 * 1024 * 1024

    static func text(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError("cannot read '\(path)': no such file")
        }
        guard !isDirectory.boolValue else { throw InputError("cannot read '\(path)': it is a directory") }
        guard FileManager.default.isReadableFile(atPath: path) else { throw InputError("cannot read '\(path)': permission denied") }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InputError("cannot read '\(path)': \(error.localizedDescription)")
        }
        guard data.count <= limit else { throw InputError("cannot read '\(path)': larger than \(limit / 1024 / 1024) MiB") }
        guard let text = String(data: data, encoding: .utf8) else { throw InputError("cannot read '\(path)': not UTF-8 text") }
        return text
    }
}
