/// The project's one pseudo-random number generator: xoshiro256** (Blackman–Vigna,
/// "Scrambled linear pseudorandom number generators", ACM TOMS 2021), seeded from a
/// single `UInt64` through SplitMix64 (Steele–Lea–Flood 2014), as the authors recommend.
///
/// Every random draw in Provable comes from this type, so a verdict is reproduced bit
/// for bit from its seed on any platform: the generator uses only 64-bit integer
/// operations, and the derived draws (``uniform()``, ``int(below:)``, Gaussians) are
/// defined in this module with platform-independent arithmetic, never by the standard
/// library's `random(in:)` algorithms, whose details may change between Swift releases.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Hashable {
    /// The 256-bit state.
    public var state: (UInt64, UInt64, UInt64, UInt64) { words }
    /// The state's storage, visible to inlined draws (`@inlinable` so that hot loops in other
    /// modules specialize the generator instead of calling it; the arithmetic is unchanged).
    @usableFromInline var words: (UInt64, UInt64, UInt64, UInt64)
    /// The seed this generator was created from (kept for reporting).
    public let seed: UInt64

    /// A generator whose state is the first four outputs of SplitMix64 started at `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        var sm = seed
        func splitMix() -> UInt64 {
            sm &+= 0x9E37_79B9_7F4A_7C15
            var z = sm
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        words = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// The next 64 random bits (xoshiro256** step).
    @inlinable
    public mutating func next() -> UInt64 {
        let result = Self.rotl(words.1 &* 5, 7) &* 9
        let t = words.1 << 17
        words.2 ^= words.0
        words.3 ^= words.1
        words.1 ^= words.2
        words.0 ^= words.3
        words.2 ^= t
        words.3 = Self.rotl(words.3, 45)
        return result
    }

    @inlinable @inline(__always)
    static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// An independent generator for sub-task `index` (an instance, a trial): seeded from
    /// a SplitMix64 hash of (seed, index), so streams do not depend on how many draws
    /// other sub-tasks made.
    public static func stream(seed: UInt64, index: UInt64) -> SeededGenerator {
        var z = seed &+ (index &+ 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return SeededGenerator(seed: z ^ (z >> 31))
    }

    public static func == (a: SeededGenerator, b: SeededGenerator) -> Bool {
        a.state == b.state && a.seed == b.seed
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(state.0); hasher.combine(state.1)
        hasher.combine(state.2); hasher.combine(state.3)
        hasher.combine(seed)
    }
}

extension SeededGenerator {
    /// A uniform double in [0, 1) with 53 random bits.
    @inlinable
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in [a, b).
    @inlinable
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        a + (b - a) * uniform()
    }

    /// A uniform integer in 0..<n, unbiased (Lemire's multiply-and-reject).
    /// - Precondition: n > 0.
    @inlinable
    public mutating func int(below n: Int) -> Int {
        precondition(n > 0, "SeededGenerator.int(below:) needs n > 0")
        return Int(bounded(UInt64(n)))
    }

    /// A uniform integer in the closed range (any range, including Int.min...Int.max).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        // The width as an unsigned difference: no overflow for wide ranges.
        let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound))
        if width == .max { return Int(Int64(bitPattern: next())) }
        return range.lowerBound &+ Int(Int64(bitPattern: bounded(width + 1)))
    }

    /// A uniform value in 0..<bound (bound > 0), by Lemire's multiply-and-reject.
    @inlinable
    mutating func bounded(_ bound: UInt64) -> UInt64 {
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
        }
        return m.high
    }

    /// A fair coin.
    @inlinable
    public mutating func bool() -> Bool { next() >> 63 == 1 }
}
