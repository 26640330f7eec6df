/// Counts time the way an SLA does: only within service hours. Service windows are local clock
/// times in the register's time zone; moments are real time, minutes since 1970-01-01 00:00 UTC,
/// so an office-hours weekend over the end of summer time is an hour longer than the clock says.
public struct ServiceClock: Sendable {
    public let hours: ServiceHours
    public let holidays: Set<CalendarDate>
    public let zone: ZoneClock

    public init(hours: ServiceHours, holidays: Set<CalendarDate>, zone: ZoneClock = .utc) {
        self.hours = hours
        self.holidays = holidays
        self.zone = zone
    }

    public static let minutesPerDay = 1440

    /// How far after an outage govreg looks for the service time to restore it: a year.
    public static let restoreHorizonDays = 366

    /// A local moment: minutes since 1970-01-01 00:00 on the local clock.
    public static func moment(_ date: CalendarDate, minutes: Int = 0) -> Int {
        date.dayNumber * minutesPerDay + minutes
    }

    /// The real moment of a local date and time in the clock's zone.
    public func instant(_ date: CalendarDate, minutes: Int = 0) -> Int {
        zone.utcMinute(local: ServiceClock.moment(date, minutes: minutes))
    }

    /// The date and minutes after midnight of a local moment.
    public static func split(_ moment: Int) -> (date: CalendarDate, minutes: Int) {
        let day = moment >= 0 ? moment / minutesPerDay : (moment - minutesPerDay + 1) / minutesPerDay
        return (CalendarDate(dayNumber: day), moment - day * minutesPerDay)
    }

    /// The service windows as (start, end) real moments from `first` for `days` days, merged where
    /// they touch. A window belongs to the local day it starts on; one that ends before it starts
    /// runs past midnight, and one that ends when it starts lasts 24 hours on the clock.
    func intervals(from first: CalendarDate, days: Int) -> [(start: Int, end: Int)] {
        var raw: [(start: Int, end: Int)] = []
        for offset in -1...days {
            let date = first.adding(days: offset)
            guard hours.openOnPublicHolidays || !holidays.contains(date) else { continue }
            for window in hours.windows where window.days.contains(date.isoWeekday) {
                let start = ServiceClock.moment(date, minutes: window.from)
                let length = window.until > window.from ? window.until - window.from : window.until + ServiceClock.minutesPerDay - window.from
                raw.append((zone.utcMinute(local: start), zone.utcMinute(local: start + length)))
            }
        }
        raw.sort { $0.start < $1.start }
        var merged: [(start: Int, end: Int)] = []
        for interval in raw where interval.end > interval.start {
            if let last = merged.last, interval.start <= last.end {
                merged[merged.count - 1].end = max(last.end, interval.end)
            } else {
                merged.append(interval)
            }
        }
        return merged
    }

    /// When `serviceMinutes` of service time have passed after an outage that starts at the real
    /// moment `start`; `nil` when the service hours do not provide that much within a year.
    public func end(after start: Int, serviceMinutes: Int) -> Int? {
        if hours.isAroundTheClock { return start + serviceMinutes }
        let (date, _) = ServiceClock.split(zone.localMinute(utc: start))
        return ServiceClock.finish(from: start, needing: serviceMinutes, in: intervals(from: date, days: ServiceClock.restoreHorizonDays)[...])
    }

    /// How many minutes of service time lie between the real moments `start` and `end`: what an
    /// SLA counts from a report to its answer or to the restore.
    /// Past two years the count stops: far beyond any SLA, and a hostile date (9999-12-31) must not
    /// make govreg walk every day up to it.
    public func serviceMinutes(from start: Int, to end: Int) -> Int {
        guard end > start else { return 0 }
        if hours.isAroundTheClock { return end - start }
        let end = min(end, start + 2 * ServiceClock.restoreHorizonDays * ServiceClock.minutesPerDay)
        let (first, _) = ServiceClock.split(zone.localMinute(utc: start))
        let (last, _) = ServiceClock.split(zone.localMinute(utc: end))
        return intervals(from: first, days: first.days(until: last) + 1).reduce(0) { total, interval in
            total + max(0, min(interval.end, end) - max(interval.start, start))
        }
    }

    /// The worst outage of a year, or why there is none.
    public enum WorstCase: Sendable, Equatable {
        /// The outage that takes longest in real time to get the service time: from `start` to `end`.
        case outage(start: Int, end: Int)
        /// Some outage in the year does not get the service time within a year after it.
        case beyondHorizon
    }

    /// The outage start in the year from the as-of date `first` (its local midnight up to the same
    /// date a year later) that takes longest, in real time, to get `serviceMinutes` of service.
    public func worstCase(serviceMinutes: Int, from first: CalendarDate) -> WorstCase {
        let begin = instant(first)
        if hours.isAroundTheClock { return .outage(start: begin, end: begin + serviceMinutes) }
        let last = first.adding(months: 12)
        let horizon = instant(last)
        let windows = intervals(from: first, days: first.days(until: last) + ServiceClock.restoreHorizonDays)
        // The longest wait starts the moment service hours close (or at the start of the year).
        let candidates = [begin] + windows.map(\.end).filter { $0 > begin && $0 < horizon }
        var worst: (start: Int, end: Int)?
        var index = 0
        for start in candidates {
            while index < windows.count, windows[index].end <= start { index += 1 }
            guard let finish = ServiceClock.finish(from: start, needing: serviceMinutes, in: windows[index...]),
                  finish - start <= ServiceClock.restoreHorizonDays * ServiceClock.minutesPerDay
            else { return .beyondHorizon }
            if worst.map({ finish - start > $0.end - $0.start }) ?? true { worst = (start, finish) }
        }
        return worst.map { .outage(start: $0.start, end: $0.end) } ?? .beyondHorizon
    }

    /// The moment `needed` minutes of the windows have passed after `start`.
    private static func finish(from start: Int, needing needed: Int, in windows: ArraySlice<(start: Int, end: Int)>) -> Int? {
        guard needed > 0 else { return start }
        var needed = needed
        for interval in windows where interval.end > start {
            let from = max(interval.start, start)
            if interval.end - from >= needed { return from + needed }
            needed -= interval.end - from
        }
        return nil
    }
}
