import ExactMath
import PropertyBased
import ProvableTesting
import Testing

/// `separableData` with an identically zero column appended (a zero-column degeneracy).
let separableDataWithZeroColumn: Generator<Matrix<Rational>, Shrink.None<Matrix<Rational>>> = Generator { rng in
    let z = separableData.run(using: &rng)
    return Matrix(z.rowArrays.map { $0 + [Rational.zero] })
}

@Suite("Max-margin uniqueness (ℓ∞, ℓ1): exact decision with independently verified witnesses")
struct MaxMarginUniquenessTests {
    /// The answer's own checks, redone here from scratch: both witnesses lie in
    /// F = {w : Zw ≥ γ𝟙, ‖w‖ ≤ 1}, attain γ exactly and differ; or the unique point is the
    /// solver's direction and every coordinate bound pins it.
    static func check(_ z: Matrix<Rational>, _ s: PolyhedralMaximizerSet) {
        #expect(MaximizerSetCertificate.verify(s) == nil, "\(z)")
        let isL1 = s.isL1
        func norm(_ w: [Rational]) -> Rational { isL1 ? MaxMarginCertificate.l1(w) : MaxMarginCertificate.lInfinity(w) }
        switch s.uniqueness {
        case let .nonUnique(a, b, j):
            #expect(a == s.solution.direction)
            #expect(a[j] != b[j] && a != b, "\(z)")
            for w in [a, b] {
                #expect(norm(w) == 1)
                #expect(MaxMarginCertificate.margins(z, w).min() == s.margin, "\(z)")
            }
            #expect(s.certificates.isEmpty && s.forcedEquations == nil)
            // Every point of the segment [a, b] is optimal too (F is convex).
            let mid = zip(a, b).map { ($0 + $1) / 2 }
            #expect(MaxMarginCertificate.polyhedralMargin(z, mid, l1: isL1) == s.margin)
        case let .unique(w):
            #expect(w == s.solution.direction)
            if let pin = s.forcedEquations {
                // Decided by the dual shortcut: no LP, d forced equations, verified on their own.
                #expect(s.programsSolved == 0 && s.certificates.isEmpty)
                #expect(pin.equations.count == z.columns)
                #expect(MaximizerSetCertificate.verifyForcedEquations(z, l1: isL1, margin: s.margin, point: w, pin) == nil)
            } else {
                #expect(s.certificates.count == 2 * z.columns)
                #expect(s.programsSolved == 2 * z.columns)
            }
            for c in s.certificates {
                #expect(MaximizerSetCertificate.bound(z, l1: isL1, margin: s.margin, c) == Rational(c.sign) * w[c.coordinate])
            }
        }
    }

    @Test("random separable data: the decision verifies; witnesses are optimal and distinct; ℓ∞ faces occur")
    func randomData() throws {
        var linfOutcomes: [Bool: Int] = [:]
        try seededPropertyCheck(count: 40, seed: 0x21BA, input: separableData) { z in
            for isL1 in [false, true] {
                let s = try PolyhedralMaximizerSet(z, l1: isL1)
                Self.check(z, s)
                // The LP route agrees with the dual shortcut (a sufficient test) on every draw.
                let lp = try PolyhedralMaximizerSet(z, solution: s.solution, dualShortcut: false)
                Self.check(z, lp)
                #expect(lp.isUnique == s.isUnique, "\(z)")
                // Warm-started and cold LPs reach the same exact optima, so the same decision
                // after the same number of programs.
                let cold = try PolyhedralMaximizerSet(z, solution: s.solution, dualShortcut: false, warmStart: false)
                Self.check(z, cold)
                #expect(cold.isUnique == lp.isUnique && cold.programsSolved == lp.programsSolved, "\(z)")
                if !isL1 { linfOutcomes[s.isUnique, default: 0] += 1 }
            }
        }
        // Measured on these 40 draws: ℓ∞ 34 unique, 6 faces; ℓ1 all unique (generic data have a
        // unique ℓ1 maximizer; the duplicated-column test below produces ℓ1 faces by construction).
        #expect((linfOutcomes[true] ?? 0) > 0, "\(linfOutcomes)")
        #expect((linfOutcomes[false] ?? 0) > 0, "\(linfOutcomes)")
    }

