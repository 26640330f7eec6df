/// Finds lines and columns in the bytes of a file, for diagnostics that point at the right place.
struct SourceIndex {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; line 1 is at index 0.
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40)
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The column (1-based, in characters) where the start tag of the element `name` begins on
    /// `line`, with or without a namespace prefix; 1 when it is not there.
    func column(ofTag name: String, line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 1 }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        let localName = Array((name.split(separator: ":").last.map(String.init) ?? name).utf8)
        var offset = start
        while offset < end {
            defer { offset += 1 }
            guard bytes[offset] == UInt8(ascii: "<") else { continue }
            var nameEnd = offset + 1
            while nameEnd < end, !SourceIndex.endsName(bytes[nameEnd]) { nameEnd += 1 }
            let tag = bytes[(offset + 1)..<nameEnd]
            let local = tag.lastIndex(of: UInt8(ascii: ":")).map { tag[($0 + 1)...] } ?? tag
            if local.elementsEqual(localName) {
                return String(decoding: bytes[start..<offset], as: UTF8.self).count + 1
            }
        }
        return 1
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    func location(of element: XMLElementView) -> SourceLocation {
        let line = element.line
        return SourceLocation(line: line, column: column(ofTag: element.qualifiedName, line: line))
    }
}
