/// A one-dimensional finite sum whose components come in two classes, nA of class A and
/// nB of class B, each step being the affine map x ↦ α x + β of its class: the shape of
/// the Safran–Shamir (2021) RR construction's x₂ coordinate (its eq. (2)), where
/// class A has no curvature and class B curvature λ_max. Because the epoch multiplier
/// m = α_A^{nA} α_B^{nB} does not depend on the order, only the offset
/// v = Σⱼ β_{sⱼ} α_A^{#A after j} α_B^{#B after j} does, and its first two moments under a
/// uniform arrangement follow from an O(n²) recursion on the composition of the suffix —
/// exact with `Rational`, Float64 with `Double`, for any n.
public struct TwoClassScalarShuffling<Scalar: OrderedField>: Sendable {
    public let countA: Int, countB: Int
    public let alphaA: Scalar, betaA: Scalar
    public let alphaB: Scalar, betaB: Scalar

    /// - Throws: ``ShufflingError/invalidProblem(_:)`` when nA < 0, nB < 0 or nA + nB = 0.
    public init(countA: Int, alphaA: Scalar, betaA: Scalar, countB: Int, alphaB: Scalar, betaB: Scalar) throws(ShufflingError) {
        guard countA >= 0 && countB >= 0 && countA + countB > 0 else {
            throw .invalidProblem("a two-class sum needs nA, nB ≥ 0 and nA + nB ≥ 1 (got \(countA), \(countB))")
        }
        self.countA = countA
        self.countB = countB
        self.alphaA = alphaA
        self.betaA = betaA
        self.alphaB = alphaB
        self.betaB = betaB
    }

    /// The order-independent epoch multiplier m.
    public var epochMultiplier: Scalar { alphaA.integerPower(countA) * alphaB.integerPower(countB) }

    /// (E v, E v²) under a uniformly random arrangement of the nA + nB components.
    public var epochOffsetMoments: (mean: Scalar, square: Scalar) {
        // s1[a][b], s2[a][b]: moments of the offset of a uniform arrangement of a A's and b B's.
        var s1 = [[Scalar]](repeating: [Scalar](repeating: 0, count: countB + 1), count: countA + 1)
        var s2 = s1
        for a in 0...countA {
            for b in 0...countB where a + b > 0 {
                var m1: Scalar = 0, m2: Scalar = 0
                if a > 0 {
                    // First element of class A; the remaining suffix has composition (a−1, b).
                    let p = alphaA.integerPower(a - 1) * alphaB.integerPower(b)
                    let w = Scalar(rational: Rational(a, a + b))
                    let head = betaA * p
                    m1 += w * (head + s1[a - 1][b])
                    m2 += w * (head * head + 2 * head * s1[a - 1][b] + s2[a - 1][b])
                }
                if b > 0 {
                    let p = alphaA.integerPower(a) * alphaB.integerPower(b - 1)
                    let w = Scalar(rational: Rational(b, a + b))
                    let head = betaB * p
                    m1 += w * (head + s1[a][b - 1])
                    m2 += w * (head * head + 2 * head * s1[a][b - 1] + s2[a][b - 1])
                }
                s1[a][b] = m1
                s2[a][b] = m2
            }
        }
        return (s1[countA][countB], s2[countA][countB])
    }

    /// (E x_k, E x_k²) at every epoch boundary k = 0, …, K from x₀ under RR, SS or
    /// with-replacement SGD (n steps per epoch, i.i.d. classes with probabilities nA/n, nB/n).
    /// - Throws: ``ShufflingError/unsupportedScheme(_:reason:)`` for IGD (its order is a
    ///   choice, not a distribution), ``ShufflingError/invalidEpochs(_:)`` for K < 0.
    public func epochMoments(_ scheme: ShufflingScheme, from x0: Scalar, epochs k: Int) throws(ShufflingError) -> [(mean: Scalar, square: Scalar)] {
        var out: [(mean: Scalar, square: Scalar)] = []
        out.reserveCapacity(max(k, 0) + 1)
        try forEachEpochMoment(scheme, from: x0, epochs: k) { out.append(($0, $1)) }
        return out
    }

    /// (E x_K, E x_K²) after K epochs (the last of ``epochMoments(_:from:epochs:)``, without storing the others).
    public func finalMoments(_ scheme: ShufflingScheme, from x0: Scalar, epochs k: Int) throws(ShufflingError) -> (mean: Scalar, square: Scalar) {
        var last = (mean: x0, square: x0 * x0)
        try forEachEpochMoment(scheme, from: x0, epochs: k) { last = ($0, $1) }
        return last
    }

    /// E[x_K²] after K epochs from x₀ under RR, SS or with-replacement SGD (nK steps).
    public func expectedSquare(_ scheme: ShufflingScheme, from x0: Scalar, epochs k: Int) throws(ShufflingError) -> Scalar {
        try finalMoments(scheme, from: x0, epochs: k).square
    }

    /// Calls `body(E x_k, E x_k²)` for k = 0, …, K.
    private func forEachEpochMoment(_ scheme: ShufflingScheme, from x0: Scalar, epochs k: Int,
                                    _ body: (Scalar, Scalar) -> Void) throws(ShufflingError) {
        guard k >= 0 else { throw .invalidEpochs(k) }
        var mean = x0, square = x0 * x0
        body(mean, square)
        switch scheme {
        case .randomReshuffling:
            // Epochs are independent: x ↦ m x + v with a fresh v each epoch.
            let m = epochMultiplier
            let (ev, ev2) = epochOffsetMoments
            for _ in 0..<k {
                square = m * m * square + 2 * m * mean * ev + ev2
                mean = m * mean + ev
                body(mean, square)
            }
        case .singleShuffle:
            // The same v every epoch: x_k = m^k x₀ + g_k v, g_k = Σ_{j<k} m^j.
            let m = epochMultiplier
            let (ev, ev2) = epochOffsetMoments
            var g: Scalar = 0, p: Scalar = 1
            for _ in 0..<k {
                g += p
                p *= m
                body(p * x0 + g * ev, p * p * x0 * x0 + 2 * p * x0 * g * ev + g * g * ev2)
            }
        case .withReplacement:
            let n = countA + countB
            let pa = Scalar(rational: Rational(countA, n)), pb = Scalar(rational: Rational(countB, n))
            for _ in 0..<k {
                for _ in 0..<n {
                    let newSquare = pa * (alphaA * alphaA * square + 2 * alphaA * betaA * mean + betaA * betaA)
                        + pb * (alphaB * alphaB * square + 2 * alphaB * betaB * mean + betaB * betaB)
                    mean = pa * (alphaA * mean + betaA) + pb * (alphaB * mean + betaB)
                    square = newSquare
                }
                body(mean, square)
            }
        case .incremental:
            throw .unsupportedScheme(.incremental, reason: "IGD on a two-class sum depends on the chosen order; build the finite sum in that order instead")
        }
    }
}
