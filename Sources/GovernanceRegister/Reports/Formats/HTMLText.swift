/// Escapes register text for HTML, in element content and in quoted attribute values. It works on
/// Unicode scalars, not on characters: a quote followed by a combining mark is one character, and
/// must still be escaped.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
