extension ArraySlice<UInt8> {
    /// Where `needle` first starts in these bytes, if it occurs: a plain search, for the short
    /// texts govreg looks through before or beside parsing (the standard library's generic
    /// `firstRange(of:)` costs more to set up than these searches take).
    func firstPosition(of needle: String) -> Int? {
        let needle = Array(needle.utf8)
        guard let first = needle.first, count >= needle.count else { return nil }
        return (startIndex...(endIndex - needle.count)).first { start in
            self[start] == first && self[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
