import CLibXML2
import Foundation

/// Changes to a parsed document that keep everything else as the person wrote it: comments,
/// order, white space and untouched elements.
extension XMLElementView {
    /// Sets an attribute (without a namespace); the value is text, escaped when written.
    public func setAttribute(_ name: String, _ value: String) {
        xmlSetProp(node, name, value)
    }

    /// Sets `xml:lang`, the language of the element's text.
    public func setXMLLang(_ value: String) {
        guard let namespace = xmlSearchNsByHref(node.pointee.doc, node, XMLElementView.xmlNamespace) else { return }
        xmlSetNsProp(node, namespace, "lang", value)
    }

    /// Puts a comment on the lines before this element, indented like it: one line, or several
    /// between `<!--` and `-->` on lines of their own. A comment cannot hold `--` or end with
    /// `-`, so such text is spaced out (`- -`) rather than ending the comment early.
    public func insertComment(_ lines: [String]) {
        let indentation = XMLElementView.whitespace(before: node)
        let margin = String((indentation ?? "").split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
        var text = lines.count == 1 ? " \(lines[0]) " : "\n" + lines.map { $0.isEmpty ? "" : margin + "  " + $0 }.joined(separator: "\n") + "\n" + margin
        while text.contains("--") { text = text.replacingOccurrences(of: "--", with: "- -") }
        if text.hasSuffix("-") { text += " " }
        guard let comment = xmlNewDocComment(node.pointee.doc, text) else { return }
        xmlAddPrevSibling(node, comment)
        // Inside an element: [indent]<!-- -->[indent]<element>; before the root, a line of its own.
        if let indentation { xmlAddPrevSibling(node, xmlNewDocText(node.pointee.doc, indentation)) }
    }

    /// Removes an attribute without a namespace, if the element has it.
    public func removeAttribute(_ name: String) {
        guard let attribute = xmlHasNsProp(node, name, nil) else { return }
        xmlRemoveProp(attribute)
    }

    /// Sets or removes an attribute in the XML namespace (`xml:lang`).
    public func setXMLAttribute(_ name: String, _ value: String?) {
        if let value {
            guard let namespace = xmlSearchNsByHref(node.pointee.doc, node, XMLElementView.xmlNamespace) else { return }
            xmlSetNsProp(node, namespace, name, value)
        } else if let attribute = xmlHasNsProp(node, name, XMLElementView.xmlNamespace) {
            xmlRemoveProp(attribute)
        }
    }

    /// Replaces the element's content with `text` (for an element that holds text only).
    public func setText(_ text: String) {
        xmlNodeSetContent(node, nil)
        xmlAddChild(node, xmlNewDocText(node.pointee.doc, text))
    }

    /// Moves this element (with the white space that indents it) to just before `sibling`, or after
    /// the last element child of its parent when `sibling` is nil.
    public func move(before sibling: XMLElementView?) {
        guard let parent else { return }
        guard sibling?.node != node else { return }
        let indentation = XMLElementView.whitespace(before: node) ?? parent.childIndentation
        if let previous = node.pointee.prev, previous.pointee.type == XML_TEXT_NODE,
           let text = LibXML.takeString(xmlNodeGetContent(previous)), text.allSatisfy(\.isWhitespace) {
            xmlUnlinkNode(previous)
            xmlFreeNode(previous)
        }
        xmlUnlinkNode(node)
        parent.insert(node, indentation: indentation, before: [], ahead: sibling)
    }

    /// The white space a child of this element is indented with, guessed from its existing children,
    /// or two spaces more than this element itself.
    var childIndentation: String {
        if let last = children.last, let text = XMLElementView.whitespace(before: last.node) {
            return text
        }
        // One line break: a blank line before this element (between matrices, say) is not one
        // inside it.
        let own = XMLElementView.whitespace(before: node) ?? "\n"
        return "\n" + (own.split(separator: "\n", omittingEmptySubsequences: false).last ?? "") + "  "
    }

    /// The white-space text node right before `node`, if any.
    private static func whitespace(before node: xmlNodePtr) -> String? {
        guard let previous = node.pointee.prev, previous.pointee.type == XML_TEXT_NODE,
              let text = LibXML.takeString(xmlNodeGetContent(previous)), text.allSatisfy(\.isWhitespace), text.contains("\n")
        else { return nil }
        return text
    }

    /// Appends a new element in this element's namespace as the last child element, indented like
    /// its siblings. `before` names sibling elements that must stay after it (schema order);
    /// `ahead` is a child it must come before (date order, say).
    @discardableResult
    public func appendElement(_ name: String, attributes: [(String, String)] = [], text: String? = nil, before: [String] = [], ahead: XMLElementView? = nil) -> XMLElementView {
        let indentation = childIndentation
        guard let element = xmlNewDocNode(node.pointee.doc, node.pointee.ns, name, nil) else { return self }
        for (attribute, value) in attributes { xmlSetProp(element, attribute, value) }
        if let text { xmlAddChild(element, xmlNewDocText(node.pointee.doc, text)) }
        insert(element, indentation: indentation, before: before, ahead: ahead)
        return XMLElementView(node: element, document: document)
    }

    /// Inserts a copy of `other` (an element of another document) as a child, indented to fit.
    @discardableResult
    public func appendCopy(of other: XMLElementView, before: [String] = []) -> XMLElementView? {
        let indentation = childIndentation
        guard let copy = xmlDocCopyNode(other.node, node.pointee.doc, 1) else { return nil }
        XMLElementView.reindent(copy, by: XMLElementView.shift(from: other.node, to: indentation))
        insert(copy, indentation: indentation, before: before)
        // Drop the namespace declarations the copy brought along where this document already has them.
        xmlDOMWrapReconcileNamespaces(nil, copy, XMLElementView.removeRedundantNamespaces)
        return XMLElementView(node: copy, document: document)
    }

    /// Puts a copy of `other` in this element's place, keeping the white space around it. The
    /// replaced element stays readable in `previous` until the document is freed.
    public func replaceKeepingCopy(with other: XMLElementView) -> (element: XMLElementView, previous: XMLElementView)? {
        let indentation = XMLElementView.whitespace(before: node) ?? ""
        guard let copy = xmlDocCopyNode(other.node, node.pointee.doc, 1) else { return nil }
        XMLElementView.reindent(copy, by: XMLElementView.shift(from: other.node, to: indentation))
        xmlReplaceNode(node, copy)
        // The old element is out of the tree now; keep it with the document so it is freed with it.
        document.keep(node)
        xmlDOMWrapReconcileNamespaces(nil, copy, XMLElementView.removeRedundantNamespaces)
        return (XMLElementView(node: copy, document: document), self)
    }

    /// Removes this element and the white space that indented it. The view is invalid afterwards.
    public func remove() {
        if let previous = node.pointee.prev, previous.pointee.type == XML_TEXT_NODE,
           let text = LibXML.takeString(xmlNodeGetContent(previous)), text.allSatisfy(\.isWhitespace) {
            xmlUnlinkNode(previous)
            xmlFreeNode(previous)
        }
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }

    /// xmlDOMWrapReconcileNamespaces' option XML_DOM_RECONNS_REMOVEREDUND (not in libxml2's headers).
    private static let removeRedundantNamespaces: Int32 = 1

    func insert(_ element: xmlNodePtr, indentation: String, before: [String], ahead: XMLElementView? = nil) {
        let whitespace = xmlNewDocText(node.pointee.doc, indentation)
        if let anchor = ahead ?? children.first(where: { before.contains($0.localName) }) {
            // [indent]<anchor> becomes [indent]<new>[indent]<anchor>.
            xmlAddPrevSibling(anchor.node, element)
            xmlAddPrevSibling(anchor.node, whitespace)
        } else if let last = children.last {
            // <last>[closing] becomes <last>[indent]<new>[closing].
            xmlAddNextSibling(last.node, element)
            xmlAddPrevSibling(element, whitespace)
        } else {
            // No element in it yet: <parent>[...][indent]<new>[closing indent]</parent>, in place of
            // the white space it ended with; a comment in it stays where it was.
            if let last = node.pointee.last, last.pointee.type == XML_TEXT_NODE, let text = LibXML.takeString(xmlNodeGetContent(last)), text.allSatisfy(\.isWhitespace) {
                xmlUnlinkNode(last)
                xmlFreeNode(last)
            }
            xmlAddChild(node, whitespace)
            xmlAddChild(node, element)
            xmlAddChild(node, xmlNewDocText(node.pointee.doc, String(indentation.dropLast(2))))
        }
    }

    /// The indentation to add to a copy of `source` so it sits at `target` (the white space that
    /// will precede it): the difference between the two depths, nothing when it moves up.
    private static func shift(from source: xmlNodePtr, to target: String) -> String {
        let wanted = String(target.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
        let current = String((whitespace(before: source) ?? "").split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
        return wanted.hasPrefix(current) ? String(wanted.dropFirst(current.count)) : ""
    }

    /// Adds `indentation` after every line break in the white space inside `node`.
    private static func reindent(_ node: xmlNodePtr, by indentation: String) {
        guard !indentation.isEmpty else { return }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE, let text = LibXML.takeString(xmlNodeGetContent(current)),
               text.allSatisfy(\.isWhitespace), text.contains("\n") {
                xmlNodeSetContent(current, text.replacingOccurrences(of: "\n", with: "\n" + indentation))
            } else if current.pointee.type == XML_ELEMENT_NODE {
                reindent(current, by: indentation)
            }
            child = current.pointee.next
        }
    }
}

extension ParsedDocument {
    /// The document as UTF-8 bytes, exactly as the DOM holds it (no reformatting).
    public func serialized() -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(pointer, &memory, &size, "UTF-8")
        guard let memory else { return [] }
        defer { govreg_xml_free(memory) }
        var bytes = Array(UnsafeBufferPointer(start: memory, count: Int(size)))
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        return bytes
    }
}

