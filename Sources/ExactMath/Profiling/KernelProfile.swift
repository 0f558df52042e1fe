import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID): what profiling on a machine
/// shared with other work should count, since wall time there includes waiting for a core.
public func threadCPUTime() -> Duration {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return .seconds(Int64(ts.tv_sec)) + .nanoseconds(Int64(ts.tv_nsec))
}

/// The kernels that `provable-bench --profile` attributes time to. Each is a coarse entry
/// point (one call does real work), so timing it costs nothing measurable next to the work.
public enum Kernel: String, CaseIterable, Sendable {
    /// det(zI − A) of a rational matrix (Berkowitz over the integers).
    case characteristicPolynomial = "characteristic polynomial"
    /// The search of a certified root-radius bracket (its exact disk decisions included).
    case rootRadiusBracket = "root-radius bracket search"
    /// Schur–Cohn and closed-disk tests with certificates, and their verification.
    case diskTest = "Schur–Cohn / closed-disk tests"
    /// Exact determinants (Bareiss).
    case determinant = "exact determinant"
    /// Exact linear solves, inverses and ranks.
    case linearSolve = "exact linear solve"
    /// Exact LDLᵀ factorizations and definiteness decisions.
    case ldlt = "exact LDLᵀ"
    /// The exact simplex method and the exact basis check of a warm start.
    case exactSimplex = "exact simplex / basis check"
    /// The Float64 simplex that guesses a basis.
    case floatSimplex = "Float64 simplex"
    /// Certificate checks of LP and max-margin solutions.
    case certificateCheck = "LP / max-margin certificate checks"
    /// Float64 eigenvalue computations.
    case floatEigen = "Float64 eigenvalues"
}

/// A per-kernel clock for profiling: while one is installed as ``KernelProfile/current``
/// (a task-local value, so nothing global is mutated), every ``KernelProfile/measure(_:_:)``
/// adds its **exclusive** thread CPU time (its own time minus the time of kernels it calls)
/// to its kernel. With none installed, `measure` only runs the body.
public final class KernelProfile: Sendable {
    /// The profile the current task records into, if any.
    @TaskLocal public static var current: KernelProfile?

    private struct State {
        var totals: [Kernel: Duration] = [:]
        var calls: [Kernel: Int] = [:]
        /// Time spent in nested kernels, one entry per open kernel.
        var childTime: [Duration] = []
    }
    private let state = Mutex(State())

    public init() {}

    /// Exclusive time and call count per kernel so far.
    public var totals: [(kernel: Kernel, time: Duration, calls: Int)] {
        state.withLock { s in Kernel.allCases.compactMap { k in s.totals[k].map { (k, $0, s.calls[k] ?? 0) } } }
    }

    /// Runs `body`, attributing its exclusive time to `kernel` when a profile is installed.
    @inlinable
    public static func measure<T, E: Error>(_ kernel: Kernel, _ body: () throws(E) -> T) throws(E) -> T {
        guard let profile = current else { return try body() }
        return try profile.record(kernel, body)
    }

    @usableFromInline
    func record<T, E: Error>(_ kernel: Kernel, _ body: () throws(E) -> T) throws(E) -> T {
        state.withLock { $0.childTime.append(.zero) }
        let start = threadCPUTime()
        defer {
            let elapsed = threadCPUTime() - start
            state.withLock { s in
                let children = s.childTime.removeLast()
                s.totals[kernel, default: .zero] += elapsed - children
                s.calls[kernel, default: 0] += 1
                if !s.childTime.isEmpty { s.childTime[s.childTime.count - 1] += elapsed }
            }
        }
        return try body()
    }
}
