import CLibXML2
import Foundation

/// A problem libxml2 reported, taken out of its `xmlError`.
public struct XMLIssue: Error, Sendable, Equatable {
    public var line: Int
    /// 0 when libxml2 does not know the column.
    public var column: Int
    public var message: String
    public var isWarning: Bool
    /// The element the problem is about, for schema errors.
    public var elementName: String?
    /// How many elements of the same name come before it on its line (0 when unknown).
    public var sameLineOrdinal = 0
    /// True when govreg refused the input on purpose (a DOCTYPE), rather than libxml2 finding it broken.
    public var isRefusal = false

    public init(line: Int, column: Int, message: String, isWarning: Bool = false, elementName: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.isWarning = isWarning
        self.elementName = elementName
    }

    init(_ error: xmlError) {
        var line = Int(error.line)
        var elementName: String?
        var ordinal = 0
        if let raw = error.node {
            let node = raw.assumingMemoryBound(to: xmlNode.self)
            if node.pointee.type == XML_ELEMENT_NODE {
                line = XMLElementView.line(of: node)
                elementName = XMLElementView.qualifiedName(of: node)
                ordinal = XMLElementView.sameLineOrdinal(of: node)
            }
        }
        let text = error.message.map { String(cString: $0) } ?? "unknown XML error"
        // libxml2 2.9 gives schema errors no node; the message names the element.
        if elementName == nil, let start = text.range(of: "Element '") {
            let name = text[start.upperBound...].prefix { $0 != "'" }
            elementName = String(name.split(separator: "}").last ?? name)
        }
        self.init(
            line: line,
            column: Int(error.int2),
            // One line: libxml2 puts details such as the offending bytes on a line of their own.
            message: text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "),
            isWarning: error.level == XML_ERR_WARNING,
            elementName: elementName
        )
        sameLineOrdinal = ordinal
    }
}

/// Collects the issues libxml2 reports through its structured error callbacks.
final class XMLIssueCollector {
    private(set) var issues: [XMLIssue] = []
    /// Set when the document had a DOCTYPE, which govreg refuses before reading it.
    private(set) var refusedDoctype = false

    func add(_ issue: XMLIssue) {
        issues.append(issue)
    }

    func refuseDoctype(line: Int, column: Int) {
        refusedDoctype = true
        var issue = XMLIssue(
            line: line, column: column,
            message: "a DOCTYPE is not allowed in a govreg file; remove it (registers never need one, and it could make a reader fetch files or expand entities)"
        )
        issue.isRefusal = true
        issues.insert(issue, at: 0)
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> XMLIssueCollector? {
        pointer.map { Unmanaged<XMLIssueCollector>.fromOpaque($0).takeUnretainedValue() }
    }
}
