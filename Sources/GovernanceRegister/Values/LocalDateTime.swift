import GovernanceXML
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
    /// Byte by byte: registers hold thousands of these.
    public init?(_ text: String) {
        let trimmed = text.xmlTrimmed
        let utf8 = Array(trimmed.utf8)
        guard utf8.count == 19, utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"), utf8[16] == UInt8(ascii: ":"),
              let date = CalendarDate(String(decoding: utf8[0..<10], as: UTF8.self))
        else { return nil }
        guard let hours = CalendarDate.number(utf8[11..<13]), let minutes = CalendarDate.number(utf8[14..<16]),
              let seconds = CalendarDate.number(utf8[17..<19])
        else { return nil }
        if (hours, minutes, seconds) == (24, 0, 0) {
            self.init(date: date.adding(days: 1), secondsOfDay: 0)
            return
        }
        guard hours < 24, minutes < 60, seconds < 60 else { return nil }
        self.init(date: date, secondsOfDay: hours * 3600 + minutes * 60 + seconds)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.secondsOfDay) < (rhs.date, rhs.secondsOfDay)
    }

    public var description: String {
        let h = secondsOfDay / 3600, m = secondsOfDay / 60 % 60, s = secondsOfDay % 60
        return date.description + "T" + [h, m, s].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }
}
