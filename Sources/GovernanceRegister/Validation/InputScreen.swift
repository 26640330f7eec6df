/// A first look at a file from outside, before libxml2 reads it, for shapes that no govreg file
/// has and that cost libxml2 2.9 time out of all proportion: thousands of attributes on one
/// element (its duplicate-attribute check is quadratic), and a value split by thousands of comments
/// or processing instructions (the schema check joins the pieces again and again), or by
/// thousands of character references (each one joins the text again), or megabytes of text in one
/// value, split where libxml2's own limit on one text would see it whole. One pass over
/// the bytes; anything it does not understand is left to the parser.
struct InputScreen {
    /// What a file has too much of.
    enum Excess: Equatable {
        /// More attributes (namespace declarations included) on one element than govreg allows.
        case attributes(limit: Int)
        /// More comments, processing instructions or CDATA sections inside one element than govreg allows.
        case pieces(limit: Int)
        /// More character or entity references (`&#65;`, `&amp;`) in one element's text.
        case references(limit: Int)
        /// More bytes of text in one element, however split, than any value needs.
        case text(limit: Int)
    }

    /// No govreg element has more than a handful of attributes.
    static let attributeLimit = 64
    /// No value needs more than a few comments inside it.
    static let pieceLimit = 1_000
    /// A long description has a few hundred `&amp;` at most.
    static let referenceLimit = 10_000
    /// A value of a megabyte is a book; none needs more.
    static let textLimit = 1 << 20

    /// Where the first excess is: its line and column (1-based) and what it is.
    struct Finding: Equatable {
        let line: Int
        let column: Int
        let excess: Excess
    }

    static func screen(_ bytes: [UInt8]) -> Finding? {
        bytes.withUnsafeBufferPointer { screen($0) }
    }

    private static func screen(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), bang = UInt8(ascii: "!"), question = UInt8(ascii: "?")
        let count = bytes.count
        var index = 0
        var pieces = 0
        var piecesStart = 0
        // The text since the last start or end tag: its bytes and references.
        var text = 0
        var references = 0
        var textStart = 0
        // Text before the root element is no value (and not XML either: the parser says so).
        var inElement = false
        while index < count {
            guard bytes[index] == lt else {
                guard inElement else {
                    index += 1
                    continue
                }
                if text == 0 { textStart = index }
                text += 1
                if text > textLimit { return finding(bytes, at: textStart, .text(limit: textLimit)) }
                if bytes[index] == UInt8(ascii: "&") {
                    references += 1
                    if references > referenceLimit { return finding(bytes, at: textStart, .references(limit: referenceLimit)) }
                }
                index += 1
                continue
            }
            let start = index
            let next = index + 1 < count ? bytes[index + 1] : 0
            if next == bang || next == question {
                // A comment, CDATA section, processing instruction or declaration: skip to its end.
                guard let end = endOfMarkup(bytes, from: index) else { return nil }
                if pieces == 0 { piecesStart = start }
                pieces += 1
                if pieces > pieceLimit { return finding(bytes, at: piecesStart, .pieces(limit: pieceLimit)) }
                index = end
                continue
            }
            // A start or end tag: count the attributes, skipping quoted values.
            pieces = 0
            text = 0
            references = 0
            inElement = true
            var attributes = 0
            var quote: UInt8 = 0
            index += 1
            while index < count {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "=") {
                    attributes += 1
                    if attributes > attributeLimit { return finding(bytes, at: start, .attributes(limit: attributeLimit)) }
                } else if byte == gt {
                    break
                }
                index += 1
            }
            index += 1
        }
        return nil
    }

    /// The index just past a comment (`-->`), CDATA section (`]]>`), processing instruction
    /// (`?>`) or other declaration (`>`) that starts at `start`; nil when it does not end.
    private static func endOfMarkup(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        func matches(_ text: StaticString, at offset: Int) -> Bool {
            let length = text.utf8CodeUnitCount
            guard offset + length <= bytes.count else { return false }
            for position in 0..<length where bytes[offset + position] != text.utf8Start[position] { return false }
            return true
        }
        let terminator: StaticString = matches("<!--", at: start) ? "-->" : matches("<![CDATA[", at: start) ? "]]>" : matches("<?", at: start) ? "?>" : ">"
        var index = start + 2
        while index < bytes.count {
            if bytes[index] == terminator.utf8Start[0], matches(terminator, at: index) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        return nil
    }

    private static func finding(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ excess: Excess) -> Finding {
        var line = 1, lineStart = 0
        for position in 0..<offset where bytes[position] == UInt8(ascii: "\n") {
            line += 1
            lineStart = position + 1
        }
        return Finding(line: line, column: offset - lineStart + 1, excess: excess)
    }
}
