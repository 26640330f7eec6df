/// Escapes register text for Markdown so it shows as written and does nothing else: no emphasis,
/// links, code, raw HTML or table cells from a name such as `*Acme* | <script>`. govreg puts
/// register text only inside headings and table cells, never at the start of a line, so list and
/// heading markers (`-`, `1.`, `#`) cannot take effect and stay unescaped for readability. Line
/// breaks (LF, CR LF, a lone CR) become one space, so no text starts a line of its own. It works on Unicode
/// scalars: a combining mark after `|` or CR LF (one character each) must not hide them.
enum MarkdownText {
    private static let punctuation: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "|", "~"]

    static func escape(_ text: String) -> String {
        var result = ""
        var afterBreak = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r":
                if !afterBreak { result += " " }
                afterBreak = true
                continue
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case _ where punctuation.contains(scalar): result += "\\" + String(scalar)
            default: result.unicodeScalars.append(scalar)
            }
            afterBreak = false
        }
        return result
    }
}
