import CLibXML2
import Foundation

/// A read-only view of one element of an `XMLDocument`, valid while the document lives.
struct XMLElementView {
    let node: xmlNodePtr

    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    var localName: String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    var namespaceURI: String? {
        node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    }

    /// The name as written in the file, with its prefix if it has one.
    var qualifiedName: String {
        guard let prefix = node.pointee.ns?.pointee.prefix else { return localName }
        return String(cString: prefix) + ":" + localName
    }

    /// The line of the start tag (true past 65,535).
    var line: Int {
        Int(xmlGetLineNo(node))
    }

    /// The value of an attribute without a namespace.
    func attribute(_ name: String) -> String? {
        LibXML.takeString(xmlGetNoNsProp(node, name))
    }

    /// The value of `xml:lang` on this element.
    var xmlLang: String? {
        LibXML.takeString(xmlGetNsProp(node, "lang", XMLElementView.xmlNamespace))
    }

    /// The element children, in document order.
    var children: [XMLElementView] {
        var result: [XMLElementView] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                result.append(XMLElementView(node: current))
            }
            child = current.pointee.next
        }
        return result
    }

    func children(named name: String) -> [XMLElementView] {
        children.filter { $0.localName == name }
    }

    func child(named name: String) -> XMLElementView? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let raw = current.pointee.name, String(cString: raw) == name {
                return XMLElementView(node: current)
            }
            child = current.pointee.next
        }
        return nil
    }

    /// The text content, with surrounding white space removed.
    var text: String {
        (LibXML.takeString(xmlNodeGetContent(node)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

