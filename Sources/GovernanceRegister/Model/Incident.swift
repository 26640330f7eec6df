/// An outage or other incident that happened, and its evaluation.
public struct Incident: Sendable {
    public enum Kind: String, Sendable, Codable {
        case outage, degradation, security, other
    }

    /// The evaluation after the incident: who took part, what was found, what is to be done.
    public struct Evaluation: Sendable {
        public var date: CalendarDate
        public var participantIDs: [String] = []
        public var note: String?
        public var findings: [String] = []
        public var actions: [Action] = []
        public var location: SourceLocation
    }

    /// An improvement action from an evaluation.
    public struct Action: Sendable {
        public var text: String
        public var ownerID: String
        public var due: CalendarDate
        /// When it was done; `nil` while it is open.
        public var done: CalendarDate?
        public var location: SourceLocation
    }

    public var id: String
    public var systemID: String
    public var kind: Kind
    public var priority: String?
    public var title: String
    /// The agreements the incident falls under, as the register names them; empty when it names none.
    public var agreementIDs: [String] = []
    /// When care lost the system.
    public var start: LocalDateTime
    /// When it was reported to the vendor, and when the vendor first answered.
    public var reported: LocalDateTime?
    public var answered: LocalDateTime?
    /// When the system was restored; `nil` while the incident lasts.
    public var end: LocalDateTime?
    public var evaluation: Evaluation?
    public var location: SourceLocation
}
