import RealModule

/// A dense vector over any scalar (`Rational` or `Double`).
public struct Vector<Scalar>: Sendable, RandomAccessCollection, MutableCollection where Scalar: Sendable {
    /// The entries.
    public var elements: [Scalar]

    public init(_ elements: [Scalar]) { self.elements = elements }

    @inlinable
    public var startIndex: Int { 0 }
    @inlinable
    public var endIndex: Int { elements.count }

    @inlinable
    public subscript(i: Int) -> Scalar {
        get { elements[i] }
        set { elements[i] = newValue }
    }
}

extension Vector: Equatable where Scalar: Equatable {}
extension Vector: Hashable where Scalar: Hashable {}

extension Vector: CustomStringConvertible {
    @inlinable
    public var description: String { "(" + elements.map { "\($0)" }.joined(separator: ", ") + ")" }
}

extension Vector where Scalar: AlgebraicField {
    /// The zero vector of length n.
    @inlinable
    public static func zero(_ n: Int) -> Vector { Vector(Array(repeating: 0, count: n)) }

    /// The i-th standard basis vector of length n.
    @inlinable
    public static func basis(_ i: Int, _ n: Int) -> Vector {
        Vector((0..<n).map { $0 == i ? 1 : 0 })
    }

    @inlinable
    public static func + (a: Vector, b: Vector) -> Vector {
        precondition(a.count == b.count, "Vector +: lengths differ")
        return Vector(zip(a.elements, b.elements).map { $0 + $1 })
    }

    @inlinable
    public static func - (a: Vector, b: Vector) -> Vector {
        precondition(a.count == b.count, "Vector -: lengths differ")
        return Vector(zip(a.elements, b.elements).map { $0 - $1 })
    }

    public static prefix func - (a: Vector) -> Vector { Vector(a.elements.map { -$0 }) }

    @inlinable
    public static func * (s: Scalar, a: Vector) -> Vector { Vector(a.elements.map { s * $0 }) }

    /// The inner product Σ aᵢbᵢ.
    @inlinable
    public func dot(_ other: Vector) -> Scalar {
        precondition(count == other.count, "Vector.dot: lengths differ")
        var s: Scalar = 0
        for i in 0..<count { s += self[i] * other[i] }
        return s
    }

    /// ‖v‖₂² = vᵀv (exact for rationals).
    @inlinable
    public var squaredNorm: Scalar { dot(self) }

    /// The column matrix holding the vector.
    @inlinable
    public var columnMatrix: Matrix<Scalar> { Matrix(rows: count, columns: 1, elements: elements) }
}

extension Vector where Scalar: OrderedField {
    /// ‖v‖₁ = Σ|vᵢ|.
    @inlinable
    public var l1Norm: Scalar {
        var s: Scalar = 0
        for x in elements { s += x.magnitude }
        return s
    }

    /// ‖v‖∞ = max|vᵢ|.
    @inlinable
    public var infinityNorm: Scalar {
        elements.reduce(0) { Swift.max($0, $1.magnitude) }
    }
}

extension Vector where Scalar == Rational {
    /// The exact inner product, reduced once.
    public func dot(_ other: Vector) -> Rational { Rational.dot(elements, other.elements) }

    /// The nearest `Double` vector, entry by entry.
    public var doubleValue: Vector<Double> { Vector<Double>(elements.map(\.doubleValue)) }
}

extension Vector where Scalar == Double {
    /// ‖v‖₂.
    public var norm: Double { squaredNorm.squareRoot() }
}
