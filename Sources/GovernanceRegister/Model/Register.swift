import Foundation

/// A governance register: the care organisation, its parties and systems, the agreements with its
/// vendors, its RACI matrices and its incidents.
public struct Register: Sendable {
    /// The `xml:lang` of the register as written.
    public var languageTag: String
    public var organisation: Organisation
    public var holidays: PublicHolidays
    public var parties: [Party]
    public var systems: [ITSystem]
    public var agreements: [Agreement]
    public var matrices: [RaciMatrix]
    /// The continuity plan, where the register holds one.
    public var plan: ContinuityPlan?
    public var incidents: [Incident]
    public var location: SourceLocation
    /// Every value anywhere in the register that is still a placeholder, in document order.
    public var unfilled: [UnfilledValue] = []

    /// The output language the register asks for.
    public var language: Language { Language(xmlLang: languageTag) }

    /// The parties by id, for lookups in loops (ids are unique: the schema's key guarantees it).
    public var partiesByID: [String: Party] {
        Dictionary(parties.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The systems by id.
    public var systemsByID: [String: ITSystem] {
        Dictionary(systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The agreements that cover each system, by system id, in register order.
    public var agreementsBySystem: [String: [Agreement]] {
        var result: [String: [Agreement]] = [:]
        for agreement in agreements {
            for system in agreement.systemIDs { result[system, default: []].append(agreement) }
        }
        return result
    }
}

/// The care organisation that keeps the register.
public struct Organisation: Sendable {
    public enum Kind: String, Sendable, Codable {
        case hospital
        case gpPractice = "gp-practice"
        case other
    }

    public var name: String
    /// Its stable key (`@id`), when the register gives one.
    public var id: String?
    public var kind: Kind
    /// IANA time zone; "today" and service hours are read in it.
    public var timeZone: String
    public var place: String?

    /// The key its calendar events carry: its id, or one made from its name (the same one the
    /// editor records as its id when the name changes, so the events stay the same).
    public var key: String { id ?? Organisation.key(fromName: name) }

    /// A key made from a name: its letters and digits in lower case without accents, words joined
    /// by hyphens ("Huisartsenpraktijk De Zilverlinde" is "huisartsenpraktijk-de-zilverlinde").
    public static func key(fromName name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "register" : words.joined(separator: "-")
    }
}

/// A public holiday on which service windows do not apply.
public struct Holiday: Sendable, Hashable {
    public var date: CalendarDate
    public var name: String
}
