import FloatMath
import PropertyBased
import Testing

/// Lets swift-property-based's generators draw from the project's seeded PRNG, so that
/// property tests that gate CI are deterministic (`propertyCheck` would otherwise pick a
/// fresh random seed on every run). `init(seed:)` of `SeededGenerator` satisfies the
/// protocol's failable initializer.
extension SeededGenerator: SeededRandomNumberGenerator {
    public typealias Seed = UInt64
    public var currentSeed: UInt64 { seed }
    public init() { self.init(seed: 0) }
}

/// Runs `body` on `count` inputs drawn from `generator`, each drawn from its own stream
/// of the project's seeded PRNG (`SeededGenerator.stream(seed:index:)`), so the run is
/// the same on every machine. Expectations inside `body` record failures through Swift
/// Testing as usual; put the input (or what identifies it) in the expectation's message,
/// since a failing case is reproduced by rerunning the same (seed, count).
public func seededPropertyCheck<Value, Shrink>(
    count: Int = 100,
    seed: UInt64 = 0x5EED,
    input generator: Generator<Value, Shrink>,
    _ body: (Value) throws -> Void
) rethrows {
    for index in 0..<count {
        var rng = SeededGenerator.stream(seed: seed, index: UInt64(index))
        let value = generator.run(using: &rng)
        try body(value)
    }
}
