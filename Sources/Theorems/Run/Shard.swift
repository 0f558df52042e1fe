/// One of `count` parts of a run (`--shard index/count`, index from 1), so that a sweep can be
/// split across CI matrix jobs or cluster array tasks and merged back (`provable merge`) into
/// the report the unsharded run would have printed, byte for byte.
///
/// The partition is deterministic: items (theorems, or theorem–seed pairs) are assigned by
/// longest-processing-time-first — in decreasing order of their measured cost
/// (``ShardCosts``), ties in input order, each to the currently least-loaded part, ties to
/// the lowest part — so every shard computes the same partition without talking to the others.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1 else { throw ShardError("the shard count must be at least 1, got \(count)") }
        guard count <= 10_000 else { throw ShardError("at most 10000 shards, got \(count)") }
        guard index >= 1, index <= count else { throw ShardError("the shard index must be between 1 and \(count), got \(index)") }
        self.index = index
        self.count = count
    }

    /// Parses "i/n".
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
            throw ShardError("expected i/n (for example 2/5), got '\(text)'")
        }
        try self.init(index: i, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// The positions of `costs` that belong to this shard, in increasing order.
    public func positions(costs: [Double]) -> [Int] {
        Shard.partition(costs: costs, parts: count)[index - 1]
    }

    /// Longest-processing-time-first assignment of items with `costs` to `parts` bins; each bin's
    /// positions in increasing order.
    public static func partition(costs: [Double], parts: Int) -> [[Int]] {
        let order = costs.indices.sorted { a, b in costs[a] != costs[b] ? costs[a] > costs[b] : a < b }
        var load = [Double](repeating: 0, count: parts)
        var bins = [[Int]](repeating: [], count: parts)
        for item in order {
            var best = 0
            for b in 1..<max(parts, 1) where load[b] < load[best] { best = b }
            load[best] += costs[item]
            bins[best].append(item)
        }
        return bins.map { $0.sorted() }
    }
}

/// A malformed `--shard`.
public struct ShardError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
