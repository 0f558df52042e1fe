/// The verdict table as LaTeX (`tables.tex` of `provable report`): one booktabs `longtable` per
/// family (it breaks across pages, the heading repeated), each citing its papers by the keys of
/// `references.bib`, with the seed and the command that reproduce it in the caption. Column
/// widths are fractions of `\linewidth`, so the table fits any text width.
/// Needs `\usepackage{booktabs,longtable,array}`.
public enum LaTeXReport {
    /// The tables of `run`, with a header comment naming the seed, the scale and the packages needed.
    public static func render(_ run: CheckRun) -> String {
        let table = VerdictTable(run)
        var families: [Family] = []
        for row in table.rows where !families.contains(row.family) { families.append(row.family) }
        var out = "% Provable verdict tables: seed \(run.seed), scale \(run.scale.rawValue).\n"
        out += "% Needs \\usepackage{booktabs,longtable,array}; \\cite keys are those of references.bib.\n"
        for family in families {
            out += "\n" + render(rows: table.rows.filter { $0.family == family }, family: family, run: run)
        }
        return out
    }

    /// The columns: heading, share of the line width, right-aligned.
    static let columns: [(String, String, Bool)] = [
        ("Theorem", ".22", false), ("Source", ".25", false), ("Prov.", ".08", false), ("Inst.", ".06", true),
        ("Predicted", ".12", false), ("Measured", ".12", false), ("Verdict", ".09", false), ("FV", ".06", true),
    ]

    static func render(rows: [VerdictTable.Row], family: Family, run: CheckRun) -> String {
        let name = LaTeXText.escape(family.rawValue)
        let spec = columns.map { _, share, right in
            ">{\\\(right ? "raggedleft" : "raggedright")\\arraybackslash}p{\\dimexpr\(share)\\linewidth-2\\tabcolsep\\relax}"
        }.joined()
        let heading = columns.map(\.0).joined(separator: " & ") + " \\\\\n"
        var out = "\\begingroup\n\\footnotesize\n\\setlength{\\tabcolsep}{3pt}\n"
        out += "\\begin{longtable}{@{}\(spec)@{}}\n"
        out += "\\caption{Provable checks of the \(name) family: the representative instance's predicted and measured "
        out += "values, the verdict, and how many false variants (FV) were refuted. Seed \(run.seed), scale "
        out += "\\texttt{\(run.scale.rawValue)}; reproduce with \\texttt{provable check -{}-family \(name) "
        out += "-{}-seed \(run.seed) -{}-scale \(run.scale.rawValue)}.}\n"
        out += "\\label{tab:provable-\(ReportSlug.make(family.rawValue))}\\\\\n"
        out += "\\toprule\n" + heading + "\\midrule\n\\endfirsthead\n"
        out += "\\toprule\n" + heading + "\\midrule\n\\endhead\n"
        out += "\\bottomrule\n\\endlastfoot\n"
        for row in rows {
            let cells = [
                LaTeXText.identifier(row.id),
                LaTeXText.escape(row.citation.short) + "~\\cite{" + row.citation.bibtexKey + "}",
                LaTeXText.escape(row.provenance.rawValue),
                String(row.instances),
                row.predicted.map(LaTeXText.escape) ?? "---",
                row.measured.map(LaTeXText.escape) ?? "---",
                LaTeXText.escape(row.verdict),
                row.falseVariants,
            ]
            out += cells.joined(separator: " & ") + " \\\\\n"
        }
        out += "\\end{longtable}\n\\endgroup\n"
        return out
    }
}