    @Test("ℓ1 with column j duplicated: non-unique exactly when the original is non-unique or its w_j ≠ 0")
    func duplicatedColumn() throws {
        // Z' = [Z, Z e_j]: Z'(w, b) = Z(w + b e_j) and ‖(w, b)‖₁ = ‖w‖₁ + |b| ≥ ‖w + b e_j‖₁, so
        // γ₁ is unchanged and F' = {(v − b e_j, b) : v ∈ F, b between 0 and v_j} (the split must
        // keep the sign, else the norm grows). F' is a point iff F = {v} and v_j = 0.
        try seededPropertyCheck(count: 15, seed: 0x26BF, input: separableData) { z in
            let j = z.columns - 1
            let wide = Matrix(z.rowArrays.map { $0 + [$0[j]] })
            let plain = try PolyhedralMaximizerSet(z, l1: true)
            let dup = try PolyhedralMaximizerSet(wide, l1: true)
            Self.check(wide, dup)
            #expect(dup.margin == plain.margin)
            #expect(dup.isUnique == (plain.isUnique && plain.solution.direction[j].isZero), "\(z)")
        }
    }

    @Test("a zero column makes the ℓ∞ maximizer non-unique and leaves ℓ1 uniqueness unchanged")
    func zeroColumn() throws {
        // ℓ∞: the zero coordinate is free in [−1, 1] on F. ℓ1: spending norm on it lowers the
        // margin, so F(padded) = F(original) × {0} and uniqueness carries over.
        try seededPropertyCheck(count: 15, seed: 0x22BB, input: separableDataWithZeroColumn) { z in
            let linf = try PolyhedralMaximizerSet(z, l1: false)
            Self.check(z, linf)
            #expect(!linf.isUnique, "\(z)")
            let original = Matrix(z.rowArrays.map { Array($0.dropLast()) })
            let padded = try PolyhedralMaximizerSet(z, l1: true)
            let plain = try PolyhedralMaximizerSet(original, l1: true)
            Self.check(z, padded)
            #expect(padded.isUnique == plain.isUnique, "\(z)")
            #expect(padded.margin == plain.margin)
        }
    }

