/// The paper (or book) a theorem comes from, pinned to the numbered result.
public struct Citation: Sendable, Hashable, Codable {
    /// Authors as "First Last", in the paper's order.
    public var authors: [String]
    /// The title.
    public var title: String
    /// Where it appeared ("NeurIPS 2023", "SIAM J. Optim. 26(1)", a publisher for a book).
    public var venue: String
    /// Year of publication.
    public var year: Int
    /// The arXiv identifier, when there is one.
    public var arxiv: String?
    /// The numbered result the check encodes ("Theorem 1", "Section 3.2, Eq. (12)").
    public var theorem: String
    /// The BibTeX key, e.g. "polyak1987introduction".
    public var bibtexKey: String
    /// The BibTeX entry type: "article", "inproceedings", "book", "misc", "software".
    public var entryType: String
    /// Journal volume (or proceedings volume, e.g. PMLR 235), issue number and pages
    /// ("57--95"), when the venue has them; each becomes its own BibTeX field.
    public var volume: String?
    public var number: String?
    public var pages: String?
    /// Publisher and series (e.g. "PMLR", "Proceedings of Machine Learning Research").
    public var publisher: String?
    public var series: String?
    /// A DOI or URL, when there is one.
    public var doi: String?
    public var url: String?

    public init(authors: [String], title: String, venue: String, year: Int, arxiv: String? = nil,
                theorem: String = "", bibtexKey: String, entryType: String = "article",
                volume: String? = nil, number: String? = nil, pages: String? = nil,
                publisher: String? = nil, series: String? = nil, doi: String? = nil, url: String? = nil) {
        self.authors = authors
        self.title = title
        self.venue = venue
        self.year = year
        self.arxiv = arxiv
        self.theorem = theorem
        self.bibtexKey = bibtexKey
        self.entryType = entryType
        self.volume = volume
        self.number = number
        self.pages = pages
        self.publisher = publisher
        self.series = series
        self.doi = doi
        self.url = url
    }

    /// The same paper pinned to another numbered result.
    public func at(_ theorem: String) -> Citation {
        var copy = self
        copy.theorem = theorem
        return copy
    }

    /// "Polyak (1987), Theorem 3".
    public var short: String {
        let lead: String
        switch authors.count {
        case 0: lead = "Anonymous"
        case 1: lead = lastName(authors[0])
        case 2: lead = "\(lastName(authors[0])) and \(lastName(authors[1]))"
        default: lead = authors.map(lastName).joined(separator: "–")
        }
        return theorem.isEmpty ? "\(lead) (\(year))" : "\(lead) (\(year)), \(theorem)"
    }

    private func lastName(_ name: String) -> String {
        name.split(separator: " ").last.map(String.init) ?? name
    }

    /// The BibTeX entry of the paper: the bibliographic fields only (the theorem a check
    /// encodes is not a field of the paper, so it is not in the entry).
    public var bibtex: String {
        let venueField: String
        switch entryType {
        case "inproceedings", "incollection": venueField = "booktitle"
        case "book": venueField = "publisher"
        case "misc", "software": venueField = "howpublished"
        default: venueField = "journal"
        }
        var fields: [(String, String)] = [
            ("author", authors.joined(separator: " and ")),
            ("title", "{\(title)}"),
            (venueField, venue),
            ("year", String(year)),
        ]
        let optional: [(String, String?)] = [
            ("volume", volume), ("number", number), ("pages", pages),
            ("series", series), ("publisher", entryType == "book" ? nil : publisher), ("doi", doi), ("url", url),
        ]
        fields += optional.compactMap { name, value in value.map { (name, $0) } }
        if let arxiv {
            fields.append(("eprint", arxiv))
            fields.append(("archivePrefix", "arXiv"))
        }
        let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
        return "@\(entryType){\(bibtexKey),\n\(body)\n}"
    }
}
