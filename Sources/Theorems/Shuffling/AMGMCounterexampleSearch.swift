import ExactMath
import FloatMath
import Optimizers

/// A counterexample search for the matrix AM–GM open problem of Yun–Sra–Jadbabaie (COLT
/// 2021): ‖W_SS‖₂ ≤ ‖W_RS‖₂ ≤ ‖W_GD‖₂ for near-identity (1−η)I ⪯ Aᵢ ⪯ I. The conjecture is
/// not asserted: the search reports what it tried, the largest η searched without a
/// violation, and any violation, which is only reported once **certified exactly**: a
/// rational t with t²I − W_small² ⪰ 0 and t²I − W_big² not ⪰ 0 (exact LDLᵀ), so
/// ‖W_small‖ ≤ t < ‖W_big‖. Certified violations are shrunk greedily (fewer matrices,
/// smaller d, fewer epochs) to the smallest instance that still violates.
///
/// Instances (generator G4, rational): Aᵢ = I − ηBᵢ, Bᵢ = RᵢRᵢᵀ/s with integer Rᵢ and s the
/// largest Gershgorin row bound, so 0 ⪯ Bᵢ ⪯ I.
public struct AMGMCounterexampleSearch: Sendable {
    /// Which norm is claimed to be at most which: `.ssBelowRS` is ‖W_SS‖ ≤ ‖W_RS‖, etc.
    public enum Ordering: String, Sendable, CaseIterable {
        /// The conjecture's first inequality ‖W_SS‖ ≤ ‖W_RS‖.
        case ssBelowRS
        /// The conjecture's second inequality ‖W_RS‖ ≤ ‖W_GD‖.
        case rsBelowGD
        /// Negative control N5: ‖W_RS‖ ≤ ‖W_SS‖ (the first inequality reversed).
        case rsBelowSS
        /// Negative control N6: ‖W_GD‖ ≤ ‖W_RS‖ (the second inequality reversed).
        case gdBelowRS

        func pick<T>(_ w: MatrixProductAverages<T>) -> (small: Matrix<T>, big: Matrix<T>) {
            switch self {
            case .ssBelowRS: (w.singleShuffle, w.reshuffle)
            case .rsBelowGD: (w.reshuffle, w.gradientDescent)
            case .rsBelowSS: (w.reshuffle, w.singleShuffle)
            case .gdBelowRS: (w.gradientDescent, w.reshuffle)
            }
        }
    }

    /// One searched instance.
    public struct Candidate: Sendable {
        public let b: [Matrix<Rational>]
        public let eta: Rational
        public let epochs: Int
        public var matrices: [Matrix<Rational>] {
            let id = Matrix<Rational>.identity(b[0].rows)
            return b.map { id - eta * $0 }
        }
        public var summary: String { "n=\(b.count), d=\(b[0].rows), K=\(epochs), η=\(eta)" }
    }

    /// A certified violation: ‖W_small‖ ≤ t < ‖W_big‖.
    public struct Violation: Sendable {
        public let candidate: Candidate
        public let threshold: Rational
        public let floatNorms: (small: Double, big: Double)
    }

    /// What the search did.
    public struct Report: Sendable {
        public let ordering: Ordering
        public let trials: Int
        /// Float64 candidates that exact re-certification rejected.
        public let rejectedCandidates: Int
        /// Certified (and shrunk) violations.
        public let violations: [Violation]
        /// The largest η at which every trial was violation-free (nil if none was).
        public let largestCleanEta: Rational?
    }

    public let etas: [Rational]
    public let maxN: Int, maxD: Int, maxK: Int
    /// The fewest epochs drawn (K = 1 makes W_SS = W_RS, where the first inequality is an equality).
    public let minK: Int
    /// The implementation of W_SS, W_RS, W_GD under test (the project's by default).
    public let methods: any ShufflingMethods

    public init(etas: [Rational] = [Rational(1, 100), Rational(1, 20), Rational(1, 10), Rational(3, 10), Rational(7, 10)],
                maxN: Int = 5, maxD: Int = 4, maxK: Int = 4, minK: Int = 1, methods: any ShufflingMethods = .project) {
        self.etas = etas
        self.maxN = maxN
        self.maxD = maxD
        self.maxK = max(maxK, 1)
        self.minK = min(max(minK, 1), max(maxK, 1))
        self.methods = methods
    }

    /// A seeded G4 candidate.
    public func candidate(_ rng: inout SeededGenerator, eta: Rational) -> Candidate {
        let n = rng.int(in: 2...maxN), d = rng.int(in: 2...maxD), k = rng.int(in: minK...maxK)
        let b: [Matrix<Rational>] = (0..<n).map { _ in
            let r = Matrix<Rational>(rows: d, columns: d) { _, _ in Rational(rng.int(in: -3...3)) }
            let m = r * r.transposed
            let bound = (0..<d).map { i in Rational.sum((0..<d).map { m[i, $0].absoluteValue }) }.max() ?? 1
            return bound.isZero ? m : (1 / bound) * m
        }
        return Candidate(b: b, eta: eta, epochs: k)
    }

