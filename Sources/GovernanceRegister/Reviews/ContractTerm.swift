import Foundation
/// The dates that follow from an agreement's term: which period runs on a given day, and by when
/// to decide and to give notice for it.
///
/// A period of months runs from its first day through the day before the same day of the month
/// that many months later; where that month is too short, through its last day, and the next
/// period starts on the first of the month after (`CalendarDate.periodBoundary(after:)`). Each
/// renewal is a new period of the renewal term that starts the day after the previous one ends, as
/// a contract says: "renewed each time for a period of 12 months".
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

    /// The most periods govreg counts (a daily renewal for 27 years).
    static let maximumPeriods = 10_000

    public let term: Term

    public init(_ term: Term) {
        self.term = term
    }

    /// Whether the agreement renews by itself at the end of each period.
    public var renewsAutomatically: Bool {
        term.renewal?.kind == .automatic && renewalTerm != nil
    }

    /// The renewal term when it is longer than zero.
    private var renewalTerm: ISODuration? {
        guard let renewal = term.renewal?.term, ISODuration.order(renewal, ISODuration()) == .orderedDescending else { return nil }
        return renewal
    }

    /// The notice period, zero when the agreement names none.
    public var noticePeriod: ISODuration {
        term.noticePeriod ?? ISODuration()
    }

    public func period(number: Int) -> Period {
        var current = Period(number: 0, start: term.start, end: term.initialPeriodEnd.adding(days: -1))
        guard let renewal = renewalTerm else { return current }
        while current.number < min(number, ContractTerm.maximumPeriods) {
            current = next(after: current, renewal: renewal, skipping: number - current.number - 1)
        }
        return current
    }

    /// The period that runs on `date`: the initial term before and during it; after it, the
    /// renewal that runs then when the agreement renews automatically, else the last period
    /// (which has then ended).
    public func period(on date: CalendarDate) -> Period {
        var current = period(number: 0)
        guard renewsAutomatically, let renewal = renewalTerm else { return current }
        while date > current.end, current.number < ContractTerm.maximumPeriods {
            // Jump close where the periods are regular, so a long-running agreement needs no long loop.
            let periodDays = max(1, Int(renewal.seconds(after: current.end) / 86_400))
            let estimate = max(0, current.end.days(until: date) / (periodDays + 3) - 1)
            current = next(after: current, renewal: renewal, skipping: estimate)
        }
        return current
    }

    /// The period after `period`, or `skipping` periods further where that can be counted at once:
    /// whole months from a day that every month has (1 to 28), or whole years from a day that is not
    /// in February. Otherwise one period at a time, since a short month moves the start day.
    private func next(after period: Period, renewal: ISODuration, skipping: Int) -> Period {
        let start = period.end.adding(days: 1)
        let months = renewal.totalMonths
        let regular = renewal.days == 0 && renewal.timeSeconds == 0 && months > 0
            && (start.day <= 28 || (months % 12 == 0 && start.month != 2))
        let steps = regular ? max(0, min(skipping, ContractTerm.maximumPeriods - period.number - 1)) : 0
        let first = steps == 0 ? start : start.periodBoundary(after: renewal.times(steps))
        return Period(number: period.number + 1 + steps, start: first, end: first.periodBoundary(after: renewal).adding(days: -1))
    }

    /// The period whose deadlines count on `date`: the current one, or, once the notice deadline
    /// of a period that renews by itself has passed, the next one (it renews, and the next notice
    /// is for that period). `reviews`, `summary` and the calendar all give these deadlines.
    public func deadlinePeriod(on date: CalendarDate) -> Period {
        let current = period(on: date)
        return renewsAutomatically && cancelBy(current) < date ? period(number: current.number + 1) : current
    }

    /// The last day on which notice reaches the vendor in time to end the agreement after `period`:
    /// the latest day from which the notice period still ends within the period (notice on 30
    /// September with three months' notice runs out on 30 December, in time for a period that ends
    /// 31 December; notice on 1 October does not). Without a notice period, the period's last day.
    public func cancelBy(_ period: Period) -> CalendarDate {
        let notice = noticePeriod
        guard ISODuration.order(notice, ISODuration()) == .orderedDescending else { return period.end }
        // Start a little early (a short month shortens the estimate) and step to the last day that fits.
        var day = period.end.adding(days: 1).subtracting(notice).adding(days: -4)
        while day.adding(days: 1).adding(notice) <= period.end { day = day.adding(days: 1) }
        while day.adding(notice) > period.end, day > period.start.adding(days: -40_000) { day = day.adding(days: -1) }
        return day
    }

    /// The day the organisation must decide whether to continue: cancel-by minus the decision buffer.
    public func decideBy(_ period: Period) -> CalendarDate {
        cancelBy(period).subtracting(term.decisionBuffer ?? ContractTerm.defaultDecisionBuffer)
    }
}
