import Foundation

/// Where a report comes from: the `provenance` block of the JSON report, so that a verdict
/// table cited in a paper, or compared with last month's, says what produced it.
public struct RunProvenance: Sendable, Hashable {
    /// Provable's version (``ProvableVersion/string``).
    public var version: String
    /// The git commit of the Provable checkout the binary was built from, when it can be read.
    public var commit: String?
    /// The Swift compiler the binary was built with ("6.3").
    public var swift: String
    /// Operating system and architecture ("linux-x86_64").
    public var platform: String
    /// The command line, arguments only, without the program name (a path) and without the
    /// options that cannot change the report's content (``contentFreeOptions``), so that the
    /// report of `--jobs 1` and `--jobs 2`, or the merge of `--shard` runs, are the same bytes.
    public var arguments: [String]

    /// Options that change how a report is produced or where it goes, never what it says.
    public static let contentFreeOptions: Set<String> = ["--jobs", "--output", "--shard", "--progress", "--no-progress", "--baseline"]
    /// Of those, the flags (which take no value).
    static let contentFreeFlags: Set<String> = ["--progress", "--no-progress"]

    /// `arguments` with the content-free options (and their values) removed.
    public static func reportArguments(_ arguments: [String]) -> [String] {
        var kept: [String] = []
        var skipNext = false
        for a in arguments {
            if skipNext { skipNext = false; continue }
            let name = a.split(separator: "=", maxSplits: 1).first.map(String.init) ?? a
            if contentFreeOptions.contains(name) {
                if !a.contains("=") && !contentFreeFlags.contains(name) { skipNext = true }
                continue
            }
            kept.append(a)
        }
        return kept
    }

    public init(version: String = ProvableVersion.string, commit: String? = RunProvenance.buildCommit,
                swift: String = RunProvenance.compiler, platform: String = RunProvenance.currentPlatform,
                arguments: [String]) {
        self.version = version
        self.commit = commit
        self.swift = swift
        self.platform = platform
        self.arguments = RunProvenance.reportArguments(arguments)
    }

    /// The compiler version, decided at compile time.
    public static var compiler: String {
        #if compiler(>=6.4)
        "6.4 or later"
        #elseif compiler(>=6.3)
        "6.3"
        #elseif compiler(>=6.2)
        "6.2"
        #elseif compiler(>=6.1)
        "6.1"
        #else
        "6.0"
        #endif
    }

    /// "os-arch", decided at compile time.
    public static var currentPlatform: String {
        #if os(Linux)
        let os = "linux"
        #elseif os(macOS)
        let os = "macos"
        #elseif os(Windows)
        let os = "windows"
        #else
        let os = "other"
        #endif
        #if arch(x86_64)
        let arch = "x86_64"
        #elseif arch(arm64)
        let arch = "arm64"
        #else
        let arch = "other"
        #endif
        return "\(os)-\(arch)"
    }

    /// The commit of the checkout this file was compiled from, read from its `.git` (HEAD, a
    /// loose ref or packed-refs) without running git; nil when the sources are not a git
    /// checkout (an installed copy, a tarball) or the files cannot be read.
    public static let buildCommit: String? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<6 {
            let git = directory.appendingPathComponent(".git")
            if let commit = GitHead.commit(at: git) { return commit }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()
}

/// Reads the commit a git directory's HEAD points to.
enum GitHead {
    static func commit(at git: URL) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: git.path, isDirectory: &isDirectory) else { return nil }
        var directory = git
        if !isDirectory.boolValue {
            // A worktree or submodule: ".git" is a file "gitdir: <path>".
            guard let text = try? String(contentsOf: git, encoding: .utf8), text.hasPrefix("gitdir:") else { return nil }
            let path = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            directory = URL(fileURLWithPath: path, relativeTo: git.deletingLastPathComponent())
        }
        guard let head = try? String(contentsOf: directory.appendingPathComponent("HEAD"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        guard head.hasPrefix("ref:") else { return isCommit(head) ? head : nil }
        let ref = head.dropFirst("ref:".count).trimmingCharacters(in: .whitespaces)
        // Worktrees keep refs in the common directory.
        var common = directory
        if let text = try? String(contentsOf: directory.appendingPathComponent("commondir"), encoding: .utf8) {
            common = URL(fileURLWithPath: text.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: directory)
        }
        for base in [directory, common] {
            if let loose = try? String(contentsOf: base.appendingPathComponent(ref), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines), isCommit(loose) { return loose }
            if let packed = try? String(contentsOf: base.appendingPathComponent("packed-refs"), encoding: .utf8) {
                for line in packed.split(separator: "\n") where line.hasSuffix(" " + ref) {
                    let hash = String(line.prefix(while: { $0 != " " }))
                    if isCommit(hash) { return hash }
                }
            }
        }
        return nil
    }

    static func isCommit(_ s: String) -> Bool {
        s.count == 40 && s.allSatisfy { $0.isHexDigit }
    }
}
