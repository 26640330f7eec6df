import Foundation

/// Writes a table as CSV per RFC 4180 (quoted fields, doubled quotes, CRLF line ends) with a UTF-8
/// byte order mark, so Excel shows é and ë. A cell that a spreadsheet would run as a formula
/// (beginning with = + - @, a tab or a carriage return) gets a leading apostrophe and stays text.
public struct CSVTable: Sendable {
    /// The field separator: a comma, or a semicolon for Excel with Dutch regional settings.
    public enum Separator: String, Sendable, CaseIterable {
        case comma
        case semicolon

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
        "\u{FEFF}" + rows.map { $0.map(field).joined(separator: separator == .comma ? "," : ";") + "\r\n" }.joined()
    }

    /// What makes a spreadsheet read a cell as a formula: = + - @ (and their full-width forms, which
    /// some spreadsheets accept too), a tab or a carriage return, at its start.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// Characters a spreadsheet may skip before it looks for a formula: spaces and invisible format
    /// characters (zero-width joiners, byte order marks, direction marks).
    private static func isSkippable(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar.properties.generalCategory == .format || scalar.properties.isWhitespace && scalar != "\n"
    }

    /// One field. Works on Unicode scalars: `=` followed by a combining mark, or `;` followed by a
    /// variation selector, is one character, and must still be neutralised or quoted.
    private func field(_ value: String) -> String {
        var text = value
        let first = text.unicodeScalars.first
        let firstVisible = text.unicodeScalars.first { !CSVTable.isSkippable($0) }
        if [first, firstVisible].contains(where: { $0.map(CSVTable.formulaStarts.contains) ?? false }) {
            text = "'" + text
        }
        let separator = separator == .comma ? Unicode.Scalar(",") : Unicode.Scalar(";")
        let needsQuotes = text.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.unicodeScalars.first == " " || text.unicodeScalars.last == " "
        guard needsQuotes else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }
}
