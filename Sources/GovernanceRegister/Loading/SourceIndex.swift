import GovernanceXML
/// Finds lines and columns in a file's text, so diagnostics point at the right place. A line is
/// scanned for its start tags when first asked about and kept while questions stay on it (the
/// model is read in document order), so time stays linear, even for a file on one long line, and
/// memory small.
final class SourceIndex {
    private let raw: [UInt8]
    /// The text as UTF-8 (a UTF-16 file is converted first), made when a column is first asked for.
    private lazy var bytes: [UInt8] = SourceIndex.utf8(raw)
    /// Byte offset where each line starts; line 1 is at index 0.
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        return starts
    }()
    /// The line scanned last, and its start tags: where the local name is and the 1-based column.
    private var scannedLine = 0
    private var tags: [(name: Range<Int>, column: Int)] = []
    /// For a line with many tags: the columns by local name, made when first needed.
    private var tagsByName: [ArraySlice<UInt8>: [Int]]?
    private static let manyTags = 16

    /// Keeps the bytes; the index itself is built only if a diagnostic needs a column.
    init(_ raw: [UInt8]) {
        self.raw = raw
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
        scan(line)
        let bytes = self.bytes
        if tags.count > SourceIndex.manyTags {
            if tagsByName == nil {
                tagsByName = Dictionary(grouping: tags, by: { bytes[$0.name] }).mapValues { $0.map(\.column) }
            }
            guard let columns = tagsByName?[localName], !columns.isEmpty else { return 1 }
            return columns[min(ordinal, columns.count - 1)]
        }
        var seen = 0
        var last: Int?
        for tag in tags where bytes[tag.name].elementsEqual(localName) {
            if seen == ordinal { return tag.column }
            last = tag.column
            seen += 1
        }
        return last ?? 1
    }

    /// The location of an element's start tag.
    func resolved(_ element: XMLElementView) -> SourceLocation {
        SourceLocation(line: element.line, column: column(ofTag: element.localName, line: element.line, ordinal: element.sameLineOrdinal))
    }

    /// The location with its column worked out, for a location the model recorded without one.
    func resolved(_ location: SourceLocation) -> SourceLocation {
        guard let element = location.element else { return location }
        return SourceLocation(line: location.line, column: column(ofTag: element.name, line: location.line, ordinal: element.ordinal))
    }

    /// Makes `line` the scanned line: finds its start tags, skipping comments.
    private func scan(_ line: Int) {
        guard line != scannedLine else { return }
        scannedLine = line
        tagsByName = nil
        tags.removeAll(keepingCapacity: true)
        // Once: through the lazy property each byte cost a retain and a release.
        let bytes = self.bytes
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
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
                    let localStart = tag.lastIndex(of: UInt8(ascii: ":")).map { $0 + 1 } ?? offset + 1
                    tags.append((localStart..<nameEnd, column))
                }
            }
            // Count characters, not bytes: only UTF-8 lead bytes start a character.
            if byte & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
