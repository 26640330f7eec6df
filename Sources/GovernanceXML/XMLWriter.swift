import CLibXML2

/// Writes an XML document from the start to the end, through libxml2's text writer: names come
/// from govreg's own code, and text and attribute values are escaped by libxml2. A character that
/// XML 1.0 does not allow (a C0 control, U+FFFE) is written as U+FFFD, so the document always
/// parses. Used for files made of other vocabularies than the register's, such as the parts of a
/// Word document.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// A document with its XML declaration (UTF-8, standalone).
    public init() {
        LibXML.prepare()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// An element, with its attributes (prefixed names as they are: "w:val", "xmlns:w") and
    /// whatever `content` writes inside it.
    public func element(_ name: String, _ attributes: [(String, String)] = [], _ content: () -> Void = {}) {
        xmlTextWriterStartElement(writer, name)
        for (attribute, value) in attributes {
            xmlTextWriterWriteAttribute(writer, attribute, XMLWriter.allowed(value))
        }
        content()
        xmlTextWriterEndElement(writer)
    }

    /// Text inside the current element.
    public func text(_ text: String) {
        xmlTextWriterWriteString(writer, XMLWriter.allowed(text))
    }

    /// The finished document.
    public func finish() -> [UInt8] {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    /// `text` with every character XML 1.0 forbids replaced by U+FFFD.
    static func allowed(_ text: String) -> String {
        func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
            default: false
            }
        }
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return String(scalars)
    }
}
