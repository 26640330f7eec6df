import CLibXML2

/// A parsed XML document; frees its `xmlDoc` when released.
public final class ParsedDocument {
    let pointer: xmlDocPtr

    private init(pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    /// Takes charge of a document libxml2 is still building (see `ValidatingParser`).
    convenience init(adopting pointer: xmlDocPtr) {
        self.init(pointer: pointer)
    }

    /// Nodes taken out of the tree by an edit, freed with the document.
    private var detached: [xmlNodePtr] = []

    deinit {
        detached.forEach { xmlFreeNode($0) }
        xmlFreeDoc(pointer)
    }

    /// Keeps a node that an edit took out of the tree, so views of it stay valid until the document goes.
    func keep(_ node: xmlNodePtr) {
        detached.append(node)
    }

    /// The root element, if the document has one.
    public var root: XMLElementView? {
        xmlDocGetRootElement(pointer).map { XMLElementView(node: $0, document: self) }
    }

    /// Every element with this local name, in document order.
    public func elements(named name: String) -> [XMLElementView] {
        elements { $0.localName == name }
    }

    /// Every element that passes `test`, in document order.
    public func elements(where test: (XMLElementView) -> Bool) -> [XMLElementView] {
        guard let root else { return [] }
        var found: [XMLElementView] = []
        var pending = [root]
        while let element = pending.popLast() {
            if test(element) { found.append(element) }
            pending.append(contentsOf: element.children.reversed())
        }
        return found
    }

    /// Parses a document from memory, safely for files from outside: no network, no entity
    /// substitution, no DTD loading, no XInclude, and a DOCTYPE refused before it is read.
    /// Fails with the first problem found.
    public static func parse(_ bytes: [UInt8]) -> Result<ParsedDocument, XMLIssue> {
        LibXML.prepare()
        guard bytes.count <= Int(Int32.max) else {
            return .failure(XMLIssue(line: 1, column: 1, message: "the file is larger than libxml2 can read (2 GB)"))
        }
        let collector = XMLIssueCollector()
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            LibXML.withParser(for: buffer) { context in
                context.pointee._private = collector.opaque
                context.pointee.sax.pointee.serror = { _, error in
                    guard let error, let parser = error.pointee.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
                    XMLIssueCollector.from(parser.pointee._private)?.add(XMLIssue(error.pointee))
                }
                context.pointee.sax.pointee.startElementNs = { userData, name, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
                    xmlSAX2StartElementNs(userData, name, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
                    XMLElementView.recordTrueLine(parser: userData)
                }
                context.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
                    guard let parser = userData?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
                    let line = parser.pointee.input.map { Int($0.pointee.line) } ?? 1
                    let column = parser.pointee.input.map { Int($0.pointee.col) } ?? 1
                    XMLIssueCollector.from(parser.pointee._private)?.refuseDoctype(line: line, column: column)
                    xmlStopParser(parser)
                }
                _ = xmlParseDocument(context)
                let parsed = context.pointee.myDoc
                context.pointee.myDoc = nil
                guard context.pointee.wellFormed != 0, !collector.refusedDoctype, let parsed else {
                    if let parsed { xmlFreeDoc(parsed) }
                    return nil
                }
                return parsed
            } ?? nil
        }
        return withExtendedLifetime(collector) {
            if let document, collector.issues.allSatisfy(\.isWarning) {
                return .success(ParsedDocument(pointer: document))
            }
            if let document { xmlFreeDoc(document) }
            let first = collector.issues.first { !$0.isWarning }
                ?? XMLIssue(line: 1, column: 1, message: bytes.isEmpty ? "the file is empty" : "the file is not well-formed XML")
            return .failure(first)
        }
    }

    /// A new document holding one empty root element, `name` in `namespace` (declared as the
    /// default namespace), to build with `appendElement` and write with `serialized()`.
    public static func new(rootNamed name: String, namespace: String) -> ParsedDocument? {
        LibXML.prepare()
        guard let document = xmlNewDoc("1.0") else { return nil }
        guard let root = xmlNewDocNode(document, nil, name, nil), let declared = xmlNewNs(root, namespace, nil) else {
            xmlFreeDoc(document)
            return nil
        }
        xmlSetNs(root, declared)
        xmlDocSetRootElement(document, root)
        return ParsedDocument(pointer: document)
    }

    /// Parses one of govreg's own schema files, giving it a base URL under which its includes resolve.
    static func parseEmbeddedSchema(named name: String, text: String) -> ParsedDocument? {
        LibXML.prepare()
        let bytes = Array(text.utf8)
        let url = LibXML.schemaURLPrefix + name
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), url, "UTF-8", LibXML.documentOptions)
                }
            }
        }
        return document.map(ParsedDocument.init)
    }
}
