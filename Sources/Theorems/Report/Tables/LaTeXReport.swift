/// The verdict table as LaTeX (`tables.tex` of `provable report`): one booktabs table per
/// family, each citing its papers by the keys of `references.bib`, with the seed and the
/// command that reproduce it in the caption. Needs `\usepackage{booktabs,tabularx}`.
public enum LaTeXReport {
    public static func render(_ run: CheckRun) -> String {
        let table = VerdictTable(run)
        var families: [Family] = []
        for row in table.rows where !families.contains(row.family) { families.append(row.family) }
        var out = "% Provable verdict tables: seed \(run.seed), scale \(run.scale.rawValue).\n"
        out += "% Needs \\usepackage{booktabs,tabularx}; \\cite keys are those of references.bib.\n"
        for family in families {
            out += "\n" + render(rows: table.rows.filter { $0.family == family }, family: family, run: run)
        }
        return out
    }

    static func render(rows: [VerdictTable.Row], family: Family, run: CheckRun) -> String {
        var out = "\\begin{table}[htbp]\n\\centering\n\\footnotesize\n"
        out += "\\begin{tabularx}{\\linewidth}{@{}>{\\raggedright\\arraybackslash}X>{\\raggedright\\arraybackslash}p{0.2\\linewidth}lr"
        out += ">{\\raggedright\\arraybackslash}p{0.13\\linewidth}>{\\raggedright\\arraybackslash}p{0.13\\linewidth}lr@{}}\n"
        out += "\\toprule\n"
        out += ["Theorem", "Source", "Prov.", "Inst.", "Predicted", "Measured", "Verdict", "FV"].joined(separator: " & ") + " \\\\\n"
        out += "\\midrule\n"
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
        out += "\\bottomrule\n\\end{tabularx}\n"
        out += "\\caption{Provable checks of the \(LaTeXText.escape(family.rawValue)) family: the representative instance's "
        out += "predicted and measured values, the verdict, and how many false variants (FV) were refuted. "
        out += "Seed \(run.seed), scale \\texttt{\(run.scale.rawValue)}; reproduce with "
        out += "\\texttt{provable check -{}-family \(LaTeXText.escape(family.rawValue)) -{}-seed \(run.seed) -{}-scale \(run.scale.rawValue)}.}\n"
        out += "\\label{tab:provable-\(family.rawValue)}\n\\end{table}\n"
        return out
    }
}
