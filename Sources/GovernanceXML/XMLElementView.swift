import CLibXML2
import Foundation

/// A read-only view of one element of an `ParsedDocument`; it keeps the document alive.
@frozen
public struct XMLElementView {
    /// The libxml2 node, kept untyped so that no client of this module needs libxml2's headers to
    /// know what a view holds. (Frozen: clients know its size, so views cost nothing to pass.)
    @usableFromInline let opaqueNode: UnsafeMutableRawPointer
    @usableFromInline let document: ParsedDocument

    var node: xmlNodePtr { opaqueNode.assumingMemoryBound(to: xmlNode.self) }

    init(node: xmlNodePtr, document: ParsedDocument) {
        opaqueNode = UnsafeMutableRawPointer(node)
        self.document = document
    }

    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    public var localName: String {
        XMLElementView.localName(of: node)
    }

    static func localName(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    public var namespaceURI: String? {
        node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    }

    /// The name as written in the file, with its prefix if it has one.
    public var qualifiedName: String {
        XMLElementView.qualifiedName(of: node)
    }

    static func qualifiedName(of node: xmlNodePtr) -> String {
        guard let prefix = node.pointee.ns?.pointee.prefix else { return localName(of: node) }
        return String(cString: prefix) + ":" + localName(of: node)
    }

    /// The line of the start tag, true past 65,535.
    public var line: Int {
        XMLElementView.line(of: node)
    }

    static func line(of node: xmlNodePtr) -> Int {
        if node.pointee.line == UInt16.max, let stored = node.pointee.psvi {
            return Int(bitPattern: stored)
        }
        return Int(node.pointee.line)
    }

    /// libxml2 2.9 keeps an element's line in 16 bits (XML_PARSE_BIG_LINES helps text nodes only).
    /// Called right after libxml2 creates an element, this keeps the true line of an element past
    /// 65,535 in the element's `psvi` field, which nothing else in govreg's use of libxml2 touches.
    static func recordTrueLine(parser userData: UnsafeMutableRawPointer?) {
        guard let parser = userData?.assumingMemoryBound(to: xmlParserCtxt.self),
              let element = parser.pointee.node, element.pointee.line == UInt16.max,
              let input = parser.pointee.input
        else { return }
        element.pointee.psvi = UnsafeMutableRawPointer(bitPattern: Int(input.pointee.line))
    }

    /// The value of an attribute without a namespace, with surrounding white space removed (the
    /// schema's types collapse it, so " A" is a valid role A). Names here and below are literals
    /// (`StaticString`), compared in place: a `String` passed to C is copied to a new array each call.
    public func attribute(_ name: StaticString) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil, xmlStrEqual(current.pointee.name, name.utf8Start) != 0 {
                // The common case, one text node, is read in place; anything else through libxml2.
                if let text = current.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
                    return String(cString: content).xmlTrimmed
                }
                return LibXML.takeString(xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1))?.xmlTrimmed ?? ""
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// How many elements with this name come before this one on the same line, among its
    /// siblings (as in `<assignment .../><assignment .../>`); looks back a bounded distance.
    public var sameLineOrdinal: Int {
        XMLElementView.sameLineOrdinal(of: node)
    }

    static func sameLineOrdinal(of node: xmlNodePtr) -> Int {
        let line = line(of: node)
        var count = 0
        var steps = 0
        var sibling = node.pointee.prev
        while let current = sibling, steps < 64 {
            if current.pointee.type == XML_ELEMENT_NODE {
                guard XMLElementView.line(of: current) == line else { break }
                if xmlStrEqual(current.pointee.name, node.pointee.name) != 0 { count += 1 }
                steps += 1
            }
            sibling = current.pointee.prev
        }
        return count
    }

