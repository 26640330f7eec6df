/// A date and time of day in the register's time zone (`YYYY-MM-DDTHH:MM:SS`).
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// Encodes as "YYYY-MM-DDTHH:MM:SS".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDateTime(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a local date and time: \(text)"))
        }
        self = value
    }

    public var date: CalendarDate
    /// Seconds after midnight.
    public var secondsOfDay: Int

    public init(date: CalendarDate, secondsOfDay: Int) {
        self.date = date
        self.secondsOfDay = secondsOfDay
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS`; `24:00:00` is midnight at the end of that day, as in XML Schema.
    public init?(_ text: String) {
        let parts = text.xmlTrimmed.split(separator: "T")
        guard parts.count == 2, let date = CalendarDate(parts[0]) else { return nil }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        if clock == [24, 0, 0] {
            self.init(date: date.adding(days: 1), secondsOfDay: 0)
            return
        }
        guard (0..<24).contains(clock[0]), (0..<60).contains(clock[1]), (0..<60).contains(clock[2]) else { return nil }
        self.init(date: date, secondsOfDay: clock[0] * 3600 + clock[1] * 60 + clock[2])
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.secondsOfDay) < (rhs.date, rhs.secondsOfDay)
    }

    public var description: String {
        let h = secondsOfDay / 3600, m = secondsOfDay / 60 % 60, s = secondsOfDay % 60
        return date.description + "T" + [h, m, s].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }
}
