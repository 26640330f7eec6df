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
    /// How much work from before an outage may be lost.
    public var recoveryPoint: ISODuration?
    /// What staff do while the system is down.
    public var fallback: String?
    /// The systems this one does not work without.
    public var dependencies: [Dependency] = []
    /// The backups of its data, `nil` when the register lists none.
    public var backups: Backups?
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

/// A system another one does not work without.
public struct Dependency: Sendable {
    public var systemID: String
    public var note: String?
    public var location: SourceLocation
}

/// A system's backups and how often restoring them is tested.
public struct Backups: Sendable {
    public var testInterval: ISODuration
    public var copies: [Backup]
    public var location: SourceLocation
}

/// One backup: how often it is made, where it is kept, and its restore tests.
public struct Backup: Sendable {
    public var every: ISODuration
    public var offline: Bool
    public var offSite: Bool
    public var place: String
    public var restoreTests: [RestoreTest]
    public var location: SourceLocation
}

/// One test of restoring a backup, and how long it took.
public struct RestoreTest: Sendable {
    public var date: CalendarDate
    public var took: ISODuration
    public var note: String?
    public var location: SourceLocation
}