    /// The exact decision for one candidate: a certified violation or nil.
    public func certify(_ c: Candidate, _ ordering: Ordering) -> Violation? {
        guard let w = try? methods.matrixProductAverages(c.matrices, epochs: c.epochs),
              case .violated(let t, let small, let big) = Self.decide(w, ordering) else { return nil }
        return Violation(candidate: c, threshold: t, floatNorms: (small, big))
    }

    /// The exact decision of ‖W_small‖₂ ≤ ‖W_big‖₂ for one pair of symmetric averages.
    public enum Decision: Sendable, Equatable {
        /// W_small = W_big entrywise: the inequality holds with equality.
        case equal
        /// Certified ‖W_small‖ ≤ t ≤ ‖W_big‖: t²I − W_small² ⪰ 0 and t²I − W_big² not ≻ 0.
        case holds(threshold: Rational, small: Double, big: Double)
        /// Certified ‖W_big‖ ≤ t < ‖W_small‖: t²I − W_big² ⪰ 0 and t²I − W_small² not ⪰ 0.
        case violated(threshold: Rational, small: Double, big: Double)
        /// No certificate at the Float64 midpoint (a near tie, or a non-symmetric average).
        case undecided(String)
    }

    /// Decides `ordering` on exact averages: the Float64 norms propose the midpoint t, and exact
    /// LDLᵀ factorizations certify which side of t each norm lies on.
    public static func decide(_ w: MatrixProductAverages<Rational>, _ ordering: Ordering) -> Decision {
        let (s, b) = ordering.pick(w)
        guard s.isSymmetric, b.isSymmetric else { return .undecided("an average is not symmetric") }
        if s == b { return .equal }
        guard let small = try? spectralNorm(s.doubleValue), let big = try? spectralNorm(b.doubleValue) else {
            return .undecided("Float64 norm failed")
        }
        guard small != big, let t = Rational(exactly: (small + big) / 2) else {
            return .undecided("Float64 norms tie at \(small)")
        }
        let id = Matrix<Rational>.identity(s.rows)
        let tSmall = t * t * id - s * s, tBig = t * t * id - b * b
        if small < big, tSmall.isPositiveSemidefinite, !tBig.isPositiveDefinite {
            return .holds(threshold: t, small: small, big: big)
        }
        if small > big, tBig.isPositiveSemidefinite, !tSmall.isPositiveSemidefinite {
            return .violated(threshold: t, small: small, big: big)
        }
        return .undecided("no LDLᵀ certificate at t = \(t) (Float64 norms \(small), \(big))")
    }

    /// Greedy shrinking: drop a matrix, drop the last coordinate, or lower K while the
    /// violation stays certified.
    public func shrink(_ v: Violation, _ ordering: Ordering) -> Violation {
        var best = v
        var improved = true
        while improved {
            improved = false
            let c = best.candidate
            var options: [Candidate] = []
            if c.b.count > 2 { for i in c.b.indices { var b = c.b; b.remove(at: i); options.append(Candidate(b: b, eta: c.eta, epochs: c.epochs)) } }
            if c.b[0].rows > 1 {
                let keep = Array(0..<(c.b[0].rows - 1))
                options.append(Candidate(b: c.b.map { $0.submatrix(rows: keep, columns: keep) }, eta: c.eta, epochs: c.epochs))
            }
            if c.epochs > 1 { options.append(Candidate(b: c.b, eta: c.eta, epochs: c.epochs - 1)) }
            for o in options {
                if let smaller = certify(o, ordering) { best = smaller; improved = true; break }
            }
        }
        return best
    }

    /// Runs `trialsPerEta` seeded trials at every η.
    public func run(_ ordering: Ordering, seed: UInt64, trialsPerEta: Int) -> Report {
        var violations: [Violation] = []
        var rejected = 0
        var largestClean: Rational? = nil
        for (e, eta) in etas.enumerated() {
            var clean = true
            for t in 0..<trialsPerEta {
                var rng = SeededGenerator.stream(seed: seed, index: UInt64(e * 1_000_003 + t))
                let c = candidate(&rng, eta: eta)
                guard let wd = try? methods.matrixProductAverages(c.matrices.map(\.doubleValue), epochs: c.epochs) else { continue }
                let (sd, bd) = ordering.pick(wd)
                guard let small = try? spectralNorm(sd), let big = try? spectralNorm(bd), small > big else { continue }
                if let v = certify(c, ordering) {
                    violations.append(shrink(v, ordering))
                    clean = false
                } else {
                    rejected += 1
                }
            }
            if clean { largestClean = max(largestClean ?? eta, eta) }
        }
        return Report(ordering: ordering, trials: trialsPerEta * etas.count, rejectedCandidates: rejected,
                      violations: violations, largestCleanEta: largestClean)
    }
}
