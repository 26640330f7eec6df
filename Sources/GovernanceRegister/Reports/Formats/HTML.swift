import Foundation
/// HTML built from parts, so that text from the register can only ever be text: element and
/// attribute names are fixed in govreg's own code (`StaticString`), and text and attribute values
/// are escaped as each part is made (`HTMLText`, by UTF-8 byte, so a combining mark cannot hide a
/// quote). Markup written in govreg's code, a style sheet say, is the only thing passed on as it
/// is, and it too is a `StaticString`. Output is polyglot: void elements close themselves, so XML
/// parsers read it too.
///
/// A part holds its markup, not a tree: an element copies its children's bytes into its own, so a
/// page of 500,000 elements is one buffer when it is done, not half a million small ones to free.
///
/// (Plot leaves attribute values unescaped and swift-mustache escapes by grapheme cluster, which a
/// combining mark defeats; for register text from outside, this small builder is the safer part.)
struct HTML: Sendable {
    /// One attribute: a name from govreg's code, a value that is escaped.
    struct Attribute: Sendable {
        let name: StaticString
        let value: String

        init(_ name: StaticString, _ value: String) {
            self.name = name
            self.value = value
        }

        static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
        static func id(_ value: String) -> Attribute { Attribute("id", value) }
        static func href(_ value: String) -> Attribute { Attribute("href", value) }
        static func title(_ value: String) -> Attribute { Attribute("title", value) }
        static let columnHeader = Attribute("scope", "col")
        static let rowHeader = Attribute("scope", "row")
    }

    /// The part's markup as UTF-8, its text already escaped.
    private let markup: [UInt8]

    private init(markup: [UInt8]) {
        self.markup = markup
    }

    /// An element with attributes and children.
    init(_ name: StaticString, _ attributes: [Attribute] = [], _ children: [HTML] = []) {
        self.init(element: name, attributes, contentSize: children.reduce(0) { $0 + $1.markup.count }) { output in
            for child in children { output += child.markup }
        }
    }

    /// An element holding text.
    init(_ name: StaticString, _ attributes: [Attribute] = [], text: String) {
        self.init(element: name, attributes, contentSize: text.utf8.count) { output in HTMLText.append(text, to: &output) }
    }

    /// Text, escaped.
    static func text(_ text: String) -> HTML {
        var markup: [UInt8] = []
        HTMLText.append(text, to: &markup)
        return HTML(markup: markup)
    }

    /// Markup from govreg's own code, written as it is.
    static func trusted(_ markup: StaticString) -> HTML {
        HTML(markup: markup.withUTF8Buffer { Array($0) })
    }

    /// Several parts one after the other, without an element around them.
    static func group(_ parts: [HTML]) -> HTML {
        var markup: [UInt8] = []
        markup.reserveCapacity(parts.reduce(0) { $0 + $1.markup.count })
        for part in parts { markup += part.markup }
        return HTML(markup: markup)
    }

    static let empty = HTML.group([])

    /// Text in which each name that `links` knows (an agreement's id, say) is a link to its page.
    /// A name counts only as a whole word: "sla-lis" is not found inside "sla-lis-2023".
    static func linking(_ text: String, _ links: [String: String]) -> [HTML] {
        guard !links.isEmpty else { return [.text(text)] }
        let scalars = text.unicodeScalars
        func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII {
                return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            }
            // A combining mark belongs to the letter before it, as in a whole word.
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.isGraphemeExtend
        }
        var parts: [HTML] = []
        var plain = scalars.startIndex
        var index = scalars.startIndex
        // Each word once, scalar by scalar: at a word's start, the longest name (words joined by
        // dots, "dvo.2025") that begins there and ends at a word's end.
        while index < scalars.endIndex {
            guard isWordPart(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            var ends: [String.Index] = []
            var end = index
            while true {
                while end < scalars.endIndex, isWordPart(scalars[end]) { end = scalars.index(after: end) }
                ends.append(end)
                guard end < scalars.endIndex, scalars[end] == "." else { break }
                let next = scalars.index(after: end)
                guard next < scalars.endIndex, isWordPart(scalars[next]) else { break }
                end = next
            }
            if let last = ends.last(where: { links[String(scalars[index..<$0])] != nil }) {
                let name = String(scalars[index..<last])
                if plain < index { parts.append(.text(String(scalars[plain..<index]))) }
                parts.append(HTML("a", [.href(links[name] ?? "")], text: name))
                plain = last
                index = last
            } else {
                index = ends[0]
            }
        }
        parts.append(.text(String(scalars[plain...])))
        return parts
    }

