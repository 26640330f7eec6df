import Foundation

/// Dates and durations as people write them, in Dutch or English, turned into the schema's form:
/// "4 uur", "4h", "30 min", "2 dagen", "3 maanden", "1,5 hours" are durations; "22-11-2026",
/// "22/11/2026" and "22 november 2026" are dates (day first, as in the Netherlands). What could mean
/// two things ("30m": minutes or months? "22-11-26": which century?) is not read at all.
public enum PlainValue {
    /// A duration written in words or with unit letters, or already in ISO 8601.
    public static func duration(_ text: String) -> ISODuration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = ISODuration(trimmed.uppercased()), !trimmed.isEmpty, trimmed.uppercased().hasPrefix("P") { return iso }
        let lowered = trimmed.lowercased().replacingOccurrences(of: ",", with: ".")
        // Every unit is written in ASCII; anything else is no duration (and Foundation's scanner
        // is not to be trusted with it: it traps on some characters outside ASCII).
        guard lowered.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || " .".contains(Character($0))) }) else { return nil }
        var result = ISODuration()
        var seen = false
        var last: Unit?
        let scanner = Scanner(string: lowered)
        scanner.charactersToBeSkipped = .whitespaces
        while !scanner.isAtEnd {
            guard let number = scanner.scanDouble(), number >= 0, number < 1_000_000 else { return nil }
            let whole0 = number.rounded(.down)
            guard let unit = scanner.scanCharacters(from: .letters), let kind = unitKinds[unit] else {
                // "1h30": the minutes after the hours.
                guard last == .hour, scanner.isAtEnd, number == whole0, number < 60 else { return nil }
                result.minutes += Int(whole0)
                break
            }
            last = kind
            let whole = number.rounded(.down), fraction = number - whole
            switch kind {
            case .minute:
                guard fraction == 0 else { return nil }
                result.minutes += Int(whole)
            case .hour:
                result.hours += Int(whole)
                result.minutes += Int((fraction * 60).rounded())
            case .day:
                result.days += Int(whole)
                result.hours += Int((fraction * 24).rounded())
            case .week:
                guard fraction == 0 else { return nil }
                result.days += Int(whole) * 7
            case .month:
                guard fraction == 0 else { return nil }
                result.months += Int(whole)
            case .year:
                guard fraction == 0 else { return nil }
                result.years += Int(whole)
            }
            seen = true
            _ = scanner.scanString("en") ?? scanner.scanString("and")
        }
        return seen ? result : nil
    }

    private enum Unit {
        case minute, hour, day, week, month, year
    }

    /// Unit words and letters; "m" alone is left out on purpose (minutes or months).
    private static let unitKinds: [String: Unit] = [
        "min": .minute, "mins": .minute, "minuut": .minute, "minuten": .minute, "minute": .minute, "minutes": .minute,
        "h": .hour, "u": .hour, "uur": .hour, "uren": .hour, "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour,
        "d": .day, "dag": .day, "dagen": .day, "day": .day, "days": .day,
        "w": .week, "week": .week, "weken": .week, "weeks": .week,
        "maand": .month, "maanden": .month, "month": .month, "months": .month, "mnd": .month,
        "y": .year, "j": .year, "jaar": .year, "jaren": .year, "year": .year, "years": .year,
    ]

    /// A date written day first (22-11-2026, 22/11/2026, 22.11.2026, 22 november 2026 or
    /// 22 nov 2026), or already as 2026-11-22.
    public static func date(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = CalendarDate(trimmed) { return iso }
        let parts = trimmed.lowercased().split(whereSeparator: { "-/. ".contains($0) }).map(String.init)
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]), parts[2].count == 4 else { return nil }
        let month = Int(parts[1]) ?? monthNames.firstIndex { $0.contains(parts[1]) }.map { $0 % 12 + 1 }
        guard let month else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Month names and their usual short forms, Dutch then English.
    private static let monthNames: [Set<String>] = [
        ["januari", "jan"], ["februari", "feb"], ["maart", "mrt", "mar"], ["april", "apr"], ["mei"], ["juni", "jun"],
        ["juli", "jul"], ["augustus", "aug"], ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["december", "dec"],
        ["january"], ["february"], ["march"], ["april"], ["may"], ["june"], ["july"], ["august"], ["september"], ["october", "oct"], ["november"], ["december"],
    ]

    /// 08.00, 8.00, 0800, 8:00, 8u30, 17h or 8 as a time of day, HH:MM.
    public static func clock(_ text: String) -> String? {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = value.filter(\.isNumber)
        let parts = value.split(omittingEmptySubsequences: false, whereSeparator: { ".:hu".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        let onlyDigits = digits.count == value.count
        var hours: Int?
        var minutes: Int?
        if parts.count == 2 {
            hours = Int(parts[0])
            minutes = parts[1].isEmpty ? 0 : Int(parts[1])
        } else if onlyDigits, digits.count == 4 {
            hours = Int(digits.prefix(2))
            minutes = Int(digits.suffix(2))
        } else if onlyDigits, (1...2).contains(digits.count) {
            hours = Int(digits)
            minutes = 0
        }
        guard let hours, let minutes, (0...24).contains(hours), (0..<60).contains(minutes), hours * 60 + minutes <= 1440 else { return nil }
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// A value made into an id: lower case, spaces as hyphens, other characters left out.
    /// An id made from a name, for a new part: "Ketenpunt Zorgsoftware B.V." is
    /// ketenpunt-zorgsoftware-bv, "Telefonie & internet" telefonie-internet.
    public static func slug(_ name: String) -> String {
        var id = identifier(name).replacingOccurrences(of: ".", with: "")
        while id.contains("--") { id = id.replacingOccurrences(of: "--", with: "-") }
        return String(id.drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed())
    }

    public static func identifier(_ value: String) -> String {
        let folded = value.folding(options: [.diacriticInsensitive], locale: nil).lowercased()
        let kept = folded.map { $0 == " " ? "-" : $0 }.filter { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "._-".contains($0) }
        return String(kept.drop { !$0.isLetter && !$0.isNumber })
    }

}