    /// The values of the element's attributes, trimmed, in order.
    public var attributeValues: [String] {
        var values: [String] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            if let text = LibXML.takeString(xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1)) {
                values.append(text.xmlTrimmed)
            }
            attribute = current.pointee.next
        }
        return values
    }

    /// The value of `xml:lang` on this element.
    public var xmlLang: String? {
        LibXML.takeString(xmlGetNsProp(node, "lang", XMLElementView.xmlNamespace))?.xmlTrimmed
    }

    /// The element children, in document order.
    public var children: [XMLElementView] {
        var result: [XMLElementView] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                result.append(XMLElementView(node: current, document: document))
            }
            child = current.pointee.next
        }
        return result
    }

    /// The element children named `name`, transformed, without an array of views in between.
    public func mapChildren<T>(named name: StaticString, _ transform: (XMLElementView) -> T?) -> [T] {
        var count = 0
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, xmlStrEqual(current.pointee.name, name.utf8Start) != 0 { count += 1 }
            child = current.pointee.next
        }
        guard count > 0 else { return [] }
        var result: [T] = []
        result.reserveCapacity(count)
        child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, xmlStrEqual(current.pointee.name, name.utf8Start) != 0,
               let value = transform(XMLElementView(node: current, document: document)) {
                result.append(value)
            }
            child = current.pointee.next
        }
        return result
    }

    public func children(named name: StaticString) -> [XMLElementView] {
        mapChildren(named: name) { $0 }
    }

    public func child(named name: StaticString) -> XMLElementView? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, xmlStrEqual(current.pointee.name, name.utf8Start) != 0 {
                return XMLElementView(node: current, document: document)
            }
            child = current.pointee.next
        }
        return nil
    }

    /// The text content, with surrounding white space removed.
    public var text: String {
        // The common case, one text node, is read in place.
        if let only = node.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE, let content = only.pointee.content {
            return String(cString: content).xmlTrimmed
        }
        return (LibXML.takeString(xmlNodeGetContent(node)) ?? "").xmlTrimmed
    }
}


extension XMLElementView {
    /// The namespace and local name of a qualified name written in this element's scope
    /// (`g:Party`, `xs:string`), by the prefixes declared where it stands.
    public func resolve(qualifiedName text: String) -> (namespace: String, local: String) {
        let colon = text.utf8.firstIndex(of: UInt8(ascii: ":"))
        let prefix = colon.map { String(text[..<$0]) }
        let local = colon.map { String(text[text.utf8.index(after: $0)...]) } ?? text
        let namespace = prefix.map { prefix in
            xmlSearchNs(node.pointee.doc, node, prefix).flatMap { $0.pointee.href }.map { String(cString: $0) } ?? ""
        } ?? xmlSearchNs(node.pointee.doc, node, nil).flatMap { $0.pointee.href }.map { String(cString: $0) } ?? ""
        return (namespace, local)
    }
}

extension XMLElementView: Equatable {
    /// The same element of the same document.
    public static func == (lhs: XMLElementView, rhs: XMLElementView) -> Bool {
        lhs.opaqueNode == rhs.opaqueNode
    }
}

extension XMLElementView {
    /// The parent element; nil for the root.
    public var parent: XMLElementView? {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLElementView(node: parent, document: document)
    }

    /// The names of the attributes without a namespace, in order.
    public var attributeNames: [String] {
        var names: [String] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil, let name = current.pointee.name { names.append(String(cString: name)) }
            attribute = current.pointee.next
        }
        return names
    }

    /// The value of an attribute in the XML namespace (`xml:lang`), named at run time.
    public func xmlAttribute(_ name: String) -> String? {
        LibXML.takeString(xmlGetNsProp(node, name, XMLElementView.xmlNamespace))
    }

    /// Whether the element holds text or comments besides white space (which an element with
    /// element-only content does not).
    public var hasText: Bool {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let text = LibXML.takeString(xmlNodeGetContent(current)), !text.allSatisfy(\.isWhitespace) {
                return true
            }
            child = current.pointee.next
        }
        return false
    }

    /// The value of an attribute without a namespace named at run time (a name read from the
    /// schemas), as written; nil when the element has none.
    public func attributeNamed(_ name: String) -> String? {
        LibXML.takeString(xmlGetNoNsProp(node, name))
    }
}
