/// An agreement (contract or SLA) with one vendor, in a register or in a vendor agreement file.
public struct Agreement: Sendable {
    public enum Status: String, Sendable, Codable {
        case draft, active, suspended, ended
    }

    public var id: String
    public var vendorID: String
    public var status: Status
    /// The customer or contract number to quote when calling the vendor.
    public var customerNumber: String? = nil
    public var title: String
    public var description: String?
    public var systemIDs: [String]
    /// The internal owner party's id; a vendor may leave it out.
    public var ownerID: String?
    public var term: Term
    public var document: SignedDocument?
    public var suppliers: [Supplier]
    public var serviceLevels: ServiceLevels
    public var escalation: [EscalationLevel]
    /// How often the agreement is reviewed (P3M unless it says otherwise).
    public var reviewInterval: ISODuration
    public var reviews: [Review]
    /// `xml:lang` of a vendor agreement file.
    public var languageTag: String?
    public var location: SourceLocation
    public var ownerLocation: SourceLocation?
    public var reviewsLocation: SourceLocation?
    /// In a vendor agreement file: every value still a placeholder, in document order. (In a
    /// register, the register holds them all.)
    public var unfilled: [UnfilledValue] = []
}

/// Where the signed contract is kept.
public struct SignedDocument: Sendable {
    public var title: String
    public var reference: String?
    public var signed: CalendarDate?
}

/// A supplier of the vendor that the service depends on (the data centre behind the host).
public struct Supplier: Sendable {
    public var name: String
    public var provides: String
}

/// One review of an agreement.
public struct Review: Sendable {
    public enum Outcome: String, Sendable, Codable {
        case approved
        case changesRequired = "changes-required"
    }

    public var date: CalendarDate
    public var reviewer: String
    public var outcome: Outcome
    public var note: String?
    public var location: SourceLocation
}
