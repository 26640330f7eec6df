/// An outage or other incident that happened, and its evaluation.
public struct Incident: Sendable {
    public enum Kind: String, Sendable, Codable {
        case outage, degradation, security, other
    }

    public struct Evaluation: Sendable {
        public var date: CalendarDate
        public var note: String?
        public var location: SourceLocation
    }

    public var id: String
    public var systemID: String
    public var kind: Kind
    public var priority: String?
    public var title: String
    public var start: LocalDateTime
    public var end: LocalDateTime?
    public var evaluation: Evaluation?
    public var location: SourceLocation
}
