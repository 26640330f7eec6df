import CLibXML2
import Foundation

/// Reads a document and checks it against a schema in the same pass, as libxml2's reader does
/// (`xmllint --stream`), so that a register of any size is never whole in memory: the long lists
/// (parties, agreements, incidents) are handed out one entry at a time as each closes, and freed
/// soon after. What is left of the tree (the organisation, the plan) stays for the caller.
public enum ValidatingParser {
    /// The entries that are handed out and freed: an element named `entry` in an element named
    /// `list` that is a child of the root. Every such entry is, whatever else it holds.
    public struct Entries: Sendable {
        let pairs: [(list: [xmlChar], entry: [xmlChar])]

        public init(_ pairs: [(list: String, entry: String)]) {
            self.pairs = pairs.map { (Array($0.list.utf8) + [0], Array($0.entry.utf8) + [0]) }
        }

        public static let none = Entries([])

        func contains(list: UnsafePointer<xmlChar>, entry: UnsafePointer<xmlChar>) -> Bool {
            pairs.contains { pair in
                pair.entry.withUnsafeBufferPointer { xmlStrEqual(entry, $0.baseAddress) != 0 }
                    && pair.list.withUnsafeBufferPointer { xmlStrEqual(list, $0.baseAddress) != 0 }
            }
        }
    }

    /// The document as far as it was kept, and every schema problem in document order (the keys
    /// and references only once the rest of the schema holds, as libxml2 leaves out elements that
    /// break it: a broken file gets its first problems, not one per element).
    public struct Outcome {
        public let document: ParsedDocument
        public let issues: [XMLIssue]
        /// The schema problems past the first `mostIssues`, counted but not kept: a file with a
        /// wrong attribute on each of 20,000 elements gets its first problems at once.
        public let moreIssues: Int
    }

    /// How many schema problems are kept and worded; those after are only counted.
    public static let mostIssues = 100

    /// Parses `bytes` as safely as `ParsedDocument.parse` and validates them against `schema`.
    /// `entry` is called with each of `entries` as it closes and its 1-based place among its
    /// namesakes, unless `firstError` was raised: the view is valid only during the call. Fails
    /// with the first problem if the bytes are not well-formed XML.
    public static func parse(_ bytes: [UInt8], schema: CompiledSchema, entries: Entries, firstError: StopSignal? = nil,
                             entry: (XMLElementView, Int) -> Void) -> Result<Outcome, XMLIssue> {
        LibXML.prepare()
        guard bytes.count <= Int(Int32.max) else {
            return .failure(XMLIssue(line: 1, column: 1, message: "the file is larger than libxml2 can read (2 GB)"))
        }
        guard let validation = xmlSchemaNewValidCtxt(schema.pointer) else {
            return .failure(XMLIssue(line: 1, column: 1, message: "out of memory while validating"))
        }
        defer { xmlSchemaFreeValidCtxt(validation) }
        let state = StreamState(entries: entries, firstError: firstError)
        let handoff = state.handoff
        // libxml2 reads and checks on a second thread; the entries are read on this one as they
        // come, so that the check and the reading of the model take the time of the longer.
        let parsing = UncheckedSendable(value: (bytes, validation, state))
        Thread.detachNewThread {
            LibXML.prepare()
            let (bytes, validation, state) = parsing.value
            let wellFormed = ValidatingParser.run(bytes, validation: validation, state: state)
            state.handoff.finish(wellFormed: wellFormed)
        }
        let tally = IdentityCheck.Tally(schema.identity)
        while let batch = handoff.next() {
            if firstError?.isRaised != true, let document = handoff.document {
                for (node, place) in batch {
                    entry(XMLElementView(node: node, document: document), place)
                    tally.take(node, document: document)
                }
            }
            handoff.read(batch.count)
        }
        guard handoff.wellFormed, !state.parser.refusedDoctype, state.parser.issues.allSatisfy(\.isWarning),
              let document = handoff.document, let root = document.root
        else {
            let first = state.parser.issues.first { !$0.isWarning }
                ?? XMLIssue(line: 1, column: 1, message: bytes.isEmpty ? "the file is empty" : "the file is not well-formed XML")
            return .failure(first)
        }
        state.releaseAll()
        var issues = state.schemaIssues
        if issues.allSatisfy(\.isWarning), xmlSchemaIsValid(validation) == 1 {
            issues += tally.finish(root: root.node, document: document)
        } else if xmlSchemaIsValid(validation) != 1, !issues.contains(where: { !$0.isWarning }) {
            issues.append(XMLIssue(line: 1, column: 1, message: "the document does not match the schema"))
        }
        return .success(Outcome(document: document, issues: issues.sorted { ($0.line, $0.column) < ($1.line, $1.column) }, moreIssues: state.moreSchemaIssues))
    }

