/// The language of govreg's output: Dutch or English.
public enum Language: String, Sendable, CaseIterable, Codable {
    case dutch = "nl"
    case english = "en"

    /// The output language for an `xml:lang` value: Dutch for `nl` and its regional forms, English otherwise.
    public init(xmlLang: String?) {
        let primary = xmlLang?.split(separator: "-").first?.lowercased()
        self = primary == "nl" ? .dutch : .english
    }
}

/// A text in both of govreg's output languages.
public struct LocalizedText: Sendable, Hashable {
    public let english: String
    public let dutch: String

    public init(en english: String, nl dutch: String) {
        self.english = english
        self.dutch = dutch
    }

    /// A text made by the same words function in both languages.
    init(_ words: (Wording) -> String) {
        self.init(en: words(Wording(.english)), nl: words(Wording(.dutch)))
    }

    public func text(in language: Language) -> String {
        language == .dutch ? dutch : english
    }
}

extension LocalizedText: Encodable {
    /// Encodes the text in the language the encoder's user info names (see `JSONOutput`), English
    /// unless told otherwise.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text(in: encoder.userInfo[Language.codingKey] as? Language ?? .english))
    }
}

extension Language {
    /// Where an encoder's user info holds the language for `LocalizedText`.
    public static let codingKey = CodingUserInfoKey(rawValue: "govreg.language")!
}
