/// An agreement (contract or SLA) with one vendor, in a register or in a vendor agreement file.
///
/// Its parts are kept in one shared box, copied only when a copy is changed: the reports hand
/// agreements around by value (grouped by system, filtered, one per summary), and copying every
/// name, list and date of 100,000 agreements each time took a tenth of a report's time.
@dynamicMemberLookup
public struct Agreement: Sendable {
    public enum Status: String, Sendable, Codable {
        case draft, active, suspended, ended
    }

    /// What the agreement says; read and changed through the agreement (`agreement.title`).
    public struct Parts: Sendable {
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

    /// The box the parts are kept in. Never changed while it is shared, so it can be sent.
    private final class Box: @unchecked Sendable {
        var parts: Parts
        init(_ parts: Parts) { self.parts = parts }
    }

    private var box: Box

    public init(_ parts: Parts) {
        box = Box(parts)
    }

    public subscript<Value>(dynamicMember part: WritableKeyPath<Parts, Value>) -> Value {
        get { box.parts[keyPath: part] }
        set {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.parts) }
            box.parts[keyPath: part] = newValue
        }
    }
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
