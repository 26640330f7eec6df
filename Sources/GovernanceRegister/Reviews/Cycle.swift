/// Something that comes back every `interval` (an agreement's review, a drill, a restore test, the
/// continuity plan's review and training) and the day it is next due.
///
/// A cycle counts from the day it starts: its due dates are that day plus one, two, three
/// intervals, each on the same day of the month or, where a month is too short for it, on that
/// month's last day (quarterly from 29 November: 28 February, 29 May, 29 August). Done on its due
/// date, a cycle keeps that rhythm, so a review held on 28 February is next due on 29 May, and a
/// calendar's repeat rule and govreg give the same dates. Done on another day, late or early, the
/// cycle starts again from that day.
public struct Cycle: Sendable, Hashable {
    public let interval: ISODuration
    /// The day the due dates count from.
    public let start: CalendarDate
    /// How many intervals after `start` the next one falls.
    public let count: Int

    /// The cycle that started on `start` (`nil` when it starts the first time it is done) and was
    /// done on `done`; `nil` when it has neither started nor ever been done.
    public init?(every interval: ISODuration, from start: CalendarDate? = nil, done: [CalendarDate]) {
        var origin = start
        var count = 1
        for date in done.sorted() {
            if let origin, date == origin.adding(interval.times(count)) {
                count += 1
            } else {
                origin = date
                count = 1
            }
        }
        guard let origin else { return nil }
        self.interval = interval
        self.start = origin
        self.count = count
    }

    /// The day it is next due.
    public var next: CalendarDate {
        start.adding(interval.times(count))
    }
}
