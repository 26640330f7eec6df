extension String {
    /// The text without XML white space (space, tab, line feed, carriage return) at either end;
    /// the schema's types collapse exactly these. Much cheaper than Foundation's trimming.
    public var xmlTrimmed: String {
        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
        guard let first = utf8.first, let last = utf8.last else { return self }
        if !isSpace(first), !isSpace(last) { return self }
        guard let start = utf8.firstIndex(where: { !isSpace($0) }), let end = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
