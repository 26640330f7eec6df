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

    public func text(in language: Language) -> String {
        language == .dutch ? dutch : english
    }
}
