extension ImplicitBias {
    /// The family's mutants: plausible broken implementations its theorems must notice, and
    /// equivalent (correct) alternatives they must not.
    public static let mutants: [Mutant] = []
}
