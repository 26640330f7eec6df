/// When an agreement runs, how it renews and how it is ended.
public struct Term: Sendable {
    public enum RenewalKind: String, Sendable, Codable {
        case none
        case automatic
        case onRequest = "on-request"
    }

    public struct Renewal: Sendable {
        public var kind: RenewalKind
        public var term: ISODuration?
        public var location: SourceLocation
    }

    public var start: CalendarDate
    /// The first term from the start date (or `nil` with a fixed end date).
    public var initialTerm: ISODuration?
    /// The fixed last day (or `nil` with an initial term).
    public var end: CalendarDate?
    public var renewal: Renewal?
    public var noticePeriod: ISODuration?
    /// Internal decision time before the notice deadline (P30D unless the agreement says otherwise).
    public var decisionBuffer: ISODuration?
    public var location: SourceLocation
    public var endLocation: SourceLocation?
    public var noticeLocation: SourceLocation?

    /// The first day after the initial term or the fixed end date (see `ContractTerm` for how a
    /// term of months is counted).
    public var initialPeriodEnd: CalendarDate {
        if let end { return end.adding(days: 1) }
        return start.periodBoundary(after: initialTerm ?? ISODuration())
    }
}
