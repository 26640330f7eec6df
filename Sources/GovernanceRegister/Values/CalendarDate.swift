import GovernanceXML
public import Foundation

/// A calendar date without a time zone (`xs:date` as govreg uses it: YYYY-MM-DD).
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// Encodes as "YYYY-MM-DD".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date; `nil` when the day does not exist in that month.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (white space around it allowed).
    public init?(_ text: some StringProtocol) {
        let bytes = Array(String(text).xmlTrimmed.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        guard let year = CalendarDate.number(bytes[0..<4]), let month = CalendarDate.number(bytes[5..<7]), let day = CalendarDate.number(bytes[8..<10]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The number written in ASCII digits, nil when anything else is among them.
    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// The local date now in the given IANA time zone (UTC when the zone is unknown).
    public static func today(inTimeZone identifier: String, now: Date = Date()) -> CalendarDate {
        let zone = TimeZone(identifier: identifier) ?? TimeZone(identifier: "UTC")!
        let local = now.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: now))
        return CalendarDate(dayNumber: Int((local / 86_400).rounded(.down)))
    }

    public var description: String {
        func digits(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (negative before), proleptic Gregorian.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = month
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var isoWeekday: Int {
        let weekday = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (weekday < 0 ? weekday + 7 : weekday) + 1
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// Adds months; a day past the end of the target month becomes its last day (31 January + 1 month is 28 or 29 February).
    public func adding(months: Int) -> CalendarDate {
        let zeroBased = year * 12 + (month - 1) + months
        let newYear = zeroBased >= 0 ? zeroBased / 12 : (zeroBased - 11) / 12
        let newMonth = zeroBased - newYear * 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay)!
    }

    /// The first day of a period of `duration` that starts on this date, counted the way a contract
    /// counts its term: the same day of the month `duration` later, or, where that month is too short
    /// for it, the first day of the month after. So a month from 31 January runs through the last day
    /// of February and the next month starts on 1 March; 12 months from 29 February 2024 run through
    /// 28 February 2025. Whole days are added after the months.
    public func periodBoundary(after duration: ISODuration) -> CalendarDate {
        let zeroBased = year * 12 + (month - 1) + duration.totalMonths
        let newYear = zeroBased >= 0 ? zeroBased / 12 : (zeroBased - 11) / 12
        let newMonth = zeroBased - newYear * 12 + 1
        let afterMonths = day <= CalendarDate.daysIn(month: newMonth, year: newYear)
            ? CalendarDate(year: newYear, month: newMonth, day: day)!
            : CalendarDate(year: newYear, month: newMonth, day: 1)!.adding(months: 1)
        return afterMonths.adding(days: Int((duration.timeSeconds / 86_400).rounded(.down)) + duration.days)
    }

    /// Adds a duration the way XML Schema does: years and months first (day clamped to the month's end),
    /// then whole days; a time part adds whole days only once it reaches 24 hours.
    public func adding(_ duration: ISODuration) -> CalendarDate {
        let sign = duration.isNegative ? -1 : 1
        let afterMonths = adding(months: sign * duration.totalMonths)
        let days = Int((duration.timeSeconds / 86_400).rounded(.down)) + duration.days
        return afterMonths.adding(days: sign * days)
    }

    /// Subtracts a duration (the mirror of `adding(_:)`).
    public func subtracting(_ duration: ISODuration) -> CalendarDate {
        adding(duration.negated)
    }

    /// Whole days from this date to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }
}
