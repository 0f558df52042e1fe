/// FNV-1a, 64-bit: a hash of text that is the same in every process and on every
/// platform (Swift's `Hasher` is randomly seeded per process, so it must never feed a
/// seed). Used to give each theorem its own random stream from the user's seed.
public enum StableHash {
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The seed a theorem's instance generator receives for the user's `seed`.
    public static func theoremSeed(id: String, seed: UInt64) -> UInt64 {
        var z = seed ^ fnv1a(id)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
