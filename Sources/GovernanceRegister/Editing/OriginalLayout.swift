import GovernanceXML
/// What of a file's layout libxml2 does not keep when it writes a document, put back: the XML
/// declaration as written (or none), a UTF-8 byte order mark, and CRLF line ends.
struct OriginalLayout {
    private let declaration: ArraySlice<UInt8>?
    private let byteOrderMark: Bool
    private let crlf: Bool
    /// False when the original was not UTF-8, so its declaration cannot be kept for UTF-8 output.
    private let keepsDeclaration: Bool

    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    init(of original: [UInt8]) {
        byteOrderMark = original.starts(with: OriginalLayout.bom)
        let text = byteOrderMark ? original[3...] : original[...]
        if OriginalLayout.startsWithDeclaration(text), let end = text.firstIndex(of: UInt8(ascii: ">")) {
            let found = text[text.startIndex...end]
            declaration = found
            let lowered = String(decoding: found, as: UTF8.self).lowercased()
            keepsDeclaration = !lowered.contains("encoding") || lowered.contains("utf-8") || lowered.contains("utf8")
        } else {
            declaration = nil
            keepsDeclaration = true
        }
        crlf = original.firstIndex(of: UInt8(ascii: "\n")).map { $0 > 0 && original[$0 - 1] == UInt8(ascii: "\r") } ?? false
    }

    /// Whether `text` starts with an XML declaration: `<?xml` and a space, not another processing
    /// instruction whose name starts so (`<?xml-model`, for XML editors).
    private static func startsWithDeclaration(_ text: ArraySlice<UInt8>) -> Bool {
        text.starts(with: Array("<?xml".utf8)) && text.dropFirst(5).first.map { [0x20, 0x09, 0x0D, 0x0A].contains($0) } == true
    }

    /// `written` (libxml2's UTF-8 output, which starts with its own declaration line) in the original's layout.
    func apply(to written: [UInt8]) -> [UInt8] {
        var body = written[...]
        if OriginalLayout.startsWithDeclaration(body), let end = body.firstIndex(of: UInt8(ascii: ">")) {
            let ours = body[body.startIndex...end]
            body = body[(end + 1)...]
            if let declaration, keepsDeclaration {
                body = ArraySlice(Array(declaration) + body)
            } else if declaration != nil || !keepsDeclaration {
                body = ArraySlice(Array(ours) + body)
            } else if body.first == UInt8(ascii: "\n") {
                body = body.dropFirst()  // the original had no declaration: none, and no empty first line
            }
        }
        var result = byteOrderMark && keepsDeclaration ? OriginalLayout.bom : []
        result.reserveCapacity(body.count + body.count / 30)
        for byte in body {
            if crlf, byte == UInt8(ascii: "\n") { result.append(UInt8(ascii: "\r")) }
            result.append(byte)
        }
        return result
    }
}
