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

    /// The column (1-based, in characters) where the start tag `<name` begins on `line`, or 1.
    func column(ofTag name: String, line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 1 }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        let needle = Array(("<" + name).utf8)
        guard needle.count <= end - start else { return 1 }
        var offset = start
        while offset + needle.count <= end {
            if bytes[offset] == needle[0], Array(bytes[offset..<offset + needle.count]) == needle {
                let next = offset + needle.count < bytes.count ? bytes[offset + needle.count] : 0
                let isWholeName = next == UInt8(ascii: " ") || next == UInt8(ascii: ">") || next == UInt8(ascii: "/")
                    || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")
                if isWholeName {
                    return String(decoding: bytes[start..<offset], as: UTF8.self).count + 1
                }
            }
            offset += 1
        }
        return 1
    }

    func location(of element: XMLElementView) -> SourceLocation {
        let line = element.line
        return SourceLocation(line: line, column: column(ofTag: element.qualifiedName, line: line))
    }
}
