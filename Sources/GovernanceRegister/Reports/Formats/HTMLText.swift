/// Escapes register text for HTML, in element content and in quoted attribute values. It works on
/// UTF-8 bytes, not on characters: a quote followed by a combining mark is one character, and must
/// still be escaped. (Every character escaped is ASCII, and an ASCII byte is never part of a longer
/// UTF-8 sequence.)
enum HTMLText {
    static func escape(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        append(text, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `text`, escaped, to UTF-8 output: the runs between the characters to escape whole.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            for (index, byte) in bytes.enumerated() {
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                output.append(contentsOf: bytes[run..<index])
                output.append(entity)
                run = index + 1
            }
            output.append(contentsOf: bytes[run...])
        }
    }
}

extension [UInt8] {
    /// Appends a name or markup from govreg's own code.
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }
}
