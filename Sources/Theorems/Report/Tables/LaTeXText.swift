/// Plain text as LaTeX source: the ten special characters escaped, and the mathematical
/// symbols and Greek letters the catalog's cells use (≤, ≈, ℓ, κ, ∞, subscripts, …) written as
/// math-mode commands, so the table compiles with pdflatex as well as with LuaLaTeX. Other
/// characters (accented Latin letters) pass through as UTF-8, which LaTeX reads by default.
enum LaTeXText {
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if let ascii = ascii[c] { out += ascii } else if let math = math[c] { out += "\\ensuremath{" + math + "}" } else { out.append(c) }
        }
        return out
    }

    /// A theorem id in typewriter type, breakable after '/' and '-'.
    static func identifier(_ id: String) -> String {
        var out = ""
        for c in id {
            out += escape(String(c))
            if c == "/" || c == "-" { out += "\\allowbreak{}" }
        }
        return "\\texttt{" + out + "}"
    }

    private static let ascii: [Character: String] = [
        "\\": "\\textbackslash{}", "{": "\\{", "}": "\\}", "$": "\\$", "&": "\\&", "#": "\\#",
        "^": "\\textasciicircum{}", "_": "\\_", "%": "\\%", "~": "\\textasciitilde{}",
        "<": "\\ensuremath{<}", ">": "\\ensuremath{>}", "|": "\\ensuremath{|}",
        "–": "--", "—": "---", "§": "\\S{}", "\u{00A0}": "~",
    ]

    private static let math: [Character: String] = [
        "≤": "\\le", "≥": "\\ge", "≈": "\\approx", "≠": "\\ne", "±": "\\pm", "×": "\\times", "·": "\\cdot",
        "−": "-", "→": "\\to", "←": "\\leftarrow", "∞": "\\infty", "√": "\\surd", "‖": "\\|", "⪯": "\\preceq",
        "∈": "\\in", "ℓ": "\\ell", "²": "^{2}", "³": "^{3}", "⁻": "^{-}", "¹": "^{1}", "ᵀ": "^{\\top}",
        "₀": "_{0}", "₁": "_{1}", "₂": "_{2}", "₃": "_{3}", "ₚ": "_{p}",
        "α": "\\alpha", "β": "\\beta", "γ": "\\gamma", "δ": "\\delta", "ε": "\\varepsilon", "ζ": "\\zeta",
        "η": "\\eta", "θ": "\\theta", "κ": "\\kappa", "λ": "\\lambda", "μ": "\\mu", "ν": "\\nu", "ξ": "\\xi",
        "π": "\\pi", "ρ": "\\rho", "σ": "\\sigma", "τ": "\\tau", "φ": "\\varphi", "χ": "\\chi", "ψ": "\\psi",
        "ω": "\\omega", "Γ": "\\Gamma", "Δ": "\\Delta", "Θ": "\\Theta", "Λ": "\\Lambda", "Σ": "\\Sigma",
        "Φ": "\\Phi", "Ψ": "\\Psi", "Ω": "\\Omega",
    ]
}
