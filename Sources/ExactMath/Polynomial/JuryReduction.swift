import BigInt

/// The Schur–Cohn reduction of an integer polynomial, fraction-free (the integer form of
/// ``SchurCohnCertificate``'s chain, used both to decide and to build certificates).
///
/// For q = Σ cₖzᵏ of degree n the next row is S q = (aₙ·q − a₀·q*)/z, coefficients
/// aₙcₖ₊₁ − a₀cₙ₋₁₋ₖ, in ℤ. Dividing a row by a nonzero integer moves no root and keeps every
/// |a₀| < |aₙ| comparison, so each new row is divided by the leading coefficient of the row
/// two steps back **when that division is exact** (checked, never assumed; like Bareiss
/// elimination, it is exact from the third row on in practice), which keeps the integers
/// from doubling in length at every step. Every row is therefore a nonzero multiple of the
/// corresponding rational Schur–Cohn row, and its monic form is that row made monic.
enum JuryReduction {
    /// The integer coefficients of vⁿ·p̃(u/v · z) for p̃ = Σ Nₖzᵏ of degree n and r = u/v > 0:
    /// Nₖ·uᵏ·vⁿ⁻ᵏ. Its roots are those of p̃ divided by r.
    static func scaled(_ integers: [BigInt], by r: Rational) -> [BigInt] {
        let n = integers.count - 1
        guard n >= 1, r != 1 else { return integers }
        var vPowers = [BigInt(1)]
        vPowers.reserveCapacity(n + 1)
        for _ in 0..<n { vPowers.append(vPowers[vPowers.count - 1] * r.denominator) }
        var out: [BigInt] = []
        out.reserveCapacity(n + 1)
        var uPower = BigInt(1)
        for k in 0...n {
            out.append(integers[k].isZero ? 0 : integers[k] * uPower * vPowers[n - k])
            if k < n { uPower *= r.numerator }
        }
        return out
    }

    /// The reduction rows from `coefficients` (nonzero leading coefficient): rows[0] is the
    /// input, each further row the (exactly divided) S of the previous one. It stops at a row
    /// of degree 0 (`allInside` true: every root is in the open unit disk) or at the first row
    /// with |a₀| ≥ |aₙ| (`allInside` false), which is kept as the last row.
    /// With `keepRows` false only the decision is returned (rows is empty).
    static func reduce(_ coefficients: [BigInt], keepRows: Bool = true) -> (rows: [[BigInt]], allInside: Bool) {
        var c = coefficients
        var rows: [[BigInt]] = keepRows ? [c] : []
        var previousLead: BigInt? = nil
        while c.count > 1 {
            let n = c.count - 1
            let a0 = c[0], an = c[n]
            if a0.magnitude >= an.magnitude { return (rows, false) }
            var next: [BigInt] = []
            next.reserveCapacity(n)
            for k in 0..<n {
                let x = c[n - 1 - k]
                next.append(a0.isZero || x.isZero ? an * c[k + 1] : an * c[k + 1] - a0 * x)
            }
            if let d = previousLead.map({ BigInt($0.magnitude) }), d > 1 {
                let divided = next.map { $0.quotientAndRemainder(dividingBy: d) }
                if divided.allSatisfy({ $0.remainder.isZero }) { next = divided.map(\.quotient) }
            }
            previousLead = an
            c = next
            if keepRows { rows.append(c) }
        }
        return (rows, true)
    }

    /// The monic rational polynomial of an integer row (nonzero leading coefficient).
    static func monic(_ row: [BigInt]) -> Polynomial {
        let lead = row[row.count - 1]
        if lead == 1 { return Polynomial(coefficients: row.map { Rational($0) }) }
        return Polynomial(coefficients: row.map { $0.isZero ? .zero : Rational($0, lead) })
    }
}

extension Polynomial {
    /// Integer coefficients N and the lcm L of the denominators, with p = N / L.
    var clearedDenominators: (coefficients: [BigInt], scale: BigInt) {
        IntegerMatrix.clearingDenominators(coefficients)
    }
}
