import Foundation
import SafeFiles

/// The language a file declares on its root element (`xml:lang`), seen without parsing it: for
/// messages about a file that cannot be read as XML, or before it is read at all.
enum DeclaredLanguage {
    /// How far into a file the root element's start tag is looked for.
    static let window = 64 * 1024

    static func of(_ bytes: [UInt8]) -> Language? {
        let text = String(decoding: bytes.prefix(window), as: UTF8.self)
        // The first start tag that is not a declaration, comment or processing instruction.
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let first = after.first else { return nil }
            if first == "?" || first == "!" || first == "/" {
                // Past its end: a comment at "-->" (it may hold tags), an instruction at "?>".
                let end = after.hasPrefix("!--") ? "-->" : first == "?" ? "?>" : ">"
                guard let close = after.range(of: end) else { return nil }
                rest = after[close.upperBound...]
                continue
            }
            let tag = after.prefix { $0 != ">" }
            guard let lang = tag.range(of: "xml:lang=") else { return nil }
            let value = tag[lang.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
            return Language(xmlLang: String(value))
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
