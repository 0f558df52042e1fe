import RealModule

/// The scalar that algorithms written once run over: an ordered field in the sense of
/// swift-numerics' `AlgebraicField`, whose magnitude is itself. `Rational` (exact) and
/// `Double` (Float64) conform, so one implementation of an optimizer update or an
/// elimination gives both exact and floating-point results.
public protocol OrderedField: AlgebraicField, Comparable, Sendable where Magnitude == Self {
    /// The field element nearest to an exact rational (exact for `Rational`, correctly
    /// rounded for `Double`).
    init(rational: Rational)
}

extension Rational: OrderedField {
    public init(rational: Rational) { self = rational }
}

extension Double: OrderedField {
    public init(rational: Rational) { self = rational.doubleValue }
}
