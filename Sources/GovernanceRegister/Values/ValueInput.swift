import Foundation
public import GovernanceXML

/// A value as a person types it, in the form the schema's type asks for: "4 uur" is PT4H,
/// "22-11-2026" is 2026-11-22, "ma-vr" is "mon tue wed thu fri", "hoog" is high. What each type
/// allows comes from the schemas (their enumerations and the labels documented with each value);
/// what cannot be read, or could mean two things, is refused with an example of what works.
public enum ValueInput {
    /// Why a typed value cannot be written.
    public struct Problem: Error, Sendable, Equatable {
        /// What works instead, in both languages.
        public let expected: LocalizedText
    }

    /// `text` in the schema's form for `type` (as typed, trimmed, when the type takes any text).
    public static func schemaForm(of text: String, type: SchemaModel.SimpleType?) throws(Problem) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let type else { return trimmed }
        if !type.enumerations.isEmpty { return try choice(trimmed, among: type) }
        switch type.name?.local ?? type.base?.local ?? "" {
        case "Date", "date": return try date(trimmed)
        case "Duration", "duration": return try duration(trimmed)
        case "StartTime", "ClockTime":
            guard let clock = PlainValue.clock(trimmed) else {
                throw Problem(expected: LocalizedText(en: "write a time of day as HH:MM, e.g. 08:00 or 17:30", nl: "schrijf een tijdstip als UU:MM, bijvoorbeeld 08:00 of 17:30"))
            }
            return clock
        case "DateTime", "dateTime": return try dateTime(trimmed)
        case "Weekdays": return try weekdays(trimmed)
        case "boolean": return try boolean(trimmed)
        case "Identifier":
            guard trimmed.range(of: #"^[A-Za-z0-9][A-Za-z0-9._\-]*$"#, options: .regularExpression) != nil, trimmed.count <= 64 else {
                let fixed = PlainValue.identifier(trimmed)
                throw Problem(expected: LocalizedText(
                    en: "an id has letters, digits, '.', '-' and '_' only, no spaces" + (fixed.isEmpty ? "" : ", e.g. '\(fixed)'"),
                    nl: "een id heeft alleen letters, cijfers, '.', '-' en '_', geen spaties" + (fixed.isEmpty ? "" : ", bijvoorbeeld '\(fixed)'")))
            }
            return trimmed
        case "TimeZone":
            guard TimeZone(identifier: trimmed) != nil else {
                throw Problem(expected: LocalizedText(en: "write a time zone of the time zone database, e.g. Europe/Amsterdam",
                                                      nl: "schrijf een tijdzone uit de tijdzonedatabase, bijvoorbeeld Europe/Amsterdam"))
            }
            return trimmed
        default:
            guard !trimmed.isEmpty || type.name?.local != "Text" else {
                throw Problem(expected: LocalizedText(en: "give a text; it cannot be empty", nl: "geef een tekst; die mag niet leeg zijn"))
            }
            // The schema's own patterns (a phone number, an email address), as XSD reads them:
            // the whole value must match.
            for pattern in type.patterns {
                guard let expression = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$") else { continue }
                if expression.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) == nil {
                    let about = type.documentation["en"].map { ": " + $0.trimmingCharacters(in: CharacterSet(charactersIn: ". ")) } ?? ""
                    let over = type.documentation["nl"].map { ": " + $0.trimmingCharacters(in: CharacterSet(charactersIn: ". ")) } ?? ""
                    throw Problem(expected: LocalizedText(en: "it is not written as this value is written" + about, nl: "zo wordt deze waarde niet geschreven" + over))
                }
            }
            return trimmed
        }
    }

    /// The value of an enumeration `text` means: the value in any case, or its label in Dutch or
    /// English ("hoog" for high, "stilzwijgend" for automatic).
    public static func choice(_ text: String, among type: SchemaModel.SimpleType) throws(Problem) -> String {
        let values = type.enumerations.map(\.value)
        let lowered = text.lowercased()
        if let exact = values.first(where: { $0 == text }) ?? values.first(where: { $0.lowercased() == lowered }) { return exact }
        if let labelled = type.enumerations.first(where: { $0.documentation.values.contains { $0.lowercased() == lowered } }) { return labelled.value }
        let guess = NearestName.of(text, among: values + type.enumerations.flatMap { $0.documentation.values })
            .flatMap { guess in type.enumerations.first { $0.value == guess || $0.documentation.values.contains(guess) } }
        func listed(_ language: Language) -> String {
            type.enumerations.map { value in
                value.documentation[language.rawValue].map { $0 == value.value ? "'\(value.value)'" : "'\(value.value)' (\($0))" } ?? "'\(value.value)'"
            }.joined(separator: ", ")
        }
        let meant = guess.map { (en: "; did you mean '\($0.value)'?", nl: "; bedoelt u '\($0.value)'?") } ?? (en: "", nl: "")
        throw Problem(expected: LocalizedText(en: "choose one of " + listed(.english) + meant.en, nl: "kies een van " + listed(.dutch) + meant.nl))
    }

    /// The label the schemas give an enumeration value in `language`, if it has one.
    public static func label(of value: String, in type: SchemaModel.SimpleType, language: Language) -> String? {
        type.enumerations.first { $0.value == value }?.documentation[language.rawValue]
    }

    private static func date(_ text: String) throws(Problem) -> String {
        try calendarDate(text).description
    }

    /// A date, day first as in the Netherlands (22-11-2026, 22 november 2026) or as 2026-11-22.
    public static func calendarDate(_ text: String) throws(Problem) -> CalendarDate {
        if let date = PlainValue.date(text) { return date }
        let parts = text.split(whereSeparator: { "-/. ".contains($0) })
        if parts.count == 3, parts.allSatisfy({ Int($0) != nil }) {
            // A year in full with a month or day that does not exist (2026-13-01, 30-02-2026).
            if parts.first?.count == 4 || parts.last?.count == 4 {
                throw Problem(expected: LocalizedText(en: "that day is not on the calendar: the month is 1 to 12 and the day must be in the month",
                                                      nl: "die dag staat niet op de kalender: de maand is 1 tot en met 12 en de dag moet in de maand vallen"))
            }
            if parts.last?.count == 2 {
                throw Problem(expected: LocalizedText(en: "write the year in full: 22-11-2026, not 22-11-26", nl: "schrijf het jaar voluit: 22-11-2026, niet 22-11-26"))
            }
        }
        throw Problem(expected: LocalizedText(en: "write a date as 22-11-2026, 22 november 2026 or 2026-11-22", nl: "schrijf een datum als 22-11-2026, 22 november 2026 of 2026-11-22"))
    }

    private static func duration(_ text: String) throws(Problem) -> String {
        let lowered = text.lowercased()
        if ["0", "direct", "meteen", "immediately", "at once"].contains(lowered) { return "PT0M" }
        if text.uppercased().hasPrefix("P"), ISODuration(text.uppercased()) != nil { return text.uppercased() }
        if let duration = PlainValue.duration(text) { return duration.description }
        if lowered.range(of: #"^\d+\s*m$"#, options: .regularExpression) != nil {
            let number = lowered.filter(\.isNumber)
            throw Problem(expected: LocalizedText(en: "\(text) could be minutes or months; write \(number) min or \(number) months",
                                                  nl: "\(text) kan minuten of maanden zijn; schrijf \(number) min of \(number) maanden"))
        }
        throw Problem(expected: LocalizedText(en: "write a duration as e.g. 4h, 30 min, 2 days, 3 months or PT4H",
                                              nl: "schrijf een duur als bijvoorbeeld 4 uur, 30 min, 2 dagen, 3 maanden of PT4H"))
    }

    /// A moment in the register's time zone: "12-03-2026 16:40", "2026-03-12 16:40" or ISO 8601.
    private static func dateTime(_ text: String) throws(Problem) -> String {
        let normalized = text.replacingOccurrences(of: "T", with: " ")
        let pieces = normalized.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let problem = Problem(expected: LocalizedText(en: "write a moment as 12-03-2026 16:40 or 2026-03-12T16:40", nl: "schrijf een tijdstip als 12-03-2026 16:40 of 2026-03-12T16:40"))
        guard pieces.count >= 2, let date = PlainValue.date(pieces.dropLast().joined(separator: " ")), let last = pieces.last else { throw problem }
        let clockParts = last.split(separator: ":")
        let seconds = clockParts.count == 3 ? String(clockParts[2]) : "00"
        guard clockParts.count >= 2, clockParts.count <= 3, seconds.count == 2, let secondsValue = Int(seconds), secondsValue < 60,
              let clock = PlainValue.clock(clockParts.prefix(2).joined(separator: ":")), clock != "24:00"
        else { throw problem }
        return "\(date)T\(clock):\(seconds)"
    }

    private static let dayValues = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    /// Dutch and English names of the days, full and short, for mon ... sun.
    private static let dayNames: [[String]] = [
        ["ma", "maandag", "mo", "monday"], ["di", "dinsdag", "tu", "tues", "tuesday"], ["wo", "woensdag", "we", "wednesday"],
        ["do", "donderdag", "th", "thur", "thurs", "thursday"], ["vr", "vrijdag", "fr", "friday"],
        ["za", "zaterdag", "sa", "saturday"], ["zo", "zondag", "su", "sunday"],
    ]

    /// Days of the week: "ma-vr", "mon tue", "werkdagen", "maandag t/m vrijdag", "weekend", "alle dagen".
    private static func weekdays(_ text: String) throws(Problem) -> String {
        let lowered = text.lowercased()
        let whole: [String: ClosedRange<Int>] = ["werkdagen": 0...4, "weekdays": 0...4, "weekend": 5...6, "alle dagen": 0...6, "elke dag": 0...6, "dagelijks": 0...6, "every day": 0...6, "daily": 0...6]
        if let range = whole[lowered] { return range.map { dayValues[$0] }.joined(separator: " ") }
        func day(_ word: Substring) -> Int? {
            let word = word.trimmingCharacters(in: CharacterSet(charactersIn: ".")).lowercased()
            return dayValues.firstIndex(of: word) ?? dayNames.firstIndex { $0.contains(word) }
        }
        let spaced = lowered.replacingOccurrences(of: "t/m", with: "-").replacingOccurrences(of: " tot en met ", with: "-").replacingOccurrences(of: " to ", with: "-")
        var days: [Int] = []
        for item in spaced.split(whereSeparator: { " ,;".contains($0) }) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count <= 2, let first = day(ends[0]), let last = day(ends.last!) else {
                throw Problem(expected: LocalizedText(en: "write days as e.g. mon-fri, mon tue wed, weekdays or weekend",
                                                      nl: "schrijf dagen als bijvoorbeeld ma-vr, ma di wo, werkdagen of weekend"))
            }
            let range = first <= last ? Array(first...last) : Array(first...6) + Array(0...last)
            days += range.filter { !days.contains($0) }
        }
        guard !days.isEmpty else {
            throw Problem(expected: LocalizedText(en: "give at least one day, e.g. mon-fri", nl: "geef minstens één dag, bijvoorbeeld ma-vr"))
        }
        return days.map { dayValues[$0] }.joined(separator: " ")
    }

    private static func boolean(_ text: String) throws(Problem) -> String {
        switch text.lowercased() {
        case "true", "yes", "ja", "j", "y", "1", "waar": return "true"
        case "false", "no", "nee", "n", "0", "onwaar": return "false"
        default: throw Problem(expected: LocalizedText(en: "write yes or no", nl: "schrijf ja of nee"))
        }
    }
}