    /// The local name and namespace of the root element, read from the start of `bytes` only
    /// (as safely as the whole); nil when the bytes do not get that far as well-formed XML or hold
    /// a DOCTYPE, which reading them whole reports.
    public static func rootName(of bytes: [UInt8]) -> (local: String, namespace: String?)? {
        LibXML.prepare()
        guard bytes.count <= Int(Int32.max) else { return nil }
        final class Found {
            var name: (local: String, namespace: String?)?
        }
        let found = Found()
        bytes.withUnsafeBufferPointer { buffer in
            _ = LibXML.withParser(for: buffer) { context in
                context.pointee._private = Unmanaged.passUnretained(found).toOpaque()
                let sax = context.pointee.sax!
                sax.pointee.serror = { _, _ in }
                sax.pointee.internalSubset = { userData, _, _, _ in
                    guard let parser = userData?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
                    xmlStopParser(parser)
                }
                sax.pointee.startElementNs = { userData, name, _, uri, _, _, _, _, _ in
                    guard let parser = userData?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
                    let found = Unmanaged<Found>.fromOpaque(parser.pointee._private).takeUnretainedValue()
                    found.name = (name.map { String(cString: $0) } ?? "", uri.map { String(cString: $0) })
                    xmlStopParser(parser)
                }
                _ = xmlParseDocument(context)
                if let document = context.pointee.myDoc {
                    xmlFreeDoc(document)
                    context.pointee.myDoc = nil
                }
            }
        }
        return found.name
    }

    /// Parses and checks on the calling thread; true when the bytes were well-formed.
    private static func run(_ bytes: [UInt8], validation: xmlSchemaValidCtxtPtr, state: StreamState) -> Bool {
        xmlSchemaSetValidStructuredErrors(validation, { userData, error in
            guard let error, let userData else { return }
            StreamState.from(userData).schemaProblem(error.pointee)
        }, state.opaque)
        xmlSchemaValidateSetLocator(validation, { userData, file, line in
            guard let userData else { return -1 }
            file?.pointee = nil
            line?.pointee = UInt(StreamState.from(userData).currentLine)
            return 0
        }, state.opaque)
        return bytes.withUnsafeBufferPointer { buffer in
            LibXML.withParser(for: buffer) { context in
                context.pointee._private = state.opaque
                let sax = context.pointee.sax!
                sax.pointee.startElementNs = { userData, name, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
                    xmlSAX2StartElementNs(userData, name, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
                    XMLElementView.recordTrueLine(parser: userData)
                    guard let parser = userData?.assumingMemoryBound(to: xmlParserCtxt.self), let node = parser.pointee.node else { return }
                    StreamState.from(parser.pointee._private).opened(node, parser: parser)
                }
                sax.pointee.endElementNs = { userData, name, prefix, uri in
                    if let parser = userData?.assumingMemoryBound(to: xmlParserCtxt.self), let node = parser.pointee.node {
                        StreamState.from(parser.pointee._private).closing(node)
                    }
                    xmlSAX2EndElementNs(userData, name, prefix, uri)
                }
                sax.pointee.internalSubset = { userData, _, _, _ in
                    guard let parser = userData?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
                    let line = parser.pointee.input.map { Int($0.pointee.line) } ?? 1
                    let column = parser.pointee.input.map { Int($0.pointee.col) } ?? 1
                    StreamState.from(parser.pointee._private).parser.refuseDoctype(line: line, column: column)
                    xmlStopParser(parser)
                }
                guard let plug = xmlSchemaSAXPlug(validation, &context.pointee.sax, &context.pointee.userData) else { return false }
                // The validating layer passes on every callback but the parser's own errors: those
                // come to govreg as they did before.
                context.pointee.sax.pointee.serror = { _, error in
                    guard let error, let parser = error.pointee.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
                    StreamState.from(parser.pointee._private).parser.add(XMLIssue(error.pointee))
                }
                _ = xmlParseDocument(context)
                xmlSchemaSAXUnplug(plug)
                context.pointee.myDoc = nil
                return context.pointee.wellFormed != 0
            } ?? false
        }
    }
}

/// What the parse knows as it goes, on libxml2's thread: where it is, which entries it handed
/// out, what went wrong. Read by the caller's thread only once the parse is over.
private final class StreamState {
    let entries: ValidatingParser.Entries
    let firstError: StopSignal?
    let handoff = Handoff()
    let parser = XMLIssueCollector()
    private(set) var schemaIssues: [XMLIssue] = []
    private(set) var moreSchemaIssues = 0

