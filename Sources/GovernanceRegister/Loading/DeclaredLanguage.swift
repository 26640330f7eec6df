import SafeFiles

/// The language a file declares on its root element (`xml:lang`), seen without parsing it: for
/// messages about a file that cannot be read as XML, or before it is read at all.
enum DeclaredLanguage {
    /// How far into a file the root element's start tag is looked for.
    static let window = 64 * 1024

    static func of(_ bytes: [UInt8]) -> Language? {
        let text = bytes.prefix(window)
        // The first start tag that is not a declaration, comment or processing instruction.
        var rest = text[...]
        while let open = rest.firstIndex(of: UInt8(ascii: "<")) {
            let after = rest[(open + 1)...]
            guard let first = after.first else { return nil }
            if first == UInt8(ascii: "?") || first == UInt8(ascii: "!") || first == UInt8(ascii: "/") {
                // Past its end: a comment at "-->" (it may hold tags), an instruction at "?>".
                let end = after.starts(with: "!--".utf8) ? "-->" : first == UInt8(ascii: "?") ? "?>" : ">"
                guard let close = after.firstPosition(of: end) else { return nil }
                rest = after[(close + end.utf8.count)...]
                continue
            }
            let tag = after.prefix { $0 != UInt8(ascii: ">") }
            let attribute = "xml:lang="
            guard let lang = tag.firstPosition(of: attribute) else { return nil }
            let value = tag[(lang + attribute.utf8.count)...].dropFirst().prefix { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }
            return Language(xmlLang: String(decoding: value, as: UTF8.self))
        }
        return nil
    }

    /// The language of the file at `path`, from its first bytes; nil when it cannot be read or says none.
    static func of(fileAt path: String) -> Language? {
        guard path != InputFile.standardStream, let bytes = try? InputFile.readPrefix(path, count: window) else { return nil }
        return of(bytes)
    }
}

extension GovernanceDocument {
    /// The language the file at `path` declares on its root element, seen without parsing it;
    /// nil when it cannot be read or declares none.
    public static func declaredLanguage(ofFileAt path: String) -> Language? {
        DeclaredLanguage.of(fileAt: path)
    }
}
