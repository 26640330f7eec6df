/// Something in the register that would hurt on the day the IT goes down.
public struct ContinuityFinding: Sendable, Codable, Hashable {
    /// The kinds of finding, each with a stable ID and a severity.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case noAgreement = "CT001"
        case restoreTooSlow = "CT002"
        case notAroundTheClock = "CT003"
        case managementTooLate = "CT004"
        case levelWithoutPhone = "CT005"
        case noFallback = "CT006"
        case drillDue = "CT007"
        case notEvaluated = "CT008"
        case noMaximumDowntime = "CT009"

        public var id: String { rawValue }

        public var severity: Severity {
            switch self {
            case .noAgreement, .restoreTooSlow, .levelWithoutPhone, .noFallback: .error
            case .notAroundTheClock, .managementTooLate, .drillDue, .notEvaluated, .noMaximumDowntime: .warning
            }
        }

        public var title: LocalizedText {
            switch self {
            case .noAgreement: LocalizedText(en: "Critical system without an agreement", nl: "Kritiek systeem zonder overeenkomst")
            case .restoreTooSlow: LocalizedText(en: "Worst-case restore longer than the maximum downtime", nl: "Herstel in het slechtste geval langer dan de maximale uitvaltijd")
            case .notAroundTheClock: LocalizedText(en: "Critical system without 24x7 service", nl: "Kritiek systeem zonder 24x7-service")
            case .managementTooLate: LocalizedText(en: "Vendor management reached too late", nl: "Directie leverancier te laat bereikt")
            case .levelWithoutPhone: LocalizedText(en: "Escalation level without a phone number", nl: "Escalatieniveau zonder telefoonnummer")
            case .noFallback: LocalizedText(en: "No fallback procedure", nl: "Geen terugvalprocedure")
            case .drillDue: LocalizedText(en: "Continuity drill overdue or never held", nl: "Oefening continuïteitsplan te laat of nooit gehouden")
            case .notEvaluated: LocalizedText(en: "Outage not evaluated", nl: "Uitval niet geëvalueerd")
            case .noMaximumDowntime: LocalizedText(en: "No maximum downtime set", nl: "Geen maximale uitvaltijd vastgelegd")
            }
        }
    }

    public let kind: Kind
    public let systemID: String
    public let message: String

    public var id: String { kind.id }
    public var severity: Severity { kind.severity }

    private enum CodingKeys: String, CodingKey {
        case id, severity, systemID = "system", message
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(severity, forKey: .severity)
        try container.encode(systemID, forKey: .systemID)
        try container.encode(message, forKey: .message)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        guard let kind = Kind(rawValue: id) else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "unknown finding \(id)")
        }
        self.kind = kind
        systemID = try container.decode(String.self, forKey: .systemID)
        message = try container.decode(String.self, forKey: .message)
    }

    init(_ kind: Kind, system: String, _ message: String) {
        self.kind = kind
        systemID = system
        self.message = message
    }
}
