import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML document as a flat list of elements (name, attributes, ancestors), for tests
/// that read the report page and its plots as a browser's parser would: well-formed or not,
/// which ids exist, where each link points, what every SVG contains.
struct ParsedXML {
    struct Element {
        let name: String
        let attributes: [String: String]
        /// The names of the enclosing elements, outermost first.
        let ancestors: [String]
        /// Its position among all elements (document order).
        let index: Int
        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    }

    let elements: [Element]
    /// The error when the text is not well-formed XML.
    let error: String?
    /// For each element index, the index one past its last descendant.
    let ends: [Int]

    init(_ text: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        let ok = parser.parse()
        elements = collector.elements
        ends = collector.ends
        error = ok ? nil : (parser.parserError.map { "\($0)" } ?? "parse failed") + " at line \(parser.lineNumber)"
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The elements inside `e`.
    func descendants(of e: Element) -> ArraySlice<Element> { elements[(e.index + 1)..<ends[e.index]] }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var ends: [Int] = []
        var stack: [(name: String, index: Int)] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(Element(name: name, attributes: attributes, ancestors: stack.map(\.name), index: elements.count))
            ends.append(-1)
            stack.append((name, elements.count - 1))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if let top = stack.popLast() { ends[top.index] = elements.count }
        }
    }
}
