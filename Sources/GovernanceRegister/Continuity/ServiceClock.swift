/// Counts time the way an SLA does: only within service hours. Moments are minutes since
/// 1970-01-01 00:00 on the register's local clock (daylight saving time is not modelled).
public struct ServiceClock: Sendable {
    public let hours: ServiceHours
    public let holidays: Set<CalendarDate>

    public init(hours: ServiceHours, holidays: Set<CalendarDate>) {
        self.hours = hours
        self.holidays = holidays
    }

    public static let minutesPerDay = 1440

    /// A local moment: minutes since 1970-01-01 00:00.
    public static func moment(_ date: CalendarDate, minutes: Int = 0) -> Int {
        date.dayNumber * minutesPerDay + minutes
    }

    /// The date and minutes after midnight of a moment.
    public static func split(_ moment: Int) -> (date: CalendarDate, minutes: Int) {
        let day = moment >= 0 ? moment / minutesPerDay : (moment - minutesPerDay + 1) / minutesPerDay
        return (CalendarDate(dayNumber: day), moment - day * minutesPerDay)
    }

    /// The service windows as (start, end) moments from `first` for `days` days, merged where they
    /// touch. A window belongs to the day it starts on; one that ends before it starts runs past
    /// midnight, and one that ends when it starts lasts 24 hours.
    func intervals(from first: CalendarDate, days: Int) -> [(start: Int, end: Int)] {
        var raw: [(start: Int, end: Int)] = []
        for offset in -1...days {
            let date = first.adding(days: offset)
            guard hours.openOnPublicHolidays || !holidays.contains(date) else { continue }
            for window in hours.windows where window.days.contains(date.isoWeekday) {
                let start = ServiceClock.moment(date, minutes: window.from)
                let length = window.until > window.from ? window.until - window.from : window.until + ServiceClock.minutesPerDay - window.from
                raw.append((start, start + length))
            }
        }
        raw.sort { $0.start < $1.start }
        var merged: [(start: Int, end: Int)] = []
        for interval in raw {
            if let last = merged.last, interval.start <= last.end {
                merged[merged.count - 1].end = max(last.end, interval.end)
            } else {
                merged.append(interval)
            }
        }
        return merged
    }

    /// When `serviceMinutes` of service time have passed after an outage that starts at `start`;
    /// `nil` when the service hours do not provide that much within a year.
    public func end(after start: Int, serviceMinutes: Int) -> Int? {
        if hours.isAlways { return start + serviceMinutes }
        let (date, _) = ServiceClock.split(start)
        var needed = serviceMinutes
        for interval in intervals(from: date, days: 400) where interval.end > start {
            let from = max(interval.start, start)
            if interval.end - from >= needed { return from + needed }
            needed -= interval.end - from
        }
        return nil
    }

    /// The outage start in the year from `first` that takes longest, in wall-clock time, to get
    /// `serviceMinutes` of service: `nil` when the service hours never provide it.
    public func worstCase(serviceMinutes: Int, from first: CalendarDate, days: Int = 366) -> (start: Int, end: Int)? {
        if hours.isAlways {
            let start = ServiceClock.moment(first)
            return (start, start + serviceMinutes)
        }
        let windows = intervals(from: first, days: days + 400)
        let horizon = ServiceClock.moment(first.adding(days: days))
        // The longest wait starts the moment service hours close (or at the start of the year).
        let candidates = [ServiceClock.moment(first)] + windows.map(\.end).filter { $0 < horizon }
        var worst: (start: Int, end: Int)?
        var index = 0
        for start in candidates {
            while index < windows.count, windows[index].end <= start { index += 1 }
            var needed = serviceMinutes
            var finish: Int?
            for interval in windows[index...] {
                let from = max(interval.start, start)
                if interval.end - from >= needed {
                    finish = from + needed
                    break
                }
                needed -= interval.end - from
            }
            guard let finish else { return nil }
            if worst.map({ finish - start > $0.end - $0.start }) ?? true { worst = (start, finish) }
        }
        return worst
    }
}