    /// The element libxml2 is checking: the one just opened, or the one closing.
    private var current: xmlNodePtr?
    /// The line of the element libxml2 is checking.
    private(set) var currentLine = 1

    /// The entries of the list open now that are still in the tree, oldest first, from `oldest`;
    /// `freed` entries of the whole document went before them.
    private var handedOut: [xmlNodePtr] = []
    private var oldest = 0
    private var freed = 0
    private var places: [String: Int] = [:]
    /// How far back `XMLElementView.sameLineOrdinal` looks, and one more.
    private static let kept = 65

    init(entries: ValidatingParser.Entries, firstError: StopSignal?) {
        self.entries = entries
        self.firstError = firstError
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> StreamState {
        Unmanaged<StreamState>.fromOpaque(pointer!).takeUnretainedValue()
    }

    func opened(_ node: xmlNodePtr, parser: xmlParserCtxtPtr) {
        if handoff.document == nil, let doc = parser.pointee.myDoc {
            handoff.document = ParsedDocument(adopting: doc)
        }
        current = node
        currentLine = XMLElementView.line(of: node)
    }

    func closing(_ node: xmlNodePtr) {
        current = node
        currentLine = XMLElementView.line(of: node)
        guard let list = node.pointee.parent, list.pointee.type == XML_ELEMENT_NODE,
              let root = list.pointee.parent, root.pointee.type == XML_ELEMENT_NODE,
              root.pointee.parent.map({ $0.pointee.type != XML_ELEMENT_NODE }) ?? true,
              let listName = list.pointee.name, let name = node.pointee.name,
              entries.contains(list: listName, entry: name)
        else {
            // The end of a list: its entries go once they are read.
            if handedOut.count > oldest, handedOut[oldest].pointee.parent == node { releaseAll() }
            return
        }
        let key = String(cString: name)
        let place = places[key, default: 0] + 1
        places[key] = place
        handedOut.append(node)
        let read = handoff.hand(node, place: place)
        freeWhatNoOneLooksAt(read: read)
    }

    /// Frees the oldest entries no one will look back at. `sameLineOrdinal` looks back from an
    /// entry through the entries before it on its line, reading the line of the first that is not
    /// (and at most `kept` back): so the oldest may go once the one after it is read, no entry
    /// still unread is on that one's line within reach, and no entry to come can be.
    private func freeWhatNoOneLooksAt(read: Int) {
        let latest = handedOut.count - 1
        while latest - oldest >= 2 {
            let next = oldest + 1
            let nextLine = XMLElementView.line(of: handedOut[next])
            let firstUnread = oldest + (read - freed)
            let comingSafe = nextLine != currentLine || latest - oldest > StreamState.kept
            let unreadSafe = firstUnread > next
                && (firstUnread > latest || firstUnread - oldest > StreamState.kept || XMLElementView.line(of: handedOut[firstUnread]) != nextLine)
            guard comingSafe, unreadSafe else { break }
            StreamState.free(handedOut[oldest])
            oldest += 1
            freed += 1
        }
        if oldest > 4096 {
            handedOut.removeFirst(oldest)
            oldest = 0
        }
    }

    /// Frees every entry handed out, and what stood between them (white space, comments), once
    /// the reader has read them all.
    func releaseAll() {
        handoff.waitUntilRead(freed + handedOut.count - oldest)
        for node in handedOut[oldest...] { StreamState.free(node) }
        freed += handedOut.count - oldest
        handedOut = []
        oldest = 0
        places = [:]
    }

    /// Unlinks and frees an entry, and the text and comments before it.
    private static func free(_ node: xmlNodePtr) {
        while let before = node.pointee.prev, before.pointee.type != XML_ELEMENT_NODE {
            xmlUnlinkNode(before)
            xmlFreeNode(before)
        }
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }

    func schemaProblem(_ error: xmlError) {
        guard schemaIssues.count < ValidatingParser.mostIssues || error.level == XML_ERR_WARNING else {
            moreSchemaIssues += 1
            return
        }
        var issue = XMLIssue(error)
        if error.node == nil, let current {
            issue.line = currentLine
            issue.sameLineOrdinal = XMLElementView.sameLineOrdinal(of: current)
        }
        schemaIssues.append(issue)
        if !issue.isWarning { firstError?.raise() }
    }
}

/// Entries passed from libxml2's thread to the caller's, in batches, and back the count of those
/// read, so that an entry is freed only once it is read. The parse waits when the reader is far
/// behind, so that only a bounded number of entries is ever in memory.
private final class Handoff: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [(xmlNodePtr, Int)] = []
    private var handed = 0
    private var readCount = 0
    private var finished = false
    /// Set while libxml2's thread waits for every entry to be read: the reader takes what there is.
    private var flushing = false
    private(set) var wellFormed = false
    /// The document, set by libxml2's thread before it hands out the first entry.
    var document: ParsedDocument? {
        get { condition.withLock { storedDocument } }
        set { condition.withLock { storedDocument = newValue } }
    }
    private var storedDocument: ParsedDocument?

