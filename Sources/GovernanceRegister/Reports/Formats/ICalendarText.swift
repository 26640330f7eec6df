import Foundation

/// RFC 5545 text: escaping, line folding at 75 octets, dates and repeat rules.
enum ICalendarText {
    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": break
            default: result.append(character)
            }
        }
        return result
    }

    /// Folds a content line so no line is longer than 75 octets, never splitting a UTF-8 character;
    /// each continuation line starts with one space (RFC 5545, 3.1).
    static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        lines.append(current)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }.joined(separator: "\r\n")
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

