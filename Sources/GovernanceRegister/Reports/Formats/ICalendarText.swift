import Foundation

/// RFC 5545 text: escaping, line folding at 75 octets, dates and repeat rules.
enum ICalendarText {
    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). A line
    /// break is LF, CR LF or a lone CR, and each becomes one `\n`.
    static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        var afterCarriageReturn = false
        for byte in text.utf8 {
            defer { afterCarriageReturn = byte == UInt8(ascii: "\r") }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"):
                if !afterCarriageReturn { bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")] }
            case UInt8(ascii: "\r"):
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            default:
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folds a content line so no line is longer than 75 octets, never splitting a UTF-8 character;
    /// each continuation line starts with one space (RFC 5545, 3.1).
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        let bytes = Array(line.utf8)
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count + bytes.count / 37)
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Step back to the start of a character: never cut before a continuation byte.
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { folded += [0x0D, 0x0A, 0x20] }
            folded += bytes[start..<end]
            start = end
            limit = 74
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// A DATE value: YYYYMMDD.
    static func date(_ date: CalendarDate) -> String {
        String(decoding: date.description.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self)
    }

    /// The RRULE for a whole number of months, years, weeks or days; `nil` for mixed intervals.
    /// The occurrences are the dates govreg itself computes, `start` plus one, two, three ...
    /// intervals: a cycle from the 29th, 30th or 31st falls on the last day of a month too short for
    /// that day, and back on its own day after (a quarterly cycle from 29 November: 28 February,
    /// 29 May, 29 August). A plain monthly rule would skip the short months instead.
    static func repeatRule(_ interval: ISODuration, from start: CalendarDate) -> String? {
        guard interval.timeSeconds == 0 else { return nil }
        switch (interval.totalMonths, interval.days) {
        case (let months, 0) where months > 0:
            if months % 12 == 0, start.day <= 28 || start.month != 2 { return "FREQ=YEARLY;INTERVAL=\(months / 12)" }
            let rule = "FREQ=MONTHLY;INTERVAL=\(months)"
            switch start.day {
            case ...28: return rule
            case 31: return rule + ";BYMONTHDAY=-1"
            // The last of the days from the 28th up to the start's day that the month has.
            default: return rule + ";BYMONTHDAY=" + (28...start.day).map(String.init).joined(separator: ",") + ";BYSETPOS=-1"
            }
        case (0, let days) where days > 0:
            return days % 7 == 0 ? "FREQ=WEEKLY;INTERVAL=\(days / 7)" : "FREQ=DAILY;INTERVAL=\(days)"
        default:
            return nil
        }
    }

    /// A DATE-TIME value in UTC: YYYYMMDDTHHMMSSZ.
    static func utcTime(_ moment: Date) -> String {
        let seconds = Int(moment.timeIntervalSince1970.rounded(.down))
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - day * 86_400
        let clock = [rest / 3600, rest / 60 % 60, rest % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined()
        return date(CalendarDate(dayNumber: day)) + "T" + clock + "Z"
    }

    /// A SEQUENCE number that grows with the time a calendar is made (seconds since 2000, which
    /// fits the 32-bit INTEGER of RFC 5545 until 2068), so an event imported again replaces the
    /// copy made by an earlier run and never the other way round, also for two runs a minute apart.
    static func sequence(_ moment: Date) -> Int {
        max(0, Int(moment.timeIntervalSince1970 - 946_684_800))
    }
}

