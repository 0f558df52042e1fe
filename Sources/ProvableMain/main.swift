import ProvableCLI
import Theorems

// The `provable` executable: Provable's own catalog and mutants. A researcher's executable
// calls the same entry point with `Catalog.builtIn + Catalog([...their theorems...])`.
await ProvableCommand.main(catalog: .builtIn, mutants: .builtIn)
