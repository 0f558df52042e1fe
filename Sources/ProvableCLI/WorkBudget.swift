import ArgumentParser
import ExactMath
import Dispatch
import Foundation
import Synchronization

/// The work budget shared by the family commands (`margin`, `gda-radius`, `lsa-optimum`,
/// `shuffle`): a wall-clock limit and a limit on the digits of any one input number, both
/// checked so that no input makes a command run without end. Size limits specific to a
/// command (rows × columns, matrix order, epochs) are options of that command.
struct WorkBudget: ParsableArguments {
    @Option(name: .customLong("time-limit"),
            help: "Stop with exit status 2 after this many seconds of wall time.")
    var timeLimit: Double = 60

    @Option(name: .customLong("max-digits"),
            help: "The most digits one input number may have, its decimal exponent included.")
    var maxDigits: Int = 1000

    func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
        guard maxDigits >= 1 else { throw ValidationError("--max-digits must be at least 1") }
    }

    /// The number limits every reader of the command applies.
    var limits: NumberLimits { NumberLimits(maxDigits: maxDigits) }

    /// Starts the wall-clock limit for `command`; `hint` says what else the user can do.
    func startClock(_ command: String, hint: String) -> Watchdog {
        Watchdog(command: command, seconds: timeLimit, hint: hint)
    }
}

/// The digit limit on input numbers, checked on the text **before** it is converted (a
/// 200000-digit integer would otherwise cost seconds to read, and 1e10000 is short text for
/// a 10001-digit value).
struct NumberLimits: Sendable {
    let maxDigits: Int

    /// The digits of the exact value the text denotes: for p/q the digits of p and of q, for a
    /// decimal the digits of its mantissa plus the magnitude of its exponent (the exponent
    /// itself bounded by its own length). Text that is not a number passes (the parser rejects it).
    static func digits(of text: Substring) -> Int {
        if let slash = text.firstIndex(of: "/") {
            return max(digits(of: text[..<slash]), digits(of: text[text.index(after: slash)...]))
        }
        var mantissa = text, exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            let expDigits = text[text.index(after: e)...].filter(\.isNumber)
            exponent = expDigits.count > 9 ? Int.max / 2 : (Int(expDigits) ?? 0)
        }
        return mantissa.count(where: \.isNumber) + exponent
    }

    /// Throws an ``InputError`` naming the limit when `text` has too many digits.
    func check(_ text: Substring, _ what: @autoclosure () -> String) throws {
        let n = Self.digits(of: text)
        guard n <= maxDigits else {
            let shown = n >= Int.max / 4 ? "an exponent too large to count" : "\(n) digits"
            throw InputError("\(what()) has \(shown), above the limit of \(maxDigits) digits per number; raise it with --max-digits N")
        }
    }

    /// Checks the digit limit, then parses exactly.
    func parse(_ text: String, _ what: @autoclosure () -> String) throws -> Rational {
        try check(Substring(text), what())
        do { return try Rational(parsing: text) } catch { throw InputError("\(what()): \(error.description)") }
    }
}

/// A wall-clock limit: when it expires before ``finish()`` the process writes one line naming
/// the limit to standard error and exits with status 2. The result is printed only after
/// `finish()`, so a stopped command prints nothing else.
final class Watchdog: Sendable {
    private let finished = Mutex(false)

    init(command: String, seconds: Double, hint: String) {
        let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        let message = "provable: error: \(command) stopped at its time limit of \(shown) s (--time-limit \(shown)); raise it with --time-limit SECONDS\(hint.isEmpty ? "" : ", or \(hint)")\n"
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            self.finished.withLock { done in
                guard !done else { return }
                FileHandle.standardError.write(Data(message.utf8))
                exit(2)
            }
        }
    }

    /// Marks the work as done; after this the limit no longer fires.
    func finish() {
        finished.withLock { $0 = true }
    }
}

/// A size limit checked up front: `actual` must not exceed `limit`.
func checkSize(_ actual: Int, limit: Int, _ what: String, option: String) throws {
    guard actual <= limit else {
        throw InputError("\(what) is \(actual), above the limit of \(limit) (\(option)); raise it with \(option) N")
    }
}
