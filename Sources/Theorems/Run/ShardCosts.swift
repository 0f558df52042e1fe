/// Measured cost of each theorem (seconds, release build, one thread, seed 1), used only to
/// balance shards: a stale or missing entry makes shards less even, never a report different.
/// Regenerate with `swift run -c release provable costs` (a hidden command) on an idle machine.
public enum ShardCosts {
    /// Seconds per theorem id at each scale.
    static let measured: [Scale: [String: Double]] = [:]

    /// The cost of a theorem at a scale: the measured value, else the median of the measured
    /// ones at that scale, else 1.
    public static func cost(id: String, scale: Scale) -> Double {
        let table = measured[scale] ?? [:]
        if let c = table[id] { return c }
        let values = table.values.sorted()
        return values.isEmpty ? 1 : values[values.count / 2]
    }
}
