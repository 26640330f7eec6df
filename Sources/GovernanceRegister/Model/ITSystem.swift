/// A system or service the care depends on (HIS, KIS, EHR, lab, network, telephony).
public struct ITSystem: Sendable {
    public enum Criticality: String, Sendable, Codable, CaseIterable {
        case critical, high, medium, low
    }

    public var id: String
    public var name: String
    public var description: String?
    public var criticality: Criticality
    /// The vendor party's id; `nil` when the system is run in-house.
    public var vendorID: String?
    /// How long care can do without the system.
    public var maxDowntime: ISODuration?
    /// What staff do while the system is down.
    public var fallback: String?
    public var drillInterval: ISODuration
    public var drills: [Drill]
    public var location: SourceLocation
}

/// One drill of the continuity plan.
public struct Drill: Sendable {
    public enum Outcome: String, Sendable, Codable {
        case passed, partial, failed
    }

    public var date: CalendarDate
    public var outcome: Outcome
    public var note: String?
    public var location: SourceLocation
}
