import Foundation

/// RFC 5545 text: escaping, line folding at 75 octets, dates and repeat rules.
enum ICalendarText {
    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11).
    static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"):
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"):
                continue
            default:
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folds a content line so no line is longer than 75 octets, never splitting a UTF-8 character;
    /// each continuation line starts with one space (RFC 5545, 3.1).
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
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
        date.description.replacingOccurrences(of: "-", with: "")
    }

    /// The RRULE for a whole number of months, years, weeks or days; `nil` for mixed intervals.
    /// A cycle from the 29th or later of a month repeats on the last day of the month instead, as
    /// govreg's own date arithmetic does (a plain monthly rule would skip short months).
    static func repeatRule(_ interval: ISODuration, from start: CalendarDate) -> String? {
        guard interval.timeSeconds == 0 else { return nil }
        switch (interval.totalMonths, interval.days) {
        case (let months, 0) where months > 0:
            let monthEnd = start.day > 28 && start.day == CalendarDate.daysIn(month: start.month, year: start.year)
            if months % 12 == 0, !monthEnd { return "FREQ=YEARLY;INTERVAL=\(months / 12)" }
            return "FREQ=MONTHLY;INTERVAL=\(months)" + (monthEnd ? ";BYMONTHDAY=-1" : "")
        case (0, let days) where days > 0:
            return days % 7 == 0 ? "FREQ=WEEKLY;INTERVAL=\(days / 7)" : "FREQ=DAILY;INTERVAL=\(days)"
        default:
            return nil
        }
    }

    /// A lowercase name for a UID's domain part: letters and digits joined by hyphens.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "register" : words.joined(separator: "-")
    }
}

