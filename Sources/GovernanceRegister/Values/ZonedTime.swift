/// A local date and time with its offset from UTC, such as 2027-03-30T12:00:00+02:00.
public struct ZonedTime: Hashable, Sendable, CustomStringConvertible, Codable {
    public let local: LocalDateTime
    /// Minutes east of UTC (+120 in Amsterdam's summer).
    public let offsetMinutes: Int

    public init(local: LocalDateTime, offsetMinutes: Int) {
        self.local = local
        self.offsetMinutes = offsetMinutes
    }

    /// The local time of a real moment (minutes since 1970-01-01 00:00 UTC) on `clock`.
    public init(utcMinute: Int, on clock: ZoneClock) {
        let offset = clock.offset(atUTC: utcMinute)
        let localMinute = utcMinute + offset
        let day = localMinute >= 0 ? localMinute / 1440 : (localMinute - 1439) / 1440
        self.init(local: LocalDateTime(date: CalendarDate(dayNumber: day), secondsOfDay: (localMinute - day * 1440) * 60), offsetMinutes: offset)
    }

    /// "+01:00", "-05:00", "+00:00".
    public var offsetText: String {
        let magnitude = abs(offsetMinutes)
        let hours = magnitude / 60, minutes = magnitude % 60
        return (offsetMinutes < 0 ? "-" : "+") + (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// ISO 8601 with the offset: "2027-03-30T12:00:00+02:00".
    public var description: String {
        local.description + offsetText
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let sign = text.dropFirst(19).first
        guard text.count == 25, sign == "+" || sign == "-", let local = LocalDateTime(String(text.prefix(19))),
              let hours = Int(text.dropFirst(20).prefix(2)), let minutes = Int(text.suffix(2))
        else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date and time with offset: \(text)"))
        }
        self.init(local: local, offsetMinutes: (sign == "-" ? -1 : 1) * (hours * 60 + minutes))
    }
}
