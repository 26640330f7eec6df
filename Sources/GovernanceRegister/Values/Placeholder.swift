import GovernanceXML

/// The values govreg writes where a person still has to fill something in (`govreg init`, the
/// agreement template), and how to recognise them: a text that holds "(invullen)" or "(fill in)",
/// in any case, or a phone number that is +31 followed by nothing but zeros and spaces. Rule GR017
/// reports every one left.
public enum Placeholder {
    /// What a placeholder is.
    public enum Kind: Sendable, Equatable {
        /// A text marked "(invullen)" or "(fill in)".
        case marked
        /// A phone number of zeros: +31 00 000 0000.
        case phone
    }

    /// The mark in a text still to fill in, in the register's language: "(invullen)" or "(fill in)".
    public static func mark(in language: Language) -> String {
        language == .dutch ? "(invullen)" : "(fill in)"
    }

    /// The phone number to write until the real one is known.
    public static let phone = "+31 00 000 0000"

    /// The marks, lower case, in both languages.
    private static let marks = ["(invullen)", "(fill in)"]

    /// Every placeholder holds one of these characters, so a document can be searched for
    /// candidates without reading every value.
    static let markers = "(+"

    /// What kind of placeholder `value` is, if it is one.
    public static func kind(of value: String) -> Kind? {
        let trimmed = value.xmlTrimmed
        if trimmed.hasPrefix("+31"), trimmed.dropFirst(3).allSatisfy({ $0 == "0" || $0 == " " }) {
            return .phone
        }
        guard trimmed.contains("(") else { return nil }
        // "(Fill  in)" across a line break is the same mark.
        let words = trimmed.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return marks.contains(where: words.contains) ? .marked : nil
    }
}
