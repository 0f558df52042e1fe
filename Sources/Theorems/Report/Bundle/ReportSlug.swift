/// ASCII names for the things a report names in files, anchors and CSV columns: a theorem id
/// becomes `lee-cho-yun-2024_alt-faster-than-sim` ('/' → '_'), a series name such as
/// "Sim-GDA ρ" becomes `Sim-GDA-rho` (Greek letters and common symbols spelled out, anything
/// else a '-'). ``unique(_:taken:)`` appends -2, -3, … where two names would collide.
enum ReportSlug {
    /// `s` with letters, digits, '.', '_' and '-' kept (case kept), '/' as '_', the symbols of
    /// ``spelled`` written out, and every other run of characters as one '-'.
    static func make(_ s: String) -> String {
        var out = ""
        var afterWord = false
        func dash() { if !out.isEmpty && !out.hasSuffix("-") { out += "-" } }
        for c in s {
            defer { afterWord = spelled[c] != nil }
            if c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "_" || c == "-") {
                if afterWord && c != "-" { dash() }
                out.append(c)
            } else if c == "/" {
                out += "_"
            } else if let word = spelled[c] {
                dash()
                out += word
            } else {
                dash()
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while out.hasPrefix("-") { out.removeFirst() }
        return out
    }

    /// `name`, or `name-2`, `name-3`, … — the first not in `taken`, which then holds it.
    static func unique(_ name: String, taken: inout Set<String>) -> String {
        var candidate = name
        var k = 2
        while taken.contains(candidate) {
            candidate = "\(name)-\(k)"
            k += 1
        }
        taken.insert(candidate)
        return candidate
    }

    static let spelled: [Character: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "eps", "η": "eta", "θ": "theta", "κ": "kappa",
        "λ": "lambda", "μ": "mu", "ν": "nu", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "φ": "phi",
        "ψ": "psi", "ω": "omega", "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Σ": "Sigma",
        "Ω": "Omega", "ℓ": "l", "∞": "inf", "²": "2", "₁": "1", "₂": "2", "ₚ": "p", "*": "star", "∗": "star",
        "+": "plus", "≤": "le", "≥": "ge",
    ]
}
