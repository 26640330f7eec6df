import CLibXML2
import Foundation

extension XMLElementView {
    /// Calls `visit` for every value written in this element and the elements below it, in
    /// document order, that holds one of the ASCII characters `markers`: an element's own text
    /// (its text children, not its descendants'; `attribute` nil) and each attribute's value, both
    /// trimmed. Values without a marker are skipped in place, without making a string, so a walk
    /// over a large document costs little. Stops early once `stop` is raised.
    public func forEachValue(containingAnyOf markers: String, stop: StopSignal? = nil, _ visit: (_ element: XMLElementView, _ attribute: String?, _ value: String) -> Void) {
        markers.withCString { markers in
            func marked(_ content: UnsafeMutablePointer<xmlChar>?) -> Bool {
                guard let content else { return false }
                return content.withMemoryRebound(to: CChar.self, capacity: 1) { strpbrk($0, markers) != nil }
            }
            var current: xmlNodePtr? = node
            while let element = current, stop?.isRaised != true {
                let view = XMLElementView(node: element, document: document)
                var attribute = element.pointee.properties
                while let present = attribute {
                    var part = present.pointee.children
                    var hasMarker = false
                    while let text = part, !hasMarker {
                        hasMarker = marked(text.pointee.content)
                        part = text.pointee.next
                    }
                    if hasMarker, let name = present.pointee.name,
                       let value = LibXML.takeString(xmlNodeListGetString(element.pointee.doc, present.pointee.children, 1)) {
                        visit(view, String(cString: name), value.xmlTrimmed)
                    }
                    attribute = present.pointee.next
                }
                var child = element.pointee.children
                var hasMarker = false
                while let text = child, !hasMarker {
                    if text.pointee.type == XML_TEXT_NODE || text.pointee.type == XML_CDATA_SECTION_NODE {
                        hasMarker = marked(text.pointee.content)
                    }
                    child = text.pointee.next
                }
                if hasMarker {
                    visit(view, nil, XMLElementView.ownText(of: element).xmlTrimmed)
                }
                current = XMLElementView.nextElement(after: element, within: node)
            }
        }
    }

    /// The text children of an element, joined (comments and child elements left out).
    private static func ownText(of element: xmlNodePtr) -> String {
        var text = ""
        var child = element.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
                text += String(cString: content)
            }
            child = current.pointee.next
        }
        return text
    }

    /// The element after `element` in document order (its first child element, else the next
    /// element after it or after one of its ancestors), staying below `top`; nil at the end.
    private static func nextElement(after element: xmlNodePtr, within top: xmlNodePtr) -> xmlNodePtr? {
        if let child = firstElement(from: element.pointee.children) { return child }
        var current = element
        while current != top {
            if let sibling = firstElement(from: current.pointee.next) { return sibling }
            guard let parent = current.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
            current = parent
        }
        return nil
    }

    /// The first element node among `node` and its following siblings.
    private static func firstElement(from node: xmlNodePtr?) -> xmlNodePtr? {
        var current = node
        while let candidate = current {
            if candidate.pointee.type == XML_ELEMENT_NODE { return candidate }
            current = candidate.pointee.next
        }
        return nil
    }

    /// Where this element stands among its parent's children of the same name: 1-based, and how
    /// many there are.
    public var positionAmongNamesakes: (position: Int, count: Int) {
        var position = 1
        var count = 0
        var sibling = node.pointee.parent?.pointee.children ?? node
        var found = false
        while true {
            if sibling.pointee.type == XML_ELEMENT_NODE, xmlStrEqual(sibling.pointee.name, node.pointee.name) != 0 {
                count += 1
                if sibling == node { found = true } else if !found { position += 1 }
            }
            guard let next = sibling.pointee.next else { break }
            sibling = next
        }
        return (position, count)
    }
}
