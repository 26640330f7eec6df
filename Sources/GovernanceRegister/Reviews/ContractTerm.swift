/// The dates that follow from an agreement's term: which period runs on a given day, and by when
/// to decide and to give notice for it. Automatic renewals are counted from the start date (36
/// months, then 12 at a time: start + 36, 48, 60 ... months), so month ends do not drift.
public struct ContractTerm: Sendable {
    /// One period of an agreement: the initial term or one renewal.
    public struct Period: Sendable, Hashable, Codable {
        /// 0 for the initial term, 1 for the first renewal, and so on.
        public let number: Int
        public let start: CalendarDate
        /// The last day of the period.
        public let end: CalendarDate
    }

    /// The default internal decision time before the notice deadline.
    public static let defaultDecisionBuffer = ISODuration(days: 30)

    public let term: Term

    public init(_ term: Term) {
        self.term = term
    }

    /// Whether the agreement renews by itself at the end of each period.
    public var renewsAutomatically: Bool {
        term.renewal?.kind == .automatic && term.renewal?.term.map { ISODuration.order($0, ISODuration()) == .orderedDescending } == true
    }

    /// The first day after period `number`.
    private func boundary(after number: Int) -> CalendarDate {
        guard number > 0, let renewal = term.renewal?.term else { return term.initialPeriodEnd }
        if let end = term.end {
            return end.adding(days: 1).adding(renewal.times(number))
        }
        return term.start.adding((term.initialTerm ?? ISODuration()) + renewal.times(number))
    }

    public func period(number: Int) -> Period {
        let start = number == 0 ? term.start : boundary(after: number - 1)
        return Period(number: number, start: start, end: boundary(after: number).adding(days: -1))
    }

    /// The period that runs on `date`: the initial term before and during it; after it, the
    /// renewal that runs then when the agreement renews automatically, else the last period
    /// (which has then ended).
    public func period(on date: CalendarDate) -> Period {
        var current = period(number: 0)
        guard renewsAutomatically else { return current }
        // Jump close first, so a long-running agreement needs no long loop.
        if date > current.end, let renewal = term.renewal?.term {
            let renewalDays = max(1.0, renewal.seconds(after: current.end) / 86_400)
            let estimate = max(0, Int(Double(current.end.days(until: date)) / renewalDays) - 1)
            current = period(number: estimate)
        }
        // The estimate uses the first renewal's length; later ones may be shorter or longer.
        while date < current.start, current.number > 0 {
            current = period(number: current.number - 1)
        }
        while date > current.end, current.number < 10_000 {
            current = period(number: current.number + 1)
        }
        return current
    }

    /// The last day on which notice reaches the vendor in time to end the agreement after `period`:
    /// the day before (first day after the period - notice period). `nil` without a notice period.
    public func cancelBy(_ period: Period) -> CalendarDate? {
        term.noticePeriod.map { period.end.adding(days: 1).subtracting($0).adding(days: -1) }
    }

    /// The day the organisation must decide whether to continue: cancel-by minus the decision buffer.
    public func decideBy(_ period: Period) -> CalendarDate? {
        cancelBy(period).map { $0.subtracting(term.decisionBuffer ?? ContractTerm.defaultDecisionBuffer) }
    }
}
