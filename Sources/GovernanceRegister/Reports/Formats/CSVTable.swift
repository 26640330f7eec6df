import Foundation

/// Writes a table as CSV per RFC 4180 (quoted fields, doubled quotes, CRLF line ends) with a UTF-8
/// byte order mark, so Excel shows é and ë. A cell that a spreadsheet would run as a formula
/// (beginning with = + - @, a tab or a carriage return) gets a leading apostrophe and stays text.
public struct CSVTable: Sendable {
    /// The field separator: a comma, or a semicolon for Excel with Dutch regional settings.
    public enum Separator: String, Sendable, CaseIterable {
        case comma
        case semicolon

        var character: Character { self == .comma ? "," : ";" }

        /// The separator Excel expects for this language: a semicolon where the decimal mark is a comma.
        public static func `default`(for language: Language) -> Separator {
            language == .dutch ? .semicolon : .comma
        }
    }

    public var rows: [[String]]
    public let separator: Separator

    public init(rows: [[String]] = [], separator: Separator) {
        self.rows = rows
        self.separator = separator
    }

    public var text: String {
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: String(separator.character)) + "\r\n" }.joined()
    }

    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    private func field(_ value: String) -> String {
        var text = value
        if let first = text.first, CSVTable.formulaStarts.contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.contains(separator.character) || text.contains("\"") || text.contains("\n") || text.contains("\r")
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

