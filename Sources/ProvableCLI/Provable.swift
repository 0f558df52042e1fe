import ArgumentParser
import Foundation
import Theorems

/// The `provable` command line as a library entry point.
///
/// Provable's own executable calls `ProvableCommand.main(catalog: .builtIn, mutants: .builtIn)`.
/// A researcher's executable passes its own catalog — for instance
/// `Catalog.builtIn + Catalog([MyRate()])` — and gets `check`, `sweep`, `list`, `cite`,
/// `mutants`, … on its theorems plus Provable's.
public enum ProvableCommand {
    /// Parses the process's arguments and runs the command on `catalog` and `mutants`; exits
    /// the process with the command's status (0 success, 1 a check failed, 2 bad input).
    public static func main(catalog: Catalog, mutants: MutantCatalog = MutantCatalog([])) async {
        await CommandContext.$catalog.withValue(catalog) {
            await CommandContext.$mutants.withValue(mutants) {
                await Provable.main()
            }
        }
    }
}

/// The catalog the running command works on, set by ``ProvableCommand/main(catalog:mutants:)``
/// for the duration of the command (a task-local value, not global state).
enum CommandContext {
    @TaskLocal static var catalog: Catalog = .builtIn
    @TaskLocal static var mutants: MutantCatalog = .builtIn
}

/// The `provable` command: theorems from optimization and learning-theory papers as
/// executable, falsifiable checks.
///
/// Exit status: 0 when every claim holds and every false variant is refuted; 1 when
/// anything is refuted, not discriminating or inconclusive; 2 for usage or input errors.
struct Provable: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provable",
        abstract: "Check theorems from optimization and learning-theory papers on generated instances.",
        discussion: """
            Exit status: 0 when every claim holds and every false variant is refuted; \
            1 when any claim is refuted, not discriminating or inconclusive; 2 for usage or input errors.
            """,
        version: ProvableVersion.string,
        subcommands: [List.self, Check.self, Sweep.self, Mutants.self, Report.self, Merge.self, Diff.self, Costs.self, Cite.self, LSAOptimum.self, GDARadius.self, Shuffle.self, Margin.self],
        defaultSubcommand: Check.self)

    /// Parses and runs, mapping every usage or input error to exit status 2 with one line
    /// on standard error (ArgumentParser's own default for usage errors is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as InputError {
            FileHandle.standardError.write(Data("provable: error: \(error.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            if exitCode(for: error) == .success { Provable.exit(withError: error) }  // --help, --version
            let message = Provable.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            FileHandle.standardError.write(Data("provable: error: \(message)\n".utf8))
            FileHandle.standardError.write(Data("Run 'provable --help' for usage.\n".utf8))
            Foundation.exit(2)
        }
    }
}

/// A usage or input error with a message a person can act on; exits with status 2.
struct InputError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
