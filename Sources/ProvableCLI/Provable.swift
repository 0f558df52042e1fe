import ArgumentParser
import Foundation
import Theorems

/// The `provable` command: theorems from optimization and learning-theory papers as
/// executable, falsifiable checks.
///
/// Exit status: 0 when every claim holds and every false variant is refuted; 1 when
/// anything is refuted, not discriminating or inconclusive; 2 for usage or input errors.
@main
struct Provable: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provable",
        abstract: "Check theorems from optimization and learning-theory papers on generated instances.",
        discussion: """
            Exit status: 0 when every claim holds and every false variant is refuted; \
            1 when any claim is refuted, not discriminating or inconclusive; 2 for usage or input errors.
            """,
        subcommands: [List.self, Check.self, Sweep.self, Mutants.self, Report.self, Cite.self, LSAOptimum.self, GDARadius.self, Shuffle.self, Margin.self],
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
