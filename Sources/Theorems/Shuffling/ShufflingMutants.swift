import Optimizers

extension Shuffling {
    /// The family's mutants: plausible broken implementations its theorems must notice, and
    /// equivalent (correct) alternatives they must not. Each runs the whole family with the
    /// mutant in place of the project's implementation (or generator).
    public static let mutants: [Mutant] = [
        mutant("rr/draws-with-replacement", "RR draws each epoch's indices with replacement (it is then with-replacement SGD)",
               SchemeSubstitution(from: .randomReshuffling, to: .withReplacement)),
        mutant("rr/never-reshuffles", "RR shuffles once and reuses the permutation (it is then SS)",
               SchemeSubstitution(from: .randomReshuffling, to: .singleShuffle)),
        mutant("ss/reshuffles-every-epoch", "SS draws a fresh permutation every epoch (it is then RR)",
               SchemeSubstitution(from: .singleShuffle, to: .randomReshuffling)),
        mutant("epochs/one-extra-epoch", "every method runs K + 1 epochs (a 0...epochs loop)", ExtraEpoch()),
        mutant("closed-form/finite-population-n-plus-1", "the large-n evaluator's RR/SS epoch variance uses n/(n+1) where n/(n−1) belongs",
               FinitePopulationSlip()),
        mutant("igd/reversed-order", "IGD visits the components in reverse order", ReversedIncremental()),
        Mutant(id: "generator/unit-step", family: .shuffling,
               summary: "the univariate generator draws the step γ = 1/a (q = 0, where every scheme has the same error)") {
            Shuffling.theorems(using: .project, generators: .unitStep)
        },
        mutant("exact/relabelled-enumeration", "RR, SS, SGD, σ²_rad and the W's enumerated over the components in reverse order (the same exact sums)",
               RelabelledEnumeration(), isEquivalent: true),
        mutant("igd/orbit-by-powers", "the IGD orbit summed as M^K e₀ + (Σ M^k) v (the same rationals in another order)",
               ClosedFormIncrementalOrbit(), isEquivalent: true),
    ]

    /// A mutant that replaces the methods under test in every theorem of the family.
    static func mutant(_ id: String, _ summary: String, _ methods: some ShufflingMethods, isEquivalent: Bool = false) -> Mutant {
        Mutant(id: id, family: .shuffling, summary: summary, isEquivalent: isEquivalent) { Shuffling.theorems(using: methods) }
    }
}
