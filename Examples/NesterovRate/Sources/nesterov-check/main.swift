import NesterovRate
import ProvableCLI
import Theorems

// `swift run nesterov-check check --family example` — Provable's commands on this package's
// theorem beside Provable's own catalog.
await ProvableCommand.main(catalog: .builtIn + Catalog([NesterovQuadraticRate()]), mutants: .builtIn)
