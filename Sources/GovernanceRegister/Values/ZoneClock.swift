import Foundation

/// The clock of one IANA time zone over a stretch of dates: local times turned into real time
/// (minutes since 1970-01-01 00:00 UTC) and back, with the zone's daylight saving changes.
/// Foundation's time zone database is read once, when the clock is made; conversions are a search
/// in a short list.
public struct ZoneClock: Sendable {
    /// The zone's identifier; UTC where the register names a zone this system does not know.
    public let identifier: String
    /// From each UTC minute on (the first from the start of time), the offset from UTC in minutes.
    private let spans: [(start: Int, offset: Int)]

    /// UTC, which has no daylight saving time.
    public static let utc = ZoneClock(identifier: "UTC", spans: [(Int.min, 0)])

    private init(identifier: String, spans: [(start: Int, offset: Int)]) {
        self.identifier = identifier
        self.spans = spans
    }

    /// The clock of `identifier` from `first` through `last` (a few days either side are included).
    public init(identifier: String, from first: CalendarDate, through last: CalendarDate) {
        guard let zone = TimeZone(identifier: identifier) else {
            self = ZoneClock.utc
            return
        }
        self.identifier = identifier
        let begin = Date(timeIntervalSince1970: Double(first.adding(days: -3).dayNumber) * 86_400)
        let finish = Date(timeIntervalSince1970: Double(last.adding(days: 3).dayNumber) * 86_400)
        var spans: [(start: Int, offset: Int)] = [(Int.min, zone.secondsFromGMT(for: begin) / 60)]
        var moment = begin
        while let change = zone.nextDaylightSavingTimeTransition(after: moment), change < finish {
            spans.append((Int((change.timeIntervalSince1970 / 60).rounded()), zone.secondsFromGMT(for: change) / 60))
            moment = change
        }
        self.spans = spans
    }

    /// The offset from UTC, in minutes, at a real moment.
    public func offset(atUTC moment: Int) -> Int {
        var low = 0, high = spans.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if spans[middle].start <= moment { low = middle } else { high = middle - 1 }
        }
        return spans[low].offset
    }

    /// The real moment of a local time (minutes since 1970-01-01 00:00 on the local clock). A local
    /// time that the clock skips (02:30 on the night summer time starts) is taken as the moment the
    /// clock shows it after the change (03:30); one that it shows twice (02:30 on the night summer
    /// time ends), as the first.
    public func utcMinute(local: Int) -> Int {
        for (index, span) in spans.enumerated() {
            let utc = local - span.offset
            let end = index + 1 < spans.count ? spans[index + 1].start : Int.max
            if utc < end {
                // Before this span began: a local time skipped by the change into it.
                if utc < span.start, index > 0 { return local - spans[index - 1].offset }
                return utc
            }
        }
        return local - (spans.last?.offset ?? 0)
    }

    /// The local time (minutes since 1970-01-01 00:00 on the local clock) of a real moment.
    public func localMinute(utc: Int) -> Int {
        utc + offset(atUTC: utc)
    }
}
