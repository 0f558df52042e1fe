import BigInt

/// The exact first and second moments of the random epoch map e ↦ M_π e + v_π under a
/// uniform permutation π, gathered in one pass over all n! permutations; random
/// reshuffling then propagates the mean and second moment of the error epoch by epoch
/// with no further enumeration (epochs are independent). Note of issue #6, §3.2.
struct EpochMoments {
    let d: Int
    /// E[M] (d × d), E[v] (d).
    let meanM: Matrix<Rational>
    let meanV: Vector<Rational>
    /// E[M_ik M_jl] at index ((i·d + k)·d + j)·d + l.
    let mm: [Rational]
    /// E[M_ik v_j] at index (i·d + k)·d + j.
    let mv: [Rational]
    /// E[v vᵀ].
    let vv: Matrix<Rational>

    init(_ engine: ExactShuffling) {
        let d = engine.problem.dimension
        self.d = d
        let maps = ScaledEpochMaps(engine.stepMaps)
        // Integer sums over all orders; entries of M̃, ṽ have denominator δⁿ.
        var aM = [BigInt](repeating: 0, count: d * d)
        var aV = [BigInt](repeating: 0, count: d)
        var aMM = [BigInt](repeating: 0, count: d * d * d * d)
        var aMV = [BigInt](repeating: 0, count: d * d * d)
        var aVV = [BigInt](repeating: 0, count: d * d)
        maps.forEachLeaf { m, v in
            for a in 0..<(d * d) {
                aM[a] += m[a]
                // E[M_ik M_jl] is symmetric under (ik) ↔ (jl): fill the upper triangle only.
                for b in a..<(d * d) { aMM[a * d * d + b] += m[a] * m[b] }
                for j in 0..<d { aMV[a * d + j] += m[a] * v[j] }
            }
            for i in 0..<d {
                aV[i] += v[i]
                for j in i..<d { aVV[i * d + j] += v[i] * v[j] }
            }
        }
        let count = BigInt(PermutationEnumeration.factorial(engine.problem.count))
        let den1 = count * maps.leafDenominator
        let den2 = den1 * maps.leafDenominator
        meanM = Matrix(rows: d, columns: d, elements: aM.map { Rational($0, den1) })
        meanV = Vector(aV.map { Rational($0, den1) })
        var mm = [Rational](repeating: .zero, count: d * d * d * d)
        for a in 0..<(d * d) {
            for b in a..<(d * d) {
                let x = Rational(aMM[a * d * d + b], den2)
                mm[a * d * d + b] = x
                mm[b * d * d + a] = x
            }
        }
        self.mm = mm
        mv = aMV.map { Rational($0, den2) }
        var vv = Matrix<Rational>.zero(rows: d, columns: d)
        for i in 0..<d {
            for j in i..<d {
                let x = Rational(aVV[i * d + j], den2)
                vv[i, j] = x
                vv[j, i] = x
            }
        }
        self.vv = vv
    }

    /// One RR epoch on (m, S): m ← E[M]m + E[v];
    /// S ← E[MSMᵀ] + E[(Mm)vᵀ] + E[v(Mm)ᵀ] + E[vvᵀ] (e independent of this epoch's π).
    func step(mean m: Vector<Rational>, secondMoment s: Matrix<Rational>) -> (Vector<Rational>, Matrix<Rational>) {
        var next = Matrix<Rational>.zero(rows: d, columns: d)
        for i in 0..<d {
            for j in i..<d {
                var acc = RationalAccumulator()
                for k in 0..<d {
                    for l in 0..<d {
                        acc.add(mm[((i * d + k) * d + j) * d + l], times: s[k, l])
                    }
                    // E[M_ik v_j] m_k + E[M_jk v_i] m_k
                    acc.add(mv[(i * d + k) * d + j], times: m[k])
                    acc.add(mv[(j * d + k) * d + i], times: m[k])
                }
                acc.add(vv[i, j])
                let x = acc.value
                next[i, j] = x
                next[j, i] = x
            }
        }
        return (meanM * m + meanV, next)
    }

    func propagate(_ e0: Vector<Rational>, epochs: Int, meanHessian: Matrix<Rational>) -> ShuffledExpectation {
        var m = e0
        var s = e0.columnMatrix * e0.columnMatrix.transposed
        for _ in 0..<epochs { (m, s) = step(mean: m, secondMoment: s) }
        return ShuffledExpectation(mean: m, secondMoment: s, meanHessian: meanHessian)
    }
}
