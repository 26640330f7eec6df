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
        guard trimmed.utf8.contains(UInt8(ascii: "(")) else { return nil }
        // "(Fill  in)" across a line break is the same mark: the words in lower case, one space
        // between them. The marks are ASCII, so any other character only has to stay unequal.
        var words: [UInt8] = []
        var betweenWords = false
        for scalar in trimmed.unicodeScalars {
            if scalar.properties.isWhitespace {
                betweenWords = true
                continue
            }
            if betweenWords { words.append(UInt8(ascii: " ")) }
            betweenWords = false
            let byte = scalar.isASCII ? UInt8(scalar.value) : 0xFF
            words.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
        }
        return marks.contains { words[...].firstPosition(of: $0) != nil } ? .marked : nil
    }
}
