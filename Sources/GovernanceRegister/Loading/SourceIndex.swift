/// Finds lines and columns in a file's text, so diagnostics point at the right place. Each line is
/// scanned for start tags once, when first asked about, so a file on one long line stays linear.
final class SourceIndex {
    /// The text as UTF-8 (a UTF-16 file is converted first).
    private let bytes: [UInt8]
    /// Byte offset where each line starts; line 1 is at index 0.
    private let lineStarts: [Int]
    /// The start tags on each line scanned so far: by local name, their 1-based columns in order.
    private var tagsByLine: [Int: [ArraySlice<UInt8>: [Int]]] = [:]

    init(_ raw: [UInt8]) {
        bytes = SourceIndex.utf8(raw)
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40)
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The text as UTF-8: UTF-16 with a byte order mark is converted, everything else kept as is.
    private static func utf8(_ raw: [UInt8]) -> [UInt8] {
        guard raw.count >= 2, (raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF) else { return raw }
        let littleEndian = raw[0] == 0xFF
        let units = stride(from: 2, to: raw.count - 1, by: 2).map { index -> UInt16 in
            littleEndian ? UInt16(raw[index]) | UInt16(raw[index + 1]) << 8 : UInt16(raw[index]) << 8 | UInt16(raw[index + 1])
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// The column (1-based, in characters) of the start tag of the `ordinal`-th element named
    /// `name` (with or without a prefix) on `line`; 1 when it is not there.
    func column(ofTag name: String, line: Int, ordinal: Int = 0) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 1 }
        let localName = ArraySlice((name.split(separator: ":").last.map(String.init) ?? name).utf8)
        guard let columns = tags(onLine: line)[localName], !columns.isEmpty else { return 1 }
        return columns[min(ordinal, columns.count - 1)]
    }

    func location(of element: XMLElementView) -> SourceLocation {
        let line = element.line
        return SourceLocation(line: line, column: column(ofTag: element.qualifiedName, line: line, ordinal: element.sameLineOrdinal))
    }

    private func tags(onLine line: Int) -> [ArraySlice<UInt8>: [Int]] {
        if let known = tagsByLine[line] { return known }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        var found: [ArraySlice<UInt8>: [Int]] = [:]
        var column = 1
        var offset = start
        while offset < end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "<"), offset + 1 < end {
                let next = bytes[offset + 1]
                if next == UInt8(ascii: "!"), offset + 3 < end, bytes[offset + 2] == UInt8(ascii: "-"), bytes[offset + 3] == UInt8(ascii: "-") {
                    // Skip a comment on this line, so a tag written inside it is not taken for real.
                    var close = offset + 4
                    while close + 2 < end, !(bytes[close] == UInt8(ascii: "-") && bytes[close + 1] == UInt8(ascii: "-") && bytes[close + 2] == UInt8(ascii: ">")) {
                        close += 1
                    }
                    column += String(decoding: bytes[offset..<min(close + 3, end)], as: UTF8.self).count
                    offset = close + 3
                    continue
                }
                if next != UInt8(ascii: "/"), next != UInt8(ascii: "!"), next != UInt8(ascii: "?") {
                    var nameEnd = offset + 1
                    while nameEnd < end, !SourceIndex.endsName(bytes[nameEnd]) { nameEnd += 1 }
                    let tag = bytes[(offset + 1)..<nameEnd]
                    let local = tag.lastIndex(of: UInt8(ascii: ":")).map { tag[($0 + 1)...] } ?? tag
                    found[local, default: []].append(column)
                }
            }
            // Count characters, not bytes: only UTF-8 lead bytes start a character.
            if byte & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        tagsByLine[line] = found
        return found
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