    private static let batch = 32
    private static let mostUnread = 1024

    /// Hands an entry over; returns how many entries the reader has read so far.
    func hand(_ node: xmlNodePtr, place: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        waiting.append((node, place))
        handed += 1
        if waiting.count >= Handoff.batch { condition.broadcast() }
        while handed - readCount > Handoff.mostUnread { condition.wait() }
        return readCount
    }

    /// Waits until the reader has read `count` entries.
    func waitUntilRead(_ count: Int) {
        condition.lock()
        defer { condition.unlock() }
        flushing = true
        condition.broadcast()
        while readCount < count { condition.wait() }
        flushing = false
    }

    func finish(wellFormed: Bool) {
        condition.withLock {
            self.wellFormed = wellFormed
            finished = true
            condition.broadcast()
        }
    }

    /// The next entries to read; nil once the parse is over and every entry was read.
    func next() -> [(xmlNodePtr, Int)]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count < Handoff.batch, !finished, !(flushing && !waiting.isEmpty), !(!waiting.isEmpty && handed - readCount > Handoff.mostUnread / 2) {
            condition.wait()
        }
        if waiting.isEmpty, finished { return nil }
        let taken = waiting
        waiting = []
        return taken
    }

    func read(_ count: Int) {
        condition.withLock {
            readCount += count
            condition.broadcast()
        }
    }
}

/// A value carried to libxml2's thread that only that thread uses until the caller joins it.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
}
