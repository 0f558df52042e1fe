import ExactMath
import FloatMath
import Optimizers

/// The matrix AM–GM open problem of Yun–Sra–Jadbabaie (COLT 2021, "Open Problem: Can
/// Single-Shuffle SGD be Better than Reshuffling SGD and GD?") as a falsification search:
/// ‖W_SS‖₂ ≤ ‖W_RS‖₂ ≤ ‖W_GD‖₂ for near-identity (1−η)I ⪯ Aᵢ ⪯ I. The conjecture is open, so
/// the claim is what is decided: on the seeded search instances there is no *certified*
/// violation of either inequality. A certified violation (a rational t with t²I − W_big² ⪰ 0
/// and t²I − W_small² not ⪰ 0 by exact LDLᵀ, so ‖W_big‖ ≤ t < ‖W_small‖) refutes the claim; it
/// would be a counterexample to the ordering at that η (to the conjecture whenever its
/// threshold η_{n,K} is at least that η), and the measurement shrinks it greedily to a
/// minimal instance (fewer matrices, smaller d, fewer epochs) that still violates. The
/// reversed orderings (negative controls) are the false variants and must be certified
/// violated. See Proofs/yun-sra-jadbabaie-2021/amgm-conjecture-search.md.
public struct AMGMConjectureSearch: Theorem {
    public typealias Instance = AMGMCounterexampleSearch.Candidate

    public struct Measurement: Sendable {
        /// The exact decision of each ordering (the two conjectured and the two reversed).
        public let decisions: [AMGMCounterexampleSearch.Ordering: AMGMCounterexampleSearch.Decision]
        /// A conjectured ordering's certified violation, shrunk (a counterexample to the open problem).
        public let counterexamples: [AMGMCounterexampleSearch.Ordering: AMGMCounterexampleSearch.Violation]
    }

    public let id = "yun-sra-jadbabaie-2021/amgm-conjecture-search"
    public let family = Family.shuffling
    public let citation = Citation.yunSraJadbabaie2021.at("open problem (matrix AM–GM ordering of W_SS, W_RS, W_GD)")
    public let provenance = Provenance.paperShape("the conjecture and the definitions of W_SS, W_RS, W_GD are the open problem's (PMLR 134 abstract and published restatements); the conjecture is open, so only the absence of a certified violation on the seeded instances is decided")
    public let statement = "No certified violation of ‖W_SS‖₂ ≤ ‖W_RS‖₂ ≤ ‖W_GD‖₂ on the seeded near-identity instances Aᵢ = I − ηBᵢ, 0 ⪯ Bᵢ ⪯ I (the open conjecture, searched, not proved); a violation found is certified exactly and shrunk to a minimal instance."

    public let methods: any ShufflingMethods

    public init(methods: any ShufflingMethods = .project) {
        self.methods = methods
    }

    public var hypotheses: [Hypothesis<Instance>] {
        [
            Hypothesis("0 ⪯ Bᵢ ⪯ I, so (1−η)I ⪯ Aᵢ ⪯ I, and 0 < η ≤ 1 (exact)") { c in
                guard c.eta > 0, c.eta <= 1 else { return "η outside (0, 1]" }
                let id = Matrix<Rational>.identity(c.b[0].rows)
                for b in c.b {
                    guard b.isSymmetric, b.isPositiveSemidefinite, (id - b).isPositiveSemidefinite else { return "some Bᵢ outside [0, I]" }
                }
                return nil
            },
        ]
    }

    /// The search's own generator (G4: Bᵢ = RᵢRᵢᵀ/s with integer Rᵢ), with K ≥ 2 (at K = 1,
    /// W_SS = W_RS) and η ∈ {1/10, 3/10, 7/10}. Draws whose Float64 norms tie for some
    /// ordering (e.g. Bᵢ with a common null vector, where every W has norm 1) are rejected:
    /// no strict certificate exists there, and a tie violates nothing.
    public func instances(seed: UInt64, scale: Scale) throws -> [Instance] {
        let count = scale.pick(quick: 4, standard: 10, thorough: 24)
        let search = AMGMCounterexampleSearch(maxN: scale.pick(quick: 3, standard: 4, thorough: 5),
                                              maxD: 3, maxK: scale.pick(quick: 3, standard: 3, thorough: 4), minK: 2, methods: methods)
        let etas = [Rational(1, 10), Rational(3, 10), Rational(7, 10)]
        return try InstanceSearch.draw(count: count, maxAttempts: 6 * count, minimumAcceptance: 0.3, hypotheses: hypotheses) { i in
            var rng = SeededGenerator.stream(seed: seed, index: UInt64(i))
            let c = search.candidate(&rng, eta: etas[i % etas.count])
            guard let w = try? MatrixProductAverages(c.matrices.map(\.doubleValue), epochs: c.epochs) else {
                return .reject("Float64 averages failed")
            }
            for o in AMGMCounterexampleSearch.Ordering.allCases {
                let (s, b) = o.pick(w)
                guard let x = try? spectralNorm(s), let y = try? spectralNorm(b), abs(x - y) > 1e-9 * max(1, abs(y)) else {
                    return .reject("Float64 norms tie for \(o.rawValue)")
                }
            }
            return .accept(c)
        }
    }

