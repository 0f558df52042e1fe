/// How a stochastic extragradient method draws the component indices of one epoch.
public enum SEGSampling: String, Sendable, Hashable {
    /// A uniformly random permutation of the n components (random reshuffling).
    case permutation
    /// n indices drawn independently and uniformly (with replacement, "US").
    case withReplacement
}

/// One epoch of a stochastic extragradient method on a ``FiniteSumAffineOperator``, given the
/// index sequence drawn for the epoch (a permutation, or n i.i.d. indices): the unit the exact
/// checks are stated on (epoch maps, their permutation averages, mean-square operators).
public protocol SEGEpochMethod<Scalar>: Sendable {
    associatedtype Scalar: OrderedField
    /// How the epoch's index sequence is drawn.
    var sampling: SEGSampling { get }
    /// The epoch from z with the drawn index sequence.
    func epoch(_ z: Vector<Scalar>, sequence: [Int], on problem: FiniteSumAffineOperator<Scalar>) -> Vector<Scalar>
}

/// The shuffling-based stochastic extragradient methods of Chae, Yun, Kim, "Stochastic
/// Extragradient with Flip-Flop Shuffling & Anchoring: Provable Improvements" (NeurIPS 2024,
/// arXiv 2501.00511), as fixed by the authors' code (`github:jsch8q/SEG-FFA`): one SEG step with
/// sample i is w = z − α·Fᵢ(z), z ← z − β·Fᵢ(w). An epoch runs the drawn sequence τ; with
/// flip-flop it then runs τ reversed; with anchoring it ends with z ← (z_anchor + z)/2, where
/// z_anchor is the epoch's starting point.
///
/// - SEG-FFA(η): α = η/2, β = η, flip-flop, anchored, permutations;
/// - SEG-FF(η): α = β = η, flip-flop, no anchor;
/// - SEG-RR(η): α = β = η, one reshuffled pass;
/// - SEG-US(η): α = β = η, n i.i.d. uniform samples.
public struct StochasticExtragradient<Scalar: OrderedField>: SEGEpochMethod {
    public let extrapolation: Scalar, update: Scalar
    public let flipFlop: Bool, anchored: Bool
    public let sampling: SEGSampling

    public init(extrapolation: Scalar, update: Scalar, flipFlop: Bool, anchored: Bool, sampling: SEGSampling) {
        self.extrapolation = extrapolation
        self.update = update
        self.flipFlop = flipFlop
        self.anchored = anchored
        self.sampling = sampling
    }

    /// SEG-FFA with step η: α = η/2, β = η, flip-flop and anchoring.
    public static func ffa(step eta: Scalar) -> Self {
        Self(extrapolation: Scalar(rational: Rational(1, 2)) * eta, update: eta, flipFlop: true, anchored: true, sampling: .permutation)
    }
    /// SEG-FF with step η: α = β = η, flip-flop, no anchoring.
    public static func ff(step eta: Scalar) -> Self {
        Self(extrapolation: eta, update: eta, flipFlop: true, anchored: false, sampling: .permutation)
    }
    /// SEG-RR with step η: α = β = η, one reshuffled pass.
    public static func rr(step eta: Scalar) -> Self {
        Self(extrapolation: eta, update: eta, flipFlop: false, anchored: false, sampling: .permutation)
    }
    /// SEG-US with step η: α = β = η, n samples with replacement.
    public static func us(step eta: Scalar) -> Self {
        Self(extrapolation: eta, update: eta, flipFlop: false, anchored: false, sampling: .withReplacement)
    }

    /// One SEG step with component i: w = z − αFᵢ(z), z⁺ = z − βFᵢ(w).
    public func step(_ z: Vector<Scalar>, component i: Int, on problem: FiniteSumAffineOperator<Scalar>) -> Vector<Scalar> {
        let w = z - extrapolation * problem.component(i, at: z)
        return z - update * problem.component(i, at: w)
    }

    public func epoch(_ z: Vector<Scalar>, sequence: [Int], on problem: FiniteSumAffineOperator<Scalar>) -> Vector<Scalar> {
        var x = z
        for i in sequence { x = step(x, component: i, on: problem) }
        if flipFlop { for i in sequence.reversed() { x = step(x, component: i, on: problem) } }
        if anchored { x = Scalar(rational: Rational(1, 2)) * (z + x) }
        return x
    }
}

/// The four methods the extragradient theorems run, as values (like ``MinimaxMethods``):
/// ``project`` is the project's ``StochasticExtragradient``; replace a member to check a mutant
/// or a researcher's own implementation against the same theorems.
public struct SEGMethods: Sendable {
    public typealias Maker = @Sendable (Rational) -> any SEGEpochMethod<Rational>
    public var ffa: Maker, ff: Maker, rr: Maker, us: Maker

    public init(ffa: @escaping Maker, ff: @escaping Maker, rr: @escaping Maker, us: @escaping Maker) {
        self.ffa = ffa; self.ff = ff; self.rr = rr; self.us = us
    }

    public static let project = SEGMethods(
        ffa: { StochasticExtragradient.ffa(step: $0) }, ff: { StochasticExtragradient.ff(step: $0) },
        rr: { StochasticExtragradient.rr(step: $0) }, us: { StochasticExtragradient.us(step: $0) })
}

extension SEGEpochMethod {
    /// The epoch as an affine map z ↦ Lz + c for the sequence, read off the method's own epoch
    /// on 0 and the basis vectors (exact for `Rational`).
    public func epochMap(sequence: [Int], on problem: FiniteSumAffineOperator<Scalar>) -> AffineMap<Scalar> {
        let d = problem.dimension
        let c = epoch(.zero(d), sequence: sequence, on: problem)
        let columns = (0..<d).map { epoch(.basis($0, d), sequence: sequence, on: problem) - c }
        return AffineMap(linear: Matrix(rows: d, columns: d) { i, j in columns[j][i] }, offset: c)
    }

    /// Every index sequence of one epoch with its probability weight: the n! permutations, or
    /// the nⁿ sequences with replacement (each equally likely).
    public func sequences(count n: Int) -> [[Int]] {
        switch sampling {
        case .permutation:
            var out: [[Int]] = []
            PermutationEnumeration.forEachPermutation(n) { out.append($0) }
            return out
        case .withReplacement:
            var out: [[Int]] = [[]]
            for _ in 0..<n { out = out.flatMap { s in (0..<n).map { s + [$0] } } }
            return out
        }
    }
}

extension SEGEpochMethod where Scalar == Rational {
    /// The exact mean-square operator 𝒦 = E[L ⊗ L] of the homogeneous epoch map (d² × d²): the
    /// second moment P = E[eeᵀ] of e = z − z* evolves as vec P ↦ 𝒦 vec P when the components
    /// share the solution, and ρ(𝒦) decides mean-square growth or contraction in general.
    /// The expectation is the exact average over every index sequence of the epoch.
    public func meanSquareOperator(on problem: FiniteSumAffineOperator<Rational>) -> Matrix<Rational> {
        let d = problem.dimension
        let all = sequences(count: problem.count)
        var sum = Matrix<Rational>.zero(rows: d * d, columns: d * d)
        for s in all {
            let l = epochMap(sequence: s, on: problem).linear
            sum = sum + Matrix(rows: d * d, columns: d * d) { r, c in l[r / d, c / d] * l[r % d, c % d] }
        }
        return Rational(1, all.count) * sum
    }
}