    /// A row of text cells: the first a header for the row, the others data. The same markup as
    /// the row built from its cells, written at once (the summary's tables hold most of its cells).
    static func row(_ cells: [String]) -> HTML {
        var markup: [UInt8] = []
        markup.reserveCapacity(cells.reduce(16) { $0 + $1.utf8.count + 9 } + 12)
        markup.append("<tr>")
        for (index, cell) in cells.enumerated() {
            markup.append(index == 0 ? "<th scope=\"row\">" : "<td>")
            HTMLText.append(cell, to: &markup)
            markup.append(index == 0 ? "</th>" : "</td>")
        }
        markup.append("</tr>\n")
        return HTML(markup: markup)
    }

    /// A wide table in a box of its own that scrolls sideways on a narrow screen, reachable with
    /// the keyboard and named for a screen reader by `label` (the table's caption).
    static func scrolling(_ label: String, _ table: HTML) -> HTML {
        HTML("div", [.class("scroll"), Attribute("tabindex", "0"), Attribute("role", "group"), Attribute("aria-label", label)], [table])
    }

    /// How an element is laid out when written: without content (`<br />`), with a line break after
    /// its start tag (a table, a list), with a line break after its end tag (so the output reads and
    /// diffs well).
    private struct Layout: OptionSet {
        let rawValue: UInt8
        static let void = Layout(rawValue: 1)
        static let breakInside = Layout(rawValue: 2)
        static let breakAfter = Layout(rawValue: 4)
    }

    /// The layout of each element name that has one, by `key(_:)`, in the order of the keys (a
    /// search of a few comparisons, cheaper than hashing for each of a page's elements).
    private static let layouts: [(key: UInt64, layout: Layout)] = {
        var layouts: [UInt64: Layout] = [:]
        func add(_ layout: Layout, _ names: [String]) {
            for name in names { layouts[key(name.utf8)!, default: []].insert(layout) }
        }
        add(.void, ["br", "meta", "input", "link", "hr", "img"])
        add(.breakInside, ["table", "tbody", "thead", "tfoot", "ul", "dl", "section", "main", "head", "body", "html", "nav"])
        add(.breakAfter, ["html", "head", "body", "main", "nav", "header", "footer", "section", "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "dl", "dd",
                          "table", "caption", "thead", "tbody", "tfoot", "tr", "div", "style", "title", "meta", "form", "fieldset", "label", "select", "textarea"])
        return layouts.map { (key: $0.key, layout: $0.value) }.sorted { $0.key < $1.key }
    }()

    /// A name of up to 8 bytes as one number, so finding its layout compares no strings (every
    /// name with a layout is that short).
    private static func key(_ name: some Collection<UInt8>) -> UInt64? {
        guard name.count <= 8 else { return nil }
        return name.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static func layout(of name: StaticString) -> Layout {
        guard let wanted = name.withUTF8Buffer({ key($0) }) else { return [] }
        var low = 0, high = layouts.count
        while low < high {
            let middle = (low + high) / 2
            if layouts[middle].key < wanted { low = middle + 1 } else { high = middle }
        }
        return low < layouts.count && layouts[low].key == wanted ? layouts[low].layout : []
    }

    /// The markup.
    var rendered: String {
        String(decoding: markup, as: UTF8.self)
    }

    /// An element: its start tag with the attributes escaped, the content that `content` appends
    /// (about `contentSize` bytes), its end tag.
    private init(element name: StaticString, _ attributes: [Attribute], contentSize: Int, content: (inout [UInt8]) -> Void) {
        var output: [UInt8] = []
        output.reserveCapacity(2 * name.utf8CodeUnitCount + 8 + contentSize + attributes.reduce(0) { $0 + $1.name.utf8CodeUnitCount + $1.value.utf8.count + 4 })
        HTML.write(element: name, attributes, into: &output, content: content)
        markup = output
    }

    /// Appends the element `init(element:…)` makes to `output`, so that a page's outer elements
    /// need not copy everything inside them.
    static func write(element name: StaticString, _ attributes: [Attribute], into output: inout [UInt8], content: (inout [UInt8]) -> Void) {
        let layout = HTML.layout(of: name)
        output.append(UInt8(ascii: "<"))
        output.append(name)
        for attribute in attributes {
            output.append(UInt8(ascii: " "))
            output.append(attribute.name)
            output.append("=\"")
            HTMLText.append(attribute.value, to: &output)
            output.append(UInt8(ascii: "\""))
        }
        if layout.contains(.void) {
            output.append(" />")
        } else {
            output.append(UInt8(ascii: ">"))
            if layout.contains(.breakInside) { output.append(UInt8(ascii: "\n")) }
            content(&output)
            output.append("</")
            output.append(name)
            output.append(UInt8(ascii: ">"))
        }
        if layout.contains(.breakAfter) { output.append(UInt8(ascii: "\n")) }
    }

    /// The markup's size in bytes.
    var size: Int { markup.count }

    /// Appends the markup to `output`.
    func append(to output: inout [UInt8]) {
        output += markup
    }
}
