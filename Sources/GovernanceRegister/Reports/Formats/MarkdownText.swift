/// Escapes register text for Markdown so it shows as written and does nothing else: no emphasis,
/// links, code, raw HTML or table cells from a name such as `*Acme* | <script>`. govreg puts
/// register text only inside headings and table cells, never at the start of a line, so list and
/// heading markers (`-`, `1.`, `#`) cannot take effect and stay unescaped for readability.
enum MarkdownText {
    private static let punctuation: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "~"]

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n", "\r": result += " "
            case _ where punctuation.contains(character): result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}