    @Test("tampered answers are rejected by the verifier")
    func tampered() throws {
        try seededPropertyCheck(count: 20, seed: 0x23BC, input: separableData) { z in
            for isL1 in [false, true] {
                let s = try PolyhedralMaximizerSet(z, l1: isL1, dualShortcut: false)
                switch s.uniqueness {
                case let .nonUnique(a, b, j):
                    // Witnesses that agree, or one pushed outside F, must fail.
                    #expect(MaximizerSetCertificate.verify(z, solution: s.solution, uniqueness: .nonUnique(witnessA: a, witnessB: a, coordinate: j),
                                                           certificates: []) != nil)
                    let outside = b.map { $0 * 2 }
                    #expect(MaximizerSetCertificate.verify(z, solution: s.solution, uniqueness: .nonUnique(witnessA: a, witnessB: outside, coordinate: j),
                                                           certificates: []) != nil)
                case let .unique(w):
                    // Claiming a different point, or dropping a bound, must fail.
                    var moved = w
                    moved[0] += 1
                    #expect(MaximizerSetCertificate.verify(z, solution: s.solution, uniqueness: .unique(moved), certificates: s.certificates) != nil)
                    // With no proof at all (no bounds, no forced equations) it must fail too.
                    #expect(MaximizerSetCertificate.verify(z, solution: s.solution, uniqueness: .unique(moved), certificates: []) != nil)
                    #expect(MaximizerSetCertificate.verify(z, solution: s.solution, uniqueness: .unique(w),
                                                           certificates: Array(s.certificates.dropLast())) != nil)
                    // A negative multiplier invalidates the Hölder bound. Some bound needs λ ≠ 0: with
                    // λ = 0 both bounds on w_0 read σ·w_0 ≤ ‖σe_0‖_q = 1, which cannot pin w_0 from both sides.
                    let c = try #require(s.certificates.first { $0.multipliers.contains { !$0.isZero } })
                    let k = try #require(c.multipliers.firstIndex { !$0.isZero })
                    var negated = c.multipliers
                    negated[k] = -negated[k]
                    let bad = CoordinateBoundCertificate(coordinate: c.coordinate, sign: c.sign, multipliers: negated)
                    #expect(MaximizerSetCertificate.verify(z, solution: s.solution, uniqueness: .unique(w),
                                                           certificates: [bad] + s.certificates.filter { $0 != c }) != nil)
                }
            }
        }
    }

    /// An equation the dual λ does not force, or nil: ℓ∞ a coordinate with v_k = 0, ℓ1 one
    /// with |v_k| = ‖v‖∞; else a margin row with λᵢ = 0 (v = Zᵀλ).
    static func unforcedEquation(_ z: Matrix<Rational>, l1 isL1: Bool,
                                 dual lambda: [Rational]) -> ForcedEquationCertificate.Equation? {
        let v = MaxMarginCertificate.combination(z, lambda)
        let top = MaxMarginCertificate.lInfinity(v)
        if let k = v.indices.first(where: { isL1 ? v[$0].absoluteValue == top : v[$0].isZero }) { return .coordinate(k) }
        return lambda.indices.first { lambda[$0].isZero }.map { .margin($0) }
    }

    @Test("dual shortcut: the verifier re-derives the forced equations and rejects tampered certificates")
    func dualShortcutTampered() throws {
        var exercised: [String: Int] = [:]
        try seededPropertyCheck(count: 25, seed: 0x27C0, input: separableData) { z in
            for isL1 in [false, true] {
                let s = try PolyhedralMaximizerSet(z, l1: isL1)
                guard let pin = s.forcedEquations, case let .unique(w) = s.uniqueness else { continue }
                exercised["shortcut", default: 0] += 1
                func verdict(_ c: ForcedEquationCertificate?) -> String? {
                    MaximizerSetCertificate.verify(z, solution: s.solution, uniqueness: .unique(w), certificates: [], forcedEquations: c)
                }
                #expect(verdict(pin) == nil, "\(z)")
                // A "unique" answer with no proof at all.
                #expect(verdict(nil) != nil)
                // Singular: one named equation repeated (d ≥ 2 here); too few equations.
                var repeated = pin.equations
                repeated[repeated.count - 1] = repeated[0]
                #expect(verdict(ForcedEquationCertificate(dual: pin.dual, equations: repeated)) != nil)
                #expect(verdict(ForcedEquationCertificate(dual: pin.dual, equations: Array(pin.equations.dropLast()))) != nil)
                // An equation λ does not force, in place of a forced one.
                if let free = Self.unforcedEquation(z, l1: isL1, dual: pin.dual) {
                    exercised["unforced", default: 0] += 1
                    var swapped = pin.equations
                    swapped[0] = free
                    #expect(verdict(ForcedEquationCertificate(dual: pin.dual, equations: swapped)) != nil, "\(z) \(free)")
                }
                // Out-of-range labels and a λ of the wrong length: a reason, not a trap.
                #expect(verdict(ForcedEquationCertificate(dual: pin.dual, equations: [.margin(z.rows)] + pin.equations.dropFirst())) != nil)
                #expect(verdict(ForcedEquationCertificate(dual: pin.dual, equations: [.coordinate(z.columns)] + pin.equations.dropFirst())) != nil)
                #expect(verdict(ForcedEquationCertificate(dual: Array(pin.dual.dropLast()), equations: pin.equations)) != nil)
                #expect(verdict(ForcedEquationCertificate(dual: pin.dual + [0], equations: pin.equations)) != nil)
                // λ not an optimal dual: scaled off the simplex, or a vertex eᵢ with ‖zᵢ‖_q > γ.
                #expect(verdict(ForcedEquationCertificate(dual: pin.dual.map { $0 * 2 }, equations: pin.equations)) != nil)
                func dualNorm(_ v: [Rational]) -> Rational { isL1 ? MaxMarginCertificate.lInfinity(v) : MaxMarginCertificate.l1(v) }
                if let i = (0..<z.rows).first(where: { dualNorm(z.row($0)) > s.margin }) {
                    exercised["non-optimal vertex", default: 0] += 1
                    let vertex = (0..<z.rows).map { $0 == i ? Rational.one : .zero }
                    #expect(verdict(ForcedEquationCertificate(dual: vertex, equations: pin.equations)) != nil)
                }
            }
        }
        // Every tampering kind was tried on some draw.
        #expect(exercised.count == 3 && exercised.values.allSatisfy { $0 > 0 }, "\(exercised)")
    }

    /// Z = [(1, 0), (1, 1/2)], ℓ∞: F = {(1, t) : t ∈ [0, 1]} is a segment and the only optimal
    /// dual is λ = e₁ (‖Zᵀλ‖₁ = 1 + λ₂/2), which forces only w₁ = 1 (twice: z₁·w = 1 and
    /// v₁ = 1 ≠ 0). Every certificate claiming F = {(1, 0)} must fail, although (1, 0) ∈ F.
    @Test("dual shortcut: no certificate makes a segment unique")
    func dualShortcutOnAFace() throws {
        let box = Matrix<Rational>([[1, 0], [1, Rational(1, 2)]])
        let face = try PolyhedralMaxMargin(box, l1: false)
        #expect(face.dual == [1, 0])
        let claim = MaximizerUniqueness.unique([1, 0])
        func verdict(_ dual: [Rational], _ equations: [ForcedEquationCertificate.Equation]) -> String? {
            MaximizerSetCertificate.verify(box, solution: face, uniqueness: claim, certificates: [],
                                           forcedEquations: ForcedEquationCertificate(dual: dual, equations: equations))
        }
        #expect(verdict([1, 0], [.coordinate(0), .margin(0)])?.contains("singular") == true)     // both forced, w₁ = 1 twice
        #expect(verdict([1, 0], [.coordinate(0), .coordinate(1)])?.contains("not forced") == true)   // v₂ = 0
        #expect(verdict([1, 0], [.margin(0), .margin(1)])?.contains("not forced") == true)           // λ₂ = 0
        // λ = e₂ would "force" z₂·w = 1 and w = (1, 1); it is not optimal (‖Zᵀe₂‖₁ = 3/2 > γ = 1).
        #expect(verdict([0, 1], [.coordinate(0), .coordinate(1)])?.contains("not an optimal dual") == true)
        #expect(verdict([0, 1], [.margin(1), .coordinate(1)])?.contains("not an optimal dual") == true)
        // The ℓ1 sum is not an ℓ∞ equation.
        #expect(verdict([1, 0], [.coordinate(0), .l1Sum])?.contains("not forced") == true)
        // Positive control: Z = I₂ (every λ ∈ Δ is optimal, γ∞ = 1) has F = {(1, 1)}, and
        // λ = (1/2, 1/2) forces w₁ = w₂ = 1.
        let identity = Matrix<Rational>([[1, 0], [0, 1]])
        let point = try PolyhedralMaxMargin(identity, l1: false)
        let half = [Rational(1, 2), Rational(1, 2)]
        #expect(MaximizerSetCertificate.verify(identity, solution: point, uniqueness: .unique([1, 1]), certificates: [],
                                               forcedEquations: ForcedEquationCertificate(dual: half, equations: [.margin(0), .coordinate(1)])) == nil)
        #expect(MaximizerSetCertificate.verify(identity, solution: point, uniqueness: .unique([1, 1]), certificates: [],
                                               forcedEquations: ForcedEquationCertificate(dual: half, equations: [.margin(0), .coordinate(0)])) != nil)
    }

    /// Hand-solved (γ from the dual λ, F from the constraints):
    /// - Z = I₂: ℓ∞ F = {w₁ ≥ 1, w₂ ≥ 1, ‖w‖∞ ≤ 1} = {(1, 1)}; ℓ1 F = {w₁, w₂ ≥ 1/2, |w₁| + |w₂| ≤ 1} = {(1/2, 1/2)}.
    /// - Z = [(1, 0), (1, 1/2)]: γ∞ = 1 (λ = e₁: ‖Zᵀλ‖₁ = 1), F = {(1, t) : t ∈ [0, 1]}.
    /// - Z = [(1, 1), (2, 3)]: γ₁ = 1 (λ = e₁: ‖Zᵀλ‖∞ = 1), F = {(t, 1 − t) : t ∈ [0, 1]}
    ///   (the second row gives 3 − t ≥ 2 there).
    @Test("hand examples: unique and non-unique in both norms")
    func handExamples() throws {
        let identity = Matrix<Rational>([[1, 0], [0, 1]])
        let linfUnique = try PolyhedralMaximizerSet(identity, l1: false)
        #expect(linfUnique.uniqueness == .unique([1, 1]))
        let l1Unique = try PolyhedralMaximizerSet(identity, l1: true)
        #expect(l1Unique.uniqueness == .unique([Rational(1, 2), Rational(1, 2)]))

        let box = Matrix<Rational>([[1, 0], [1, Rational(1, 2)]])
        let linfFace = try PolyhedralMaximizerSet(box, l1: false)
        #expect(linfFace.margin == 1)
        guard case let .nonUnique(a, b, j) = linfFace.uniqueness else {
            Issue.record("ℓ∞ face {(1, t)} reported unique"); return
        }
        #expect(j == 1)
        for w in [a, b] { #expect(w[0] == 1 && w[1] >= 0 && w[1] <= 1) }

        let diamond = Matrix<Rational>([[1, 1], [2, 3]])
        let l1Face = try PolyhedralMaximizerSet(diamond, l1: true)
        #expect(l1Face.margin == 1)
        guard case let .nonUnique(c, e, _) = l1Face.uniqueness else {
            Issue.record("ℓ1 face {(t, 1 − t)} reported unique"); return
        }
        for w in [c, e] { #expect(w[0] + w[1] == 1 && w[0] >= 0 && w[1] >= 0) }
        Self.check(box, linfFace)
        Self.check(diamond, l1Face)
    }

    /// F∞ = {(1, t) : t ∈ [0, 1]}: from (0, 2) the ℓ∞ distance is max(1, |2 − t|) ≥ 1, = 1 at t = 1;
    /// from (1, −1/2) it is 1/2 (t = 0); a point of F is at distance 0.
    /// F₁ = {(t, 1 − t)}: from (1, 1) the ℓ1 distance is |1 − t| + t = 1 for every t ∈ [0, 1].
    @Test("face distance: exact LP distances on the hand examples")
    func faceDistance() throws {
        let linfFace = try PolyhedralMaximizerSet(Matrix<Rational>([[1, 0], [1, Rational(1, 2)]]), l1: false)
        #expect(try linfFace.faceDistance(to: [0, 2]).distance == 1)
        let half = try linfFace.faceDistance(to: [1, -0.5])
        #expect(half.distance == Rational(1, 2))
        #expect(half.nearest == [1, 0])
        #expect(try linfFace.faceDistance(to: [1, 0.25]).distance == 0)
        let l1Face = try PolyhedralMaximizerSet(Matrix<Rational>([[1, 1], [2, 3]]), l1: true)
        #expect(try l1Face.faceDistance(to: [1, 1]).distance == 1)
        #expect(throws: MaxMarginError.self) { _ = try l1Face.faceDistance(to: [1]) }
        #expect(throws: MaxMarginError.self) { _ = try l1Face.faceDistance(to: [.nan, 0]) }
    }

    @Test("face distance: ≈ 0 at the solver's direction; the nearest point is in F and no farther than u*")
    func faceDistanceProperty() throws {
        try seededPropertyCheck(count: 6, seed: 0x24BD, input: separableData) { z in
            for isL1 in [false, true] {
                let s = try PolyhedralMaximizerSet(z, l1: isL1)
                let d0 = try s.faceDistance(to: s.solution.direction.map(\.doubleValue))
                // The direction's entries need not be dyadic; its Float64 rounding is within 2⁻⁵² of F.
                #expect(d0.distance <= Rational(1, 1 << 50))
                let u = (0..<z.columns).map { Double($0 % 3) - 1 }
                let r = try s.faceDistance(to: u)
                #expect(try s.faceDistance(to: u, warmStart: false).distance == r.distance)
                #expect(MaximizerSetCertificate.verifyInFace(z, l1: isL1, margin: s.margin, r.nearest) == nil)
                // Every point of F, in particular the solver's direction, is at least as far.
                let diff = zip(r.point, s.solution.direction).map { $0 - $1 }
                let toBase = isL1 ? MaxMarginCertificate.l1(diff) : MaxMarginCertificate.lInfinity(diff)
                #expect(r.distance <= toBase)
            }
        }
    }

    @Test("non-separable data: the typed error carries a verified Gordan certificate")
    func nonSeparable() {
        seededPropertyCheck(count: 10, seed: 0x25BE, input: nonSeparableData) { z in
            for isL1 in [false, true] {
                #expect {
                    _ = try PolyhedralMaximizerSet(z, l1: isL1)
                } throws: { error in
                    guard case .notSeparable(let c) = error as? MaxMarginError else { return false }
                    return MaxMarginCertificate.verifyGordan(z, c) == nil
                }
            }
        }
        #expect(throws: MaxMarginError.empty) { _ = try PolyhedralMaximizerSet(Matrix<Rational>(rows: 0, columns: 2, repeating: 0), l1: false) }
    }

    @Test("a solution from other data is rejected with a typed error, not a trap")
    func mismatchedSolution() throws {
        let a = Matrix<Rational>([[1, 0], [0, 1]]), b = Matrix<Rational>([[1, 0], [1, Rational(1, 2)]])
        let other = try PolyhedralMaxMargin(b, l1: true)
        #expect(throws: MaxMarginError.self) { _ = try PolyhedralMaximizerSet(a, solution: other) }
    }
}