extension ValueInput {
    /// A type of govreg's schemas by name ("Criticality", "Duration").
    public static func schemaType(named name: String) -> SchemaModel.SimpleType? {
        guard case .success(let model) = GovregSchemas.model else { return nil }
        return model.simpleTypes[SchemaModel.QualifiedName(namespace: GovregSchemas.namespace, local: name)]
    }
}

extension Wording {
    /// An enumeration value of a schema type as people read it: its label in the output language
    /// ("hoog" for high in Dutch), or the value itself where the label says nothing more.
    public func choice(_ value: String, of typeName: String) -> String {
        ValueInput.schemaType(named: typeName).flatMap { ValueInput.label(of: value, in: $0, language: language) } ?? value
    }
}

extension Wording {
    /// A value of an element's text or attribute as people read it ("buiten kantoortijd" for a
    /// phone's use out-of-hours in Dutch), from the schema's documentation of the value.
    public func choice(_ value: String, ofElement element: String, attribute: String?) -> String {
        guard case .success(let model) = GovregSchemas.model, let type = model.valueType(ofElement: element, attribute: attribute) else { return value }
        return ValueInput.label(of: value, in: type, language: language) ?? value
    }
}

extension ValueInput {
    /// The values an element's text or attribute may take, by the element's name ("system",
    /// "criticality"), with their Dutch labels; empty when any value of its type will do.
    public static func choices(ofElement element: String, attribute: String?) -> [(value: String, dutch: String?)] {
        guard case .success(let model) = GovregSchemas.model, let type = model.valueType(ofElement: element, attribute: attribute) else { return [] }
        return type.enumerations.map { ($0.value, $0.documentation["nl"]) }
    }
}
