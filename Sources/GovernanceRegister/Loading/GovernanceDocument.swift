public import Foundation

/// What a govreg file holds: a whole register or one vendor agreement.
public enum GovernanceDocument: Sendable {
    case register(Register)
    case agreement(Agreement)

    public var kind: DocumentKind {
        switch self {
        case .register: .register
        case .agreement: .agreement
        }
    }

    /// Every agreement in the document.
    public var agreements: [Agreement] {
        switch self {
        case .register(let register): register.agreements
        case .agreement(let agreement): [agreement]
        }
    }

    /// Every value in the document that is still a placeholder, in document order.
    public var unfilled: [UnfilledValue] {
        switch self {
        case .register(let register): register.unfilled
        case .agreement(let agreement): agreement.unfilled
        }
    }

    /// The language the document asks for (`xml:lang`).
    public var language: Language {
        switch self {
        case .register(let register): register.language
        case .agreement(let agreement): Language(xmlLang: agreement.languageTag)
        }
    }

    /// Today's date in the register's time zone (an agreement file uses Europe/Amsterdam).
    public func today(now: Date = Date()) -> CalendarDate {
        CalendarDate.today(inTimeZone: timeZone, now: now)
    }

    /// The time zone "today" is read in.
    public var timeZone: String {
        if case .register(let register) = self { return register.organisation.timeZone }
        return "Europe/Amsterdam"
    }
}

/// The two kinds of govreg file, told apart by their root element.
public enum DocumentKind: String, Sendable, Codable {
    case register
    case agreement
}
