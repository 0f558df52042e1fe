/// A node of a markup tree written as well-formed XML that HTML5 parsers read the same way:
/// the page of `provable report` and its inline SVG plots.
///
/// Text and attribute values are always escaped (`&`, `<`, `>`, and `"` in attributes); there is
/// no raw-text node, so nothing a theorem's statement or a series name contains can break the
/// page. Empty elements are self-closed only where HTML allows it (void elements such as `meta`,
/// and SVG shapes); any other empty element is written as an open and a close tag.
indirect enum Markup: Sendable, Hashable {
    /// An element with ordered attributes and children.
    case element(String, attributes: [Attribute], children: [Markup])
    /// Character data (escaped when rendered).
    case text(String)

    /// An attribute of an element.
    struct Attribute: Sendable, Hashable {
        let name: String
        let value: String

        init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// An element from a name, attribute pairs and children.
    static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [Markup] = []) -> Markup {
        .element(name, attributes: attributes.map { Attribute($0.0, $0.1) }, children: children)
    }

    /// An element holding only text.
    static func el(_ name: String, _ attributes: [(String, String)] = [], text: String) -> Markup {
        .el(name, attributes, [.text(text)])
    }

    /// The markup as text. Block-level elements end with a line break (so the source reads
    /// line by line and diffs stay small); inline content is written as it is.
    func rendered() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch self {
        case .text(let s):
            out += Markup.escape(s, quotes: false)
        case .element(let name, let attributes, let children):
            out += "<" + name
            for a in attributes { out += " " + a.name + "=\"" + Markup.escape(a.value, quotes: true) + "\"" }
            if children.isEmpty && Markup.selfClosing.contains(name) {
                out += "/>"
            } else {
                out += ">"
                if Markup.containers.contains(name) { out += "\n" }
                for child in children { child.render(into: &out) }
                out += "</" + name + ">"
            }
            if Markup.blocks.contains(name) || Markup.containers.contains(name) { out += "\n" }
        }
    }

    /// `s` with the characters markup gives a meaning replaced by entity references.
    static func escape(_ s: String, quotes: Bool) -> String {
        guard s.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || (quotes && $0 == "\"") }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// HTML void elements and SVG shapes: written `<name …/>` when empty.
    static let selfClosing: Set<String> = ["meta", "link", "br", "hr", "img", "col",
                                           "path", "line", "polyline", "polygon", "circle", "rect", "use"]
    /// Elements whose children start on a new line.
    static let containers: Set<String> = ["html", "head", "body", "header", "footer", "main", "nav", "section",
                                          "table", "thead", "tbody", "tr", "ul", "ol", "dl", "figure", "div", "svg", "g"]
    /// Elements followed by a line break.
    static let blocks: Set<String> = ["meta", "title", "style", "h1", "h2", "h3", "h4", "p", "li", "dt", "dd",
                                      "th", "td", "figcaption", "caption", "pre", "path", "line", "circle", "rect",
                                      "polygon", "text"]
}