    public func summary(of c: Instance) -> String { c.summary }

    public func parameters(of c: Instance) -> [InstanceParameter] {
        [.int("n", c.b.count), .int("d", c.b[0].rows), .int("K", c.epochs), .exact("η", c.eta), .text("schemes", "ss, rr, gd")]
    }

    public func measure(_ c: Instance) throws -> Measurement {
        let w = try methods.matrixProductAverages(c.matrices, epochs: c.epochs)
        let search = AMGMCounterexampleSearch(maxN: c.b.count, maxD: c.b[0].rows, maxK: c.epochs, methods: methods)
        var decisions: [AMGMCounterexampleSearch.Ordering: AMGMCounterexampleSearch.Decision] = [:]
        var counterexamples: [AMGMCounterexampleSearch.Ordering: AMGMCounterexampleSearch.Violation] = [:]
        for o in AMGMCounterexampleSearch.Ordering.allCases {
            let d = AMGMCounterexampleSearch.decide(w, o)
            decisions[o] = d
            if o == .ssBelowRS || o == .rsBelowGD, case .violated(let t, let small, let big) = d {
                counterexamples[o] = search.shrink(.init(candidate: c, threshold: t, floatNorms: (small, big)), o)
            }
        }
        return Measurement(decisions: decisions, counterexamples: counterexamples)
    }

    static func name(_ o: AMGMCounterexampleSearch.Ordering) -> String {
        switch o {
        case .ssBelowRS: "‖W_SS‖ ≤ ‖W_RS‖"
        case .rsBelowGD: "‖W_RS‖ ≤ ‖W_GD‖"
        case .rsBelowSS: "‖W_RS‖ ≤ ‖W_SS‖"
        case .gdBelowRS: "‖W_GD‖ ≤ ‖W_RS‖"
        }
    }

    /// The judgement of one ordering from its exact decision.
    static func judge(_ m: Measurement, _ o: AMGMCounterexampleSearch.Ordering) -> Judgement {
        guard let d = m.decisions[o] else { return .inconclusive("\(name(o)) not decided") }
        switch d {
        case .equal:
            return Judgement(.holds, relation: .atMost, certificate: "\(name(o)): the two averages are equal entrywise")
        case .holds(let t, let small, let big):
            return Judgement(.holds, predicted: .float(big), measured: .float(small), relation: .atMost, tolerance: .exact(0),
                             certificate: "\(name(o)): LDLᵀ t²I − W_small² ⪰ 0 and t²I − W_big² not ≻ 0 at t = \(t), so ‖W_small‖ ≤ t ≤ ‖W_big‖")
        case .violated(let t, let small, let big):
            let shrunk = m.counterexamples[o].map { " — COUNTEREXAMPLE shrunk to \($0.candidate.summary), B = \($0.candidate.b.map { "\($0.elements)" }), t = \($0.threshold)" } ?? ""
            return Judgement(.refuted, predicted: .float(big), measured: .float(small), relation: .atMost, tolerance: .exact(0),
                             certificate: "\(name(o)) VIOLATED: LDLᵀ t²I − W_big² ⪰ 0 and t²I − W_small² not ⪰ 0 at t = \(t), so ‖W_big‖ ≤ t < ‖W_small‖\(shrunk)")
        case .undecided(let why):
            return .inconclusive("\(name(o)): \(why)")
        }
    }

    public var claim: Claim<Instance, Measurement> {
        Claim("no certified violation of ‖W_SS‖₂ ≤ ‖W_RS‖₂ ≤ ‖W_GD‖₂ (exact LDLᵀ certificates; a violation at η is a counterexample to the conjecture for any threshold η_{n,K} ≥ η)",
              kind: .upperBound, exact: true) { _, m in
            JudgementConjunction.all([(Self.name(.ssBelowRS), Self.judge(m, .ssBelowRS)), (Self.name(.rsBelowGD), Self.judge(m, .rsBelowGD))])
        }
    }

    public var falseVariants: [Claim<Instance, Measurement>] {
        [
            Claim("reshuffling is no worse than single shuffle: ‖W_RS‖₂ ≤ ‖W_SS‖₂ (the first inequality reversed)", kind: .upperBound, exact: true) { _, m in
                Self.judge(m, .rsBelowSS)
            },
            Claim("GD is no worse than reshuffling: ‖W_GD‖₂ ≤ ‖W_RS‖₂ (the second inequality reversed)", kind: .upperBound, exact: true) { _, m in
                Self.judge(m, .gdBelowRS)
            },
        ]
    }
}
