import Foundation
/// HTML built as a tree, so that text from the register can only ever be text: element and
/// attribute names are fixed in govreg's own code (`StaticString`), and text and attribute values
/// are escaped when the tree is written out (`HTMLText`, by Unicode scalar). Markup written in
/// govreg's code, a style sheet say, is the only thing passed on as it is, and it too is a
/// `StaticString`. Output is polyglot: void elements close themselves, so XML parsers read it too.
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

    private enum Node: Sendable {
        case element(name: StaticString, attributes: [Attribute], children: [HTML])
        case text(String)
        case trusted(StaticString)
        case group([HTML])
    }

    private let node: Node

    private init(node: Node) {
        self.node = node
    }

    /// An element with attributes and children.
    init(_ name: StaticString, _ attributes: [Attribute] = [], _ children: [HTML] = []) {
        node = .element(name: name, attributes: attributes, children: children)
    }

    /// An element holding text.
    init(_ name: StaticString, _ attributes: [Attribute] = [], text: String) {
        node = .element(name: name, attributes: attributes, children: [.text(text)])
    }

    /// Text, escaped when written.
    static func text(_ text: String) -> HTML { HTML(node: .text(text)) }

    /// Markup from govreg's own code, written as it is.
    static func trusted(_ markup: StaticString) -> HTML { HTML(node: .trusted(markup)) }

    /// Several parts one after the other, without an element around them.
    static func group(_ parts: [HTML]) -> HTML { HTML(node: .group(parts)) }

    static let empty = HTML.group([])

    /// Text in which each name that `links` knows (an agreement's id, say) is a link to its page.
    /// A name counts only as a whole word: "sla-lis" is not found inside "sla-lis-2023".
    static func linking(_ text: String, _ links: [String: String]) -> [HTML] {
        func isWordPart(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "-" || character == "_" }
        /// Where `name` first stands as a whole word in `text`.
        func wholeWord(_ name: String, in text: Substring) -> Range<Substring.Index>? {
            var search = text.startIndex..<text.endIndex
            while !name.isEmpty, let range = text.range(of: name, range: search) {
                let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
                let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
                if !(before.map(isWordPart) ?? false) && !(after.map(isWordPart) ?? false) { return range }
                search = range.upperBound..<text.endIndex
            }
            return nil
        }
        var parts: [HTML] = []
        var rest = Substring(text)
        while let (range, name) = links.keys.compactMap({ name in wholeWord(name, in: rest).map { ($0, name) } }).min(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            parts.append(.text(String(rest[..<range.lowerBound])))
            parts.append(HTML("a", [.href(links[name] ?? "")], text: name))
            rest = rest[range.upperBound...]
        }
        parts.append(.text(String(rest)))
        return parts
    }

    /// A wide table in a box of its own that scrolls sideways on a narrow screen, reachable with
    /// the keyboard and named for a screen reader by `label` (the table's caption).
    static func scrolling(_ label: String, _ table: HTML) -> HTML {
        HTML("div", [.class("scroll"), Attribute("tabindex", "0"), Attribute("role", "group"), Attribute("aria-label", label)], [table])
    }

    /// Elements without content, written as `<br />`.
    private static let void: Set<String> = ["br", "meta", "input", "link", "hr", "img"]
    /// Elements followed by a line break in the output, so it reads well and diffs well.
    private static let blocks: Set<String> = [
        "html", "head", "body", "main", "nav", "header", "footer", "section", "h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "dl", "dd",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "div", "style", "title", "meta", "form", "fieldset", "label", "select", "textarea",
    ]

    /// The markup.
    var rendered: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch node {
        case .text(let text):
            output += HTMLText.escape(text)
        case .trusted(let markup):
            output += markup.description
        case .group(let parts):
            parts.forEach { $0.write(to: &output) }
        case let .element(name, attributes, children):
            let tag = name.description
            output += "<" + tag
            for attribute in attributes {
                output += " " + attribute.name.description + "=\"" + HTMLText.escape(attribute.value) + "\""
            }
            if HTML.void.contains(tag) {
                output += " />"
            } else {
                output += ">"
                if ["table", "tbody", "thead", "tfoot", "ul", "dl", "section", "main", "head", "body", "html", "nav"].contains(tag) { output += "\n" }
                children.forEach { $0.write(to: &output) }
                output += "</" + tag + ">"
            }
            if HTML.blocks.contains(tag) { output += "\n" }
        }
    }
}
