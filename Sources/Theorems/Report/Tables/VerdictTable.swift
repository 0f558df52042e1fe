/// The verdict table of a run — one row per theorem, the columns a paper's appendix cites —
/// shared by the Markdown, LaTeX and HTML renderings so that they show the same cells.
public struct VerdictTable: Sendable, Hashable {
    /// One theorem's row; text cells are plain (each renderer escapes them its own way).
    public struct Row: Sendable, Hashable {
        public let id: String
        public let family: Family
        public let citation: Citation
        public let provenance: Provenance.Level
        public let instances: Int
        /// "≤ 23/27 ≈ 0.851852", or `nil` when no instance was judged.
        public let predicted: String?
        public let measured: String?
        /// "holds", or "holds (exact)" for a claim decided in rational arithmetic.
        public let verdict: String
        public let verdictValue: Verdict
        /// "2/2": false variants refuted, of all.
        public let falseVariants: String
    }

    /// The column headings, in order.
    public static let headings = ["Theorem", "Source", "Provenance", "Instances", "Predicted", "Measured", "Verdict",
                                  "False variants refuted"]

    /// One row per theorem.
    public let rows: [Row]

    /// The rows of `run`'s theorems, in run order (the representative instance's values).
    public init(_ run: CheckRun) {
        rows = run.reports.map { r in
            let j = r.representative?.judgement
            return Row(id: r.id, family: r.family, citation: r.citation, provenance: r.provenance.level,
                       instances: r.instances.count,
                       predicted: j.flatMap(VerdictTable.predicted),
                       measured: j?.measured?.display,
                       verdict: r.verdict.rawValue + (r.exact ? " (exact)" : ""), verdictValue: r.verdict,
                       falseVariants: "\(r.falseVariants.filter(\.refuted).count)/\(r.falseVariants.count)")
        }
    }

    /// The predicted value with the relation the claim asserts ("≤ 23/27 ≈ 0.851852"), or `nil`.
    public static func predicted(_ j: Judgement) -> String? {
        j.predicted.map { j.relation.rawValue + " " + $0.display }
    }
}
